/** Whose saved data a storage notice speaks of. */
type StoredSubject = 'answers' | 'figures' | 'snapshots'

const subjectWords: Record<StoredSubject, { saved: string; notSaved: string; copy: string }> = {
  answers: { saved: 'Your saved answers', notSaved: 'answers are', copy: 'Download a copy of my answers' },
  figures: { saved: 'Your saved margin figures', notSaved: 'margin figures are', copy: 'Download a copy of my figures' },
  snapshots: { saved: 'Your saved snapshots', notSaved: 'snapshots are', copy: 'Download a copy of my snapshots' },
}

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
  notFound: { title: 'Page not found', body: 'There is nothing at this address.', home: 'Go to the start page' },
  storage: {
    setAside: (subject: StoredSubject, key: string) =>
      `${subjectWords[subject].saved} could not be read, so we kept them aside under “${key}” in this browser’s storage and ` +
      (subject === 'figures' ? 'showed the example instead.' : 'started fresh.') +
      ' Nothing was deleted.',
    unreadable: (subject: StoredSubject) =>
      `${subjectWords[subject].saved} could not be read, and there was no room to copy them aside, so they are left as they are. ` +
      {
        answers: 'Answers you give now are not saved until you choose “Start over”, which discards them',
        figures: 'Figures you type now are not saved until you put the example figures back, which discards them',
        snapshots: 'New snapshots are not saved until you import a file, which discards them',
      }[subject] +
      ': download a copy first if you want to keep them.',
    repaired: (dropped: number, key: string | null) =>
      `Your saved answers included ${plural(dropped, 'answer')} to questions this questionnaire does not have. ${dropped === 1 ? 'It was' : 'They were'} left out and ${dropped === 1 ? 'is' : 'are'} not counted. ` +
      (key === null
        ? 'There was no room to keep the draft as it was beside it, so it stays in place until you answer again: download a copy first if you want it.'
        : `The draft as it was is kept aside under “${key}”.`),
    added:
      'The calculator now also asks for the product’s fixed cost and four figures about the product’s life. Your own figures are kept; the new ones start at no product fixed cost and the example’s life figures: check them below.',
    notSaved: (subject: StoredSubject) =>
      `Your browser did not let us save on this device (storage is full or switched off), so your ${subjectWords[subject].notSaved} not being saved. Finish in this tab, or download a copy to keep them.`,
    dismiss: 'Dismiss',
    download: 'Download a copy of it',
    downloadAsSaved: 'Download the draft as it was saved',
    downloadCurrent: (subject: StoredSubject) => subjectWords[subject].copy,
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
      (carried === 0
        ? 'None of your answers go over'
        : carried === answered
          ? 'All your answers go over'
          : `${carried} of your ${plural(answered, 'answer')} ${carried === 1 ? 'goes' : 'go'} over`) +
      ` to edition ${current}: only those whose question and levels are unchanged carry over. Questions that are new or reworded need answering again. A copy of your answers as they are now stays in this browser. Go on?`,
    yes: 'Yes, move my answers',
    no: 'Not now',
  },
  startOver: {
    button: 'Start over',
    confirm: (done: number, unreadable: boolean) =>
      (unreadable
        ? 'This discards the saved answers that could not be read (download a copy first if you want them)' +
          (done > 0 ? ` and clears your ${plural(done, 'answer')} given since` : '') +
          '. It cannot be undone.'
        : `This clears your ${plural(done, 'answer')} saved in this browser. It cannot be undone.`),
    yes: 'Yes, clear my answers',
    no: 'Keep my answers',
  },
}
