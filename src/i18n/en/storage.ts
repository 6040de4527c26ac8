import { plural } from './app'

/** Whose saved data a storage notice speaks of. */
type StoredSubject = 'answers' | 'figures' | 'snapshots'

const subjectWords: Record<StoredSubject, { saved: string; notSaved: string; what: string; copy: string }> = {
  answers: { saved: 'Your saved answers', notSaved: 'answers are', what: 'answers', copy: 'Download a copy of my answers' },
  figures: { saved: 'Your saved margin figures', notSaved: 'margin figures are', what: 'margin figures', copy: 'Download a copy of my figures' },
  snapshots: { saved: 'Your saved snapshots', notSaved: 'snapshots are', what: 'snapshots', copy: 'Download a copy of my snapshots' },
}

/** What another tab did, for data it saved that this page cannot read. */
const byAnotherTab = (subject: StoredSubject) =>
  `Another tab of this browser, probably running a newer version of More than a Chip, saved your ${subjectWords[subject].what} in a form this page cannot read.`

/** What to do while two tabs of different versions are open. */
const oneTab = 'Work in one tab only: reload this page to update it, or close it and carry on in the other tab.'

/** What the download of unreadable data is for: it cannot be opened in the app, by its nature. */
const setAsideCopy =
  'A downloaded copy holds that data exactly as it was: this tool cannot open it, but you can keep it as a record.'

/** The words of the notices about data saved in this browser. */
export const storage = {
  storage: {
    setAside: (subject: StoredSubject, key: string, anotherTab = false) =>
      (anotherTab
        ? `${byAnotherTab(subject)} We kept them aside under “${key}” in this browser’s storage, and this page now saves its own ${subjectWords[subject].what} in their place. ${oneTab}`
        : `${subjectWords[subject].saved} could not be read, so we kept them aside under “${key}” in this browser’s storage and ` +
          (subject === 'figures' ? 'showed the example instead.' : 'started fresh.')) +
      ' Nothing was deleted. ' +
      setAsideCopy,
    unreadable: (subject: StoredSubject, anotherTab = false) =>
      anotherTab
        ? `${byAnotherTab(subject)} There is no room to copy them aside, so this page saves nothing over them. ${oneTab} Download a copy first if you might want them. ` +
          setAsideCopy
        : `${subjectWords[subject].saved} could not be read, and there was no room to copy them aside, so they are left as they are. ` +
          {
            answers: 'Answers you give now are not saved until you choose “Start over”, which discards them',
            figures: 'Figures you type now are not saved until you put the example figures back, which discards them',
            snapshots: 'New snapshots are not saved until you import a file, which discards them',
          }[subject] +
          ': download a copy first if you want to keep them. ' +
          setAsideCopy,
    repaired: (dropped: number, key: string | null) =>
      `Your saved answers included ${plural(dropped, { one: '# answer', other: '# answers' })} to questions this questionnaire does not have. ${dropped === 1 ? 'It was' : 'They were'} left out and ${dropped === 1 ? 'is' : 'are'} not counted. ` +
      (key === null
        ? 'There was no room to keep the draft as it was beside it, so it stays in place until you answer again: download a copy first if you want it.'
        : `The draft as it was is kept aside under “${key}”.`),
    added:
      'The calculator now also asks for the product’s fixed cost and four figures about the product’s life. Your own figures are kept; the new ones start at no product fixed cost, 20 % of buyers subscribing, 1 % cancelling a month, a 12-year device life and 10 years ahead: check them below.',
    notSaved: (subject: StoredSubject) =>
      `Your browser did not let us save on this device (storage is full or switched off), so your ${subjectWords[subject].notSaved} not being saved. Finish in this tab, or download a copy to keep them: “Your data” on the results page opens it again.`,
    download: 'Download a copy of it',
    downloadAsSaved: 'Download the draft as it was saved',
    downloadCurrent: (subject: StoredSubject) => subjectWords[subject].copy,
  },
}
