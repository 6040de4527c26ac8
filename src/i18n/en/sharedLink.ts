import type { ResultLinkError } from '@/domain/resultLink'

/** The words of a results link opened by someone else, and of links that cannot be read. */
export const shared = {
  shared: {
    toMyResults: 'See my results',
    compareTable: 'Table of their scores and yours',
    noCurrency: 'Amounts as the sender entered them: links made before links carried a currency do not say which one.',
    banner: 'You are looking at someone else’s results, opened from a link.',
    label: 'Label',
    version: (v: number) => `Question set ${v}`,
    readOnly: 'Read-only: nothing here changes your own answers.',
    startOwn: 'Start my own assessment',
    compare: 'Compare with mine',
    hideCompare: 'Hide the comparison',
    compareTitle: 'Their results and yours',
    theirs: 'Theirs',
    mine: 'Mine',
    difference: 'Difference (mine − theirs)',
    compareRadar: 'Radar chart comparing their dimension scores with yours.',
    otherQuestionSet: (theirs: number, mine: number) =>
      `They answered question set ${theirs} and you answered question set ${mine}. Each result is scored by its own set’s rules and the sets ask partly different questions, so treat the differences as approximate. ` +
      (mine < theirs
        ? `To compare like for like, move your answers to question set ${theirs} on the assessment page.`
        : `To compare like for like, ask them to answer question set ${mine} and send you a new link.`),
    sidesLeftOut:
      'Product-side and service-side scores are not shown: question set 1 counted questions about both product and service towards both sides, later sets towards neither, so these scores cannot be compared.',
    overallRow: 'Overall readiness',
    errorTitle: 'This results link cannot be opened',
    errors: {
      'not-a-link': 'The link has no results in it.',
      'bad-character': 'The link contains characters a results link never has. It may have been changed by an e-mail program or cut in two.',
      truncated: 'The link is incomplete: its end is missing. It was probably cut off when it was copied or wrapped across lines.',
      'too-long': 'The link is longer than any results link, so something was added to it.',
      checksum: 'The link is damaged: its checksum does not match, so at least one character was changed.',
      'unknown-version':
        'The link was made by a newer version of this tool than the one open here. Reload the page; when it offers the new version, choose “Update now”, then open the link again. If no new version is offered, the link is damaged.',
      'out-of-range':
        'The link holds values this tool never writes (a figure out of range, an unknown currency, or a label with invisible or reordering characters), so it is damaged or was altered.',
    } satisfies Record<ResultLinkError, string>,
    errorTodo: 'Ask the sender to copy the whole link again, and paste it in one piece. Your own answers are untouched.',
  },
}
