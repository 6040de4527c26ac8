/** "1 answer", "3 answers". */
export const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`

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
    team: 'A team’s results',
    'not-found': 'Page not found',
  },
  nav: { label: 'Main', assessment: 'Assessment', results: 'Results', margins: 'Margins', compare: 'Compare' },
  footer: 'Nothing you enter leaves this browser. Your answers are saved on this device only.',
  update: {
    ready:
      'A new version of More than a Chip is ready. Updating reloads the page: your answers, margin figures and snapshots stay, but links pasted on the Compare page are cleared, so keep the one link with everyone’s results first.',
    apply: 'Update now',
    later: 'Later',
    elsewhere:
      'More than a Chip was updated in another tab, and this page still runs the old version. Reload it to go on: your answers, margin figures and snapshots stay, but links pasted on the Compare page are cleared, so keep the one link with everyone’s results first.',
    reload: 'Reload now',
  },
  dismiss: 'Dismiss',
  notFound: { title: 'Page not found', body: 'There is nothing at this address.', home: 'Go to the start page' },
}
