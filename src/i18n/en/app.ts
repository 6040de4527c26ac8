import { pluralIn, type PluralForms } from '../plural'

/** "1 answer", "3 answers": `plural(n, { one: '# answer', other: '# answers' })`. */
export const plural = (count: number, forms: PluralForms) => pluralIn('en', count, forms)

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
  unsaved: {
    notice:
      'Your browser is not saving your work on this device right now; the notice on this page says why. Anything you change is lost when this tab closes or reloads: download a copy to keep it.',
    download: 'Download a copy',
  },
  update: {
    ready:
      'A new version of More than a Chip is ready. Updating reloads the page: your answers, margin figures and snapshots stay; links pasted on the Compare page and a label half-typed in the share panel are lost, so copy the team link first.',
    readyUnsaved:
      'A new version of More than a Chip is ready, but your browser is not saving your work now: updating reloads the page, and what was not saved is lost, as are links pasted on the Compare page and a label you are typing in the share panel. Download a copy first.',
    apply: 'Update now',
    later: 'Later',
    elsewhere:
      'More than a Chip was updated in another tab, and this page still runs the old version. Reload it to go on: your answers, margin figures and snapshots stay; links pasted on the Compare page and a label half-typed in the share panel are lost, so copy the team link first.',
    elsewhereUnsaved:
      'More than a Chip was updated in another tab, and this page still runs the old version, but your browser is not saving your work now: reloading loses what was not saved, as well as links pasted on the Compare page and a label you are typing in the share panel. Download a copy first, then reload.',
    reload: 'Reload now',
  },
  /** The marks around a quotation in running text. */
  quotes: { open: '“', close: '”' },
  dismiss: 'Dismiss',
  /** Said where an older question set's words, which exist in English only, are shown in another language. */
  // English pages show every question set in its own words: nothing to say.
  olderQuestionSetInEnglish: (() => null) as (version: number) => string | null,
  questionWordsUnavailable: (version: number) =>
    `The wording of question set ${version} could not be loaded. Reload the page when you are online; the scores are not affected.`,
  notFound: { title: 'Page not found', body: 'There is nothing at this address.', home: 'Go to the start page' },
}
