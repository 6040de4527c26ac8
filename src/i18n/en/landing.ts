/** The words of the start page. */
export const landing = {
  landing: {
    title: 'More than a Chip',
    tagline: 'How ready is your organisation to run a connected product: the device and the service behind it?',
    lead: 'Putting a chip in a product is not a digital transformation. A connected product needs the product business and the service business, two cultures with different methods, and someone senior enough to decide it and carry the decision through.',
    forWhom: 'For product, service and operations managers and executives of companies that make things and are connecting them.',
    howLong: '25 questions across five dimensions, about ten minutes. You can always answer “Don’t know”: it leaves the question out of the score.',
    privacy: 'No account, no tracking. Your answers stay in this browser unless you share a link yourself.',
    what: 'You get a readiness score for each of the five dimensions, the balance between your product side and your service side, findings and next steps, and a calculator for the product and service margins of your connected product.',
    start: 'Start the assessment',
    resume: 'Resume my assessment',
    resumeHint: 'Your answers so far are saved in this browser. You can start over from the assessment page.',
    results: 'See my results',
    margins: 'Compare product and service margins',
    dimensionsTitle: 'The five dimensions',
  },
}
