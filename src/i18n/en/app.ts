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
  nav: { label: 'Main', assessment: 'Assessment', results: 'Results', margins: 'Margins', compare: 'Compare' },
  footer: 'Nothing you enter leaves this browser. Your answers are saved on this device only.',
  notFound: { title: 'Page not found', body: 'There is nothing at this address.', home: 'Go to the start page' },
  storage: {
    setAside: (key: string) =>
      `Your saved answers could not be read, so we kept them aside under “${key}” in this browser’s storage and started fresh. Nothing was deleted.`,
    unreadable:
      'Your saved answers could not be read, and there was no room to copy them aside, so they are left as they are. Answers you give now are not saved until you choose “Start over”.',
    marginsUnreadable:
      'Your saved margin figures could not be read, and there was no room to copy them aside, so they are left as they are. Figures you type now are not saved until you put the example figures back.',
    notSaved: 'Your browser did not let us save your answers on this device. Finish in this tab, or share a link to keep them.',
    marginsSetAside: (key: string) =>
      `Your saved margin figures could not be read, so we kept them aside under “${key}” and showed the example instead.`,
    dismiss: 'Dismiss',
    download: 'Download a copy of it',
  },
  edition: {
    title: (current: number) => `Edition ${current} of the questions is out`,
    body: (version: number) =>
      `Your answers were given to edition ${version} of the questions, and your results are still scored by its rules, exactly as before. You can keep them as they are.`,
    whatChanged:
      'The new edition asks one thing per question, describes each level as something you can see in the company, and counts questions about how product and service are put together in their dimension but for neither side, so the sides are compared only on questions that belong to one of them.',
    keepLink: (version: number) => `Keep your edition ${version} result as a link`,
    move: (current: number) => `Answer edition ${current}`,
    confirm: (carried: number, answered: number, current: number) =>
      `${carried} of your ${answered} ${answered === 1 ? 'answer goes' : 'answers go'} over to edition ${current}, where a question kept its meaning. Answers to questions that changed do not go over; answer those again. A copy of your answers as they are now stays in this browser. Go on?`,
    yes: 'Yes, move my answers',
    no: 'Not now',
  },
  startOver: {
    button: 'Start over',
    confirm: (done: number) =>
      `This clears your responses to ${done} questions saved in this browser. It cannot be undone.`,
    yes: 'Yes, clear my answers',
    no: 'Keep my answers',
  },
}
