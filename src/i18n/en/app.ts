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
  startOver: {
    button: 'Start over',
    confirm: (done: number) =>
      `This clears your responses to ${done} questions saved in this browser. It cannot be undone.`,
    yes: 'Yes, clear my answers',
    no: 'Keep my answers',
  },
}
