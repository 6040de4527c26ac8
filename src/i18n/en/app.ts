/** The words of the app shell and the start page. */
export const app = {
  locale: 'en',
  appName: 'More than a Chip',
  skipToContent: 'Skip to content',
  titles: {
    home: 'Start',
    assessment: 'Assessment',
    results: 'Your results',
    margins: 'Product and service margins',
    shared: 'Shared results',
    compare: 'Compare several results',
    'not-found': 'Page not found',
  },
  nav: { label: 'Main', home: 'Home', assessment: 'Assessment', results: 'Results', margins: 'Margins', compare: 'Compare' },
  footer: 'Nothing you enter leaves this browser. Your answers are saved on this device only.',
  notFound: { title: 'Page not found', body: 'There is nothing at this address.', home: 'Go to the start page' },
  loading: 'Loading…',
  landing: {
    title: 'More than a Chip',
    tagline: 'How ready is your organisation to run a digitised product?',
    lead: 'Putting a chip in a product is not a digital transformation. A connected product needs the product business and the service business, two cultures with different methods, and someone senior enough to decide it and carry the decision through.',
    forWhom: 'For product, service and operations managers and executives of companies that make things and are connecting them.',
    howLong: '25 questions on five points, about ten minutes. “Don’t know” is always an answer.',
    privacy: 'No account, no tracking. Your answers stay in this browser unless you share a link yourself.',
    what: 'You get a readiness score for each of the five points, the balance between your product side and your service side, findings and next steps, and a calculator for the product and service margins of your connected product.',
    start: 'Start the assessment',
    resume: 'Resume my assessment',
    resumeHint: 'Your answers so far are saved in this browser. You can start over from the assessment page.',
    results: 'See my results',
    margins: 'Compare product and service margins',
    dimensionsTitle: 'The five points',
  },
  storage: {
    setAside: (key: string) =>
      `Your saved answers could not be read, so we kept them aside under “${key}” in this browser’s storage and started fresh. Nothing was deleted.`,
    notSaved: 'Your browser did not let us save your answers on this device. Finish in this tab, or share a link to keep them.',
    marginsSetAside: (key: string) =>
      `Your saved margin figures could not be read, so we kept them aside under “${key}” and showed the example instead.`,
    dismiss: 'Dismiss',
  },
  startOver: {
    button: 'Start over',
    confirm: (answered: number) =>
      `This clears all ${answered} answers saved in this browser. It cannot be undone.`,
    yes: 'Yes, clear my answers',
    no: 'Keep my answers',
  },
}
