/** What the person is told about data kept in storage, whatever the data. */
export type StoredNotice =
  /**
   * Unreadable data, copied aside under `backupKey`; `text` is what was set aside, for a download.
   * `byAnotherTab`: another tab saved it while this one was open (not found at start-up).
   */
  | { kind: 'set-aside'; backupKey: string; text: string; byAnotherTab?: true }
  /** Unreadable data that could not be copied aside: it stays in place, and `text` can be downloaded. */
  | { kind: 'unreadable'; text: string; byAnotherTab?: true }
  /** The browser refused to save: what is on screen is not saved. */
  | { kind: 'not-saved' }

/** Answers to `dropped` questions the questionnaire does not have were left out; the draft as it was is under `backupKey`. */
export type RepairedNotice = { kind: 'repaired'; dropped: number; backupKey: string | null; text: string }

/** Figures saved before the product's life was asked for: kept, with the new figures added. */
export type AddedNotice = { kind: 'added' }

/** Every notice about saved data: the draft's, the margin figures' and the snapshots'. */
export type StorageNoticeKind = StoredNotice | RepairedNotice | AddedNotice
