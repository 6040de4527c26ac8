/** The words of the share panel on one's own results. */
export const share = {
  share: {
    title: 'Share these results',
    intro: 'The link holds your results in the part after “#”, which browsers never send to a server.',
    linkLabel: 'Results link',
    copy: 'Copy link',
    copied: 'Link copied to the clipboard.',
    copyFailed: 'Copying was not allowed: select the link and copy it yourself.',
    share: 'Share…',
    includeMargins: 'Include my margin figures (they may be confidential)',
    marginsUnavailable: 'Fill in the margin calculator to be able to include margin figures.',
    marginsIncomplete:
      'A margin figure is missing or cannot be read: the link leaves the margins out until every figure in the margin calculator is valid.',
    labelLabel: 'Label (optional)',
    labelHint: (max: number) => `Up to ${max} characters, e.g. “Service team, Q3”.`,
    labelTooLong: (max: number) =>
      `The label may have at most ${max} characters, something to read, and no line breaks or invisible characters (such as direction marks or zero-width spaces).`,
    contains: (answers: number, margins: boolean, label: boolean) =>
      `This link contains your answers to ${answers} questions (“don’t know” included) and which question set they belong to` +
      (margins ? ', all thirteen margin figures and their currency' : '') +
      (label ? ' and the label' : '') +
      '. Nothing else: no name, no date, no device information.',
    length: (n: number) => `${n} characters after “#/r/”.`,
  },
}
