import type { CsvWords } from '@/domain/backup'
import type { FindingId, FindingOf, ServiceMargin, StepFindingId } from '@/domain/findings'
import type { Level, QuestionIdOf, QuestionSet } from '@/domain/questionSet'
import type { QUESTION_SET_V1 } from '@/domain/questions.v1'
import type { QUESTION_SET_V2 } from '@/domain/questions.v2'
import type { QUESTION_SET_V3 } from '@/domain/questions.v3'

/** The formatters a finding's wording may use. */
export interface FindingFormat {
  score: (n: number) => string
  pct: (n: number) => string
  whole: (n: number) => string
}

/** Each finding worded from its own figures, so no wording can ask for a figure its finding lacks; what to do, for the level answered where it depends on it. */
type FindingWords = {
  [Id in FindingId]: {
    title: string
    seen: (finding: FindingOf<Id>, fmt: FindingFormat) => string
    /** Null where the finding reads one answer: what to do is that question's own next step. */
    todo: Id extends StepFindingId ? null : string | ((finding: FindingOf<Id>) => string)
  }
}

/** A loss as a margin; one that rounds to 0.0 % still says it is a loss. */
const pctOfLoss = (pct: number, fmt: FindingFormat) => (pct > -0.05 ? 'a margin just below 0 %' : `margin ${fmt.pct(pct)}`)

const serviceMargin = (margin: ServiceMargin, fmt: FindingFormat) => pctOfLoss(margin.serviceMarginPct, fmt)

/** The product's margin beside the service's, worded for a product that makes money or loses it. */
const besideProduct = (margin: ServiceMargin, fmt: FindingFormat) =>
  margin.productMarginPct === null
    ? ''
    : margin.productMarginPct < 0
      ? `, while the product loses money${margin.serviceMarginPct < 0 ? ' too' : ''} (margin ${fmt.pct(margin.productMarginPct)})`
      : ` against ${fmt.pct(margin.productMarginPct)} on the product`

const years = (n: number) => (n === 1 ? 'year' : `${n} years`)

/** "a", "a and b", "a, b and c". */
const listOf = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`

/** The transformation questions of every question set, which the "chip in it" finding names. */
type TransformationQuestionId = Extract<
  QuestionIdOf<typeof QUESTION_SET_V1> | QuestionIdOf<typeof QUESTION_SET_V2> | QuestionIdOf<typeof QUESTION_SET_V3>,
  `transformation-${string}`
>

/** What each transformation question is about, short enough to list in a sentence. */
const transformationTopics = {
  'transformation-offer': 'how the connected product’s value is described to customers',
  'transformation-model': 'how the connected service earns its money',
  'transformation-expectations': 'what customers now expect from the connected product',
  'transformation-channel': 'the dealers’ part in selling and supporting the service',
  'transformation-home': 'where the service sits in the organisation',
  'transformation-sell': 'what buyers are told they pay for',
  'transformation-payment': 'how customers pay for the service',
  'transformation-convenience': 'which chores the service takes off customers',
  'transformation-competitor': 'competitors who sell the convenience around the product',
  'transformation-dealers': 'the dealers’ part in selling the service',
  'transformation-evolution': 'how the service keeps up with customers after the launch',
} satisfies Record<TransformationQuestionId, string>

/** The words of the results, findings, sharing and shared-link pages. */
export const results = {
  results: {
    title: 'Your results',
    sharedTitle: 'Shared results',
    empty: 'You have not answered any question yet.',
    emptyAction: 'Start the assessment',
    overall: 'Overall readiness',
    level: (level: Level, name: string) => `Level ${level}: ${name}`,
    outOf: 'out of 100',
    notAssessed: 'not assessed',
    notAssessedOverall: 'Not assessed: answer at least one question.',
    dimensionsTitle: 'The five dimensions',
    radarLabel: (summary: string) => `Radar chart of the five dimension scores. ${summary}`,
    tableCaption: 'Scores by dimension (0–100)',
    dimension: 'Dimension',
    score: 'Score',
    levelColumn: 'Level',
    answered: 'Answered',
    sidesTitle: 'Product side and service side',
    sidesExplain: {
      'counts-for-both':
        'Questions about the product count for the product side, questions about the service for the service side, and questions about both for both (the rule of question set 1).',
      'counts-for-neither':
        'Questions about the product count for the product side and questions about the service for the service side. Questions about how the two are put together count in their dimension but for neither side, so the sides are compared only on questions that belong to one of them.',
    } satisfies Record<QuestionSet['bothSide'], string>,
    sideGap: (gap: number, ahead: string) =>
      gap === 0 ? 'The two sides are level.' : `${ahead} is ahead by ${gap} ${gap === 1 ? 'point' : 'points'}.`,
    coverage: 'Coverage',
    coverageText: (answered: number, total: number, pct: number) =>
      `${answered} of ${total} questions answered (${pct} %). “Don’t know” counts as unanswered.`,
    findingsTitle: 'Findings',
    noFindings: 'No finding stands out: look at the dimension scores and the next steps below.',
    recommendationsTitle: 'Next steps',
    recommendationsIntro: (named: boolean) =>
      named
        ? 'Every answer below level 5: who moves first, what they do within the next month, and the level it leads to. Start with the first three; the rest are grouped by dimension.'
        : 'Every answer below level 5, with what to do to reach the next level. Start with the first three; the rest are grouped by dimension.',
    prioritiesTitle: 'Where to start',
    prioritiesIntro: (order: readonly string[]) =>
      `A low answer on who decided comes first: without a conscious decision by someone senior enough, nothing else sticks. Then the lowest answers first; where answers are equally low, the dimension decides, in this order: ${order.join(', ')}.`,
    restTitle: 'The other steps, by dimension',
    noRecommendations: 'Every answered question is at the top level, or none is answered.',
    youAnswered: (level: number) => `Answered at level ${level}.`,
    stepAdvice: (from: number, to: number) => `From level ${from} to ${to}:`,
    nextLevel: (level: number) => `Level ${level} looks like this:`,
    whoMovesFirst: 'Who moves first:',
    firstMove: 'First move, within a month:',
    leadsTo: (level: number) => `Leads to level ${level}:`,
    marginsTitle: 'Product and service margins',
    marginsEdit: 'Open the margin calculator',
    marginsNone: 'Fill in the margin calculator to see your product and service margins here.',
    marginsIncomplete:
      'Your margin figures are incomplete: a figure is missing or cannot be read. The margins and the findings leave them out until every figure in the margin calculator is valid.',
    answersTitle: 'The answers',
    answerNone: 'Not answered',
    howTitle: 'How these scores are computed',
    how: (order: readonly string[]) => [
      'Each question has five levels, from 1 (least mature) to 5 (most mature). “Don’t know / not applicable” counts as unanswered.',
      'A dimension’s score is (mean level of its answered questions − 1) ÷ 4 × 100, so all level 1 gives 0 and all level 5 gives 100. A dimension with no answered question is “not assessed”.',
      'Overall readiness is the mean of the assessed dimensions’ scores.',
      'The product-side and service-side scores use the same formula over the questions about the product or the service. From question set 2 on, questions about both count for neither side (in question set 1 they counted for both); a link is always scored by the rules of its own question set.',
      `Next steps: every answer below level 5, with the advice for the level you answered (from question set 3 on, who moves first and their first move). A low answer on who decided comes first, then the lowest levels; equally low answers by dimension in this question set’s order: ${order.join(', ')}.`,
      'Levels: 1 below 20, 2 below 40, 3 below 60, 4 below 80, 5 from 80. Scores are shown rounded; levels come from the unrounded score.',
      'Coverage is the share of questions answered.',
    ],
    print: 'Print this report',
    /** The line under the printed report's title. */
    printed: (date: string, version: number) => `Printed on ${date}. Answers to question set ${version}.`,
  },
  findings: {
    'no-sponsor': {
      title: 'No one senior enough carries the decision',
      seen: (f) =>
        f.level === 1
          ? 'Nobody decided that the company runs a connected service (level 1): it exists because a development project once added it. Without a conscious decision by someone senior enough, it is likely to go at the first budget round that needs the money elsewhere.'
          : 'A middle manager champions the service (level 2), without authority over budgets or other departments. Without a decision by someone senior enough, the service loses every conflict with a department that has other goals.',
      todo: null,
    },
    'service-judged-on-money': {
      title: 'Service people are measured on financial goals',
      seen: (f, fmt) =>
        (f.level === 1
          ? 'The people responsible for the service are measured on financial targets only, like their product colleagues (level 1).'
          : 'The people responsible for the service are measured mainly on financial targets; what customers say comes up only informally in their reviews (level 2).') +
        (f.margin === null
          ? ' A service lives off customer satisfaction, on thin margins: a margin or cost target tells them to cut the very things customers pay for.'
          : f.margin.kind === 'loss'
            ? ` Your figures show the service losing money (${serviceMargin(f.margin, fmt)}): a margin or cost target can only tell them they are failing, and they are likely to cut what customers pay for.`
            : f.margin.kind === 'thin'
              ? ` With the service ${f.margin.serviceMarginPct === 0 ? 'breaking even' : `on a thin margin of ${fmt.pct(f.margin.serviceMarginPct)}`}, a margin target will mostly tell them they are failing.`
              : ` Your service margin of ${fmt.pct(f.margin.serviceMarginPct)} looks healthy today, but a margin target still rewards cutting the availability customers pay for.`),
      todo: null,
    },
    'hardware-margin-expected': {
      title: 'No separate financial expectations for the service',
      seen: (f, fmt) =>
        (f.level === 1
          ? 'Leadership expects the service to make the hardware’s margin, and cuts it at the next review if it does not (level 1).'
          : 'Thin service margins are tolerated quietly, case by case, with no expectations of the service’s own written down (level 2): the first review that compares it with the hardware can end it.') +
        (f.margin === null
          ? ' A service is paid for month by month on thin margins; judged by the hardware’s margin, it looks like a failure in exactly the years it needs to grow.'
          : f.margin.kind === 'loss'
            ? ` Your figures show the service losing money (${serviceMargin(f.margin, fmt)})${besideProduct(f.margin, fmt)}: held to the margin expected of the hardware, it is likely to be cut before it can pay its way.`
            : f.margin.productMarginPct !== null && f.margin.productMarginPct < 0
              ? ` Your figures show the service ${f.margin.serviceMarginPct === 0 ? 'breaking even' : `making ${fmt.pct(f.margin.serviceMarginPct)}`}${besideProduct(f.margin, fmt)}: today the service does better than the product, but it is judged against the margin the hardware is meant to make, not the one it makes, and will be questioned the first year it falls short of that.`
              : f.margin.productMarginPct !== null && f.margin.productMarginPct < f.margin.serviceMarginPct
                ? ` Your figures show the service ${f.margin.serviceMarginPct === 0 ? 'breaking even' : `making ${fmt.pct(f.margin.serviceMarginPct)}`}${besideProduct(f.margin, fmt)}: today it is the product that makes less, but a service’s margin moves with its subscribers, and the first year it dips below the device’s it will be questioned.`
                : f.margin.kind === 'thin'
                  ? ` Your figures show the service ${f.margin.serviceMarginPct === 0 ? 'breaking even' : `on a thin margin of ${fmt.pct(f.margin.serviceMarginPct)}`}${besideProduct(f.margin, fmt)}: normal for a service, and a failure by the hardware’s measure.`
                  : f.margin.productMarginPct !== null && f.margin.productMarginPct > f.margin.serviceMarginPct
                    ? ` Your figures show a service margin of ${fmt.pct(f.margin.serviceMarginPct)}${besideProduct(f.margin, fmt)}: healthy for a service, yet already below what the product makes: held to the hardware’s margin, it will be questioned at the next review.`
                    : ` Your figures show a service margin of ${fmt.pct(f.margin.serviceMarginPct)}${besideProduct(f.margin, fmt)}: healthy for a service today, but held to the hardware’s margin it will be questioned the first year it dips.`),
      todo: null,
    },
    'chip-in-it': {
      title: 'A chip in it, but little transformation yet',
      seen: (f, fmt) =>
        `Transformation scores ${fmt.score(f.transformation)}` +
        (f.product !== null && f.product >= 50 ? `, against ${fmt.score(f.product)} on the product side` : '') +
        `: the device is connected, but ${listOf(f.low.map((q) => `${transformationTopics[q.questionId as TransformationQuestionId]} (level ${q.level})`))} ${f.low.length === 1 ? 'is' : 'are'} still at level 1 or 2.`,
      todo: 'Start with these in the next steps below, the lowest first. Putting a chip in the product was the easy part; deciding what customers pay, and for what, is the transformation.',
    },
    'service-behind': {
      title: 'The service side trails the product side',
      seen: (f, fmt) =>
        `The service side scores ${fmt.score(f.service)}, ${fmt.score(f.gap)} points behind the product side at ${fmt.score(f.product)}. Customers expect a service to be available anytime; it cannot run on less attention than the device gets.`,
      todo: 'Start with your lowest service-side answers in the next steps: night cover, response and resolution times, satisfaction, support staff before peaks.',
    },
    'product-behind': {
      title: 'The product side trails the service side',
      seen: (f, fmt) =>
        `The product side scores ${fmt.score(f.product)}, ${fmt.score(f.gap)} points behind the service side at ${fmt.score(f.service)}. A service cannot make up for a device that is not solid or not in stock.`,
      todo: 'Start with your lowest product-side answers in the next steps: the device’s written lifetime, stock and supply planning, the margin after the retail chain’s share, the end-of-line connection test.',
    },
    'nobody-at-night': {
      title: 'Nobody is on call at 2 a.m.',
      seen: (f) =>
        f.level === 1
          ? 'Nobody answers when the service fails at night (level 1): customers find the failure, and it waits until the next working day. Customers expect a service to be available anytime, literally in the middle of the night.'
          : 'At night the service depends on a few committed people who pick up the phone when they happen to notice (level 2). Nobody is planned to be there: the cover ends the week one of them is on holiday, and night work outside any agreement is a working-time and works-council problem.',
      todo: null,
    },
    'managed-apart': {
      title: 'Device and service are managed apart',
      seen: (f) =>
        f.level === 1
          ? 'Nobody manages the device and the service as a whole (level 1): they are run in separate parts of the company, and decisions that touch both are made on one side without the other.'
          : 'Device and service are coordinated only informally, when problems come up (level 2): trade-offs between them are settled after a customer has already met the problem.',
      todo: null,
    },
    'hardware-method': {
      title: 'The service has no method of its own',
      seen: (f) =>
        (f.level === 2
          ? 'Urgent service changes get out only as informal exceptions to the hardware’s phase plan (level 2): it works while the people who know the way around are there, and nobody can say how a change reaches customers.'
          : f.version < 3
            ? 'The service runs through the hardware’s phase plan, or through no method at all (level 1): a fix customers need this week waits for reviews built for products that take years.'
            : 'Every change to the service waits for the hardware’s phase reviews and release dates (level 1): a fix customers need this week waits for reviews built for products that take years.') +
        ' A service is operated, not produced: it needs its own way of releasing changes.',
      todo: null,
    },
    'first-to-be-cut': {
      title: 'The service’s budget has no protection',
      seen: (f) =>
        f.level === 1
          ? 'When budgets get tight, the service is the first thing cut, before anything in the hardware budget (level 1). Its costs run every month while its earnings build slowly; cut early, it never reaches the years in which it pays its way.'
          : 'The service survives a budget round only when somebody argues hard for it (level 2). The year that person is busy or gone, it is cut, and the customers who bought the device for it lose it.',
      todo: null,
    },
    'loss-without-staying-power': {
      title: 'A loss-making service with no protected budget',
      seen: (f, fmt) =>
        (f.serviceMarginPct === null
          ? 'With no revenue from the service, your figures show it losing all it costs this year, '
          : `At today’s number of subscribers, your figures show the service losing money over a year (${pctOfLoss(f.serviceMarginPct, fmt)}), `) +
        (f.breakEvenSubscribers === null
          ? 'and its fee does not exceed the cost to serve a subscriber, so more subscribers will not end the loss.'
          : `with ${fmt.whole(f.subscribers)} subscribers where ${fmt.whole(f.breakEvenSubscribers)} are needed to break even.`) +
        (f.turn === null
          ? ''
          : f.turn.paysYear === null
            ? ` Over the ${years(f.turn.horizonYears)} projected, it does not pay its way in any year.`
            : f.turn.paysYear === 1
              ? ' Counting the subscribers that this year’s sales add month by month, the projection already has year 1 in profit: put that projection, with the share of buyers who subscribe and the cancellations it assumes, to whoever sets the budget.'
              : ` Projected over the product’s life, it first pays its way in year ${f.turn.paysYear}` +
                (f.turn.paysBackYear === null
                  ? `, but has not made up its earlier losses within the ${years(f.turn.horizonYears)} projected.`
                  : ` and has made up its earlier losses by the end of year ${f.turn.paysBackYear}.`)) +
        (f.level === 1
          ? ' As the first thing cut when budgets get tight (level 1), it is likely to be cut on the one-year loss at today’s subscribers.'
          : ' Surviving only when someone argues hard for it (level 2), it is cut on that loss the year nobody does.'),
      todo: 'Before the next budget round, agree with whoever sets the service’s budget how much it may lose in total, and until which year, and what ends the loss (more subscribers, a higher fee or a lower cost to serve); report progress every quarter.',
    },
    'many-unknowns': {
      title: 'Many answers are still open',
      seen: (f) =>
        `Only ${f.answered} of ${f.total} questions ${f.answered === 1 ? 'has' : 'have'} an answer, so the scores rest on part of the picture.`,
      todo: 'Ask colleagues from product, service and finance to answer the open questions with you, or to fill in their own and compare the links.',
    },
    'in-balance': {
      title: 'Product and service are in balance',
      seen: (f, fmt) =>
        `Both sides score 60 or more (product ${fmt.score(f.product)}, service ${fmt.score(f.service)}) and less than 10 points apart.`,
      todo: 'Keep both sides measured on their own terms, and work through the next steps below, starting with the first three.',
    },
  } satisfies FindingWords,
  snapshots: {
    title: 'Progress over time',
    intro:
      'Keep a dated snapshot of this result in this browser, and compare with it after the next quarter’s work: what moved, per dimension and per question.',
    save: 'Keep a snapshot of this result',
    cap: (max: number, count: number) =>
      `Up to ${max} snapshots are kept; you have ${count}. When there are ${max}, keeping another one removes the oldest, and you are asked first.`,
    saveRemovingOldest: (max: number, date: string) =>
      `You have ${max} snapshots, the most that are kept. Keeping this one removes the oldest, of ${date}. Keep it and remove that one?`,
    saveRemovingOldestYes: 'Yes, keep it and remove the oldest',
    saveRemovingOldestNo: 'Cancel',
    saved: 'Snapshot kept.',
    savedOldestRemoved: (date: string) => `Snapshot kept; the oldest one, of ${date}, was removed.`,
    sameAsLast: (date: string) => `Not kept again: your answers are the same as in the snapshot of ${date}.`,
    full: (max: number, date: string) =>
      `Not kept: you have ${max} snapshots, the most that are kept. Remove one, or confirm that the oldest, of ${date}, goes.`,
    none: 'No snapshot kept yet.',
    overall: (score: string) => `overall ${score}`,
    compare: 'Compare with now',
    compareLabel: (date: string) => `Compare the snapshot of ${date} with now`,
    removeLabel: (date: string) => `Remove the snapshot of ${date}`,
    removeConfirm: (date: string) => `Remove the snapshot of ${date}? It cannot be undone.`,
    removeYes: 'Yes, remove it',
    removeNo: 'Keep it',
    comparisonTitle: 'Now against the snapshot',
    radar: 'Radar chart of the snapshot’s dimension scores and today’s; the table has the changes.',
    tableCaption: 'Change since the snapshot, in points (0–100 scale)',
    change: 'Change',
    questionsTitle: 'Answers that changed',
    noQuestionChanges: 'No answer changed, or the snapshot is of another question set.',
    level: (level: number) => `level ${level}`,
    then: 'Snapshot',
    now: 'Now',
  },
  yourData: {
    title: 'Your data',
    intro:
      'Everything you have in this browser (your answers, margin figures and snapshots) as one file, to keep or to carry to another browser; and your answers as a spreadsheet.',
    exportJson: 'Download everything as a file (JSON)',
    exportCsv: 'Download my answers as a spreadsheet (CSV)',
    importLabel: 'Open a file downloaded from this tool',
    importHint: 'You will see what it holds before anything is replaced.',
    summaryLabel: 'What the file holds',
    holds: (name: string, date: string) => `“${name}”, downloaded ${date}, holds:`,
    draft: (answered: number, total: number, version: number) => `answers to ${answered} of ${total} questions (question set ${version})`,
    noDraft: 'no answers',
    margins: 'margin figures',
    noMargins: 'no margin figures',
    unknownCurrency: (found: string, kept: string) =>
      `(their currency “${found}” is not one this tool knows: they will be shown in ${kept}; change it on the margins page if that is wrong)`,
    snapshots: (count: number) => (count === 1 ? '1 snapshot' : `${count} snapshots`),
    replaces:
      'Opening it replaces your answers and snapshots in this browser, and your margin figures if the file has them. Download your own first if you want to keep them.',
    /** A copy of one part, which a notice about saving offered: it replaces that part alone. */
    replacesOnly: (part: 'answers' | 'figures' | 'snapshots') =>
      `It is a copy of your ${{ answers: 'answers', figures: 'margin figures', snapshots: 'snapshots' }[part]} alone: opening it replaces those in this browser, and nothing else. Download your own first if you want to keep them.`,
    confirm: 'Replace mine with this file',
    applied: 'The file was applied whole: your answers, snapshots and, if the file had them, margin figures are now the file’s.',
    cancel: 'Cancel',
    errors: {
      'not-json': 'This file is not one this tool downloads: it is not JSON. Nothing was changed.',
      'not-ours': 'This file was not downloaded from More than a Chip. Nothing was changed.',
      newer: 'This file was downloaded from a newer version of More than a Chip than the one open here. Nothing was changed. Reload the page while online; when it offers the new version, choose “Update now”, then open the file again. If no new version is offered, the file was edited or is damaged.',
      damaged: 'This file is damaged or was edited: some of what it holds is not valid. Nothing was changed.',
      'set-aside':
        'This file is a copy of saved data this browser could not read, downloaded so that nothing is lost. This tool cannot open it: keep it as a record. Nothing was changed.',
      unreadable: 'The file could not be read. Nothing was changed.',
      notStored:
        'This browser would not store everything in the file (its storage is full), so none of it was applied: your answers, margin figures and snapshots are as they were. Free some space (for example by removing snapshots) and try again.',
    },
    fileName: 'more-than-a-chip.json',
    csvName: (version: number) => `more-than-a-chip-answers-edition-${version}.csv`,
    csv: {
      columns: ['Question set', 'Question', 'Dimension', 'About', 'Counts for', 'Level (1–5)', 'Level name', 'What this level looks like'],
      countsFor: { product: 'Product side', service: 'Service side', both: 'Both sides', neither: 'Neither side' },
      notAnswered: 'Not answered',
    } satisfies Pick<CsvWords, 'columns' | 'countsFor' | 'notAnswered'>,
  },
  findingTone: { risk: 'Risk', strength: 'Strength', note: 'Note' },
  findingSeen: 'What we see',
  findingTodo: 'What to do next',
  /** A finding's next step from its question: who moves first, where the question set names one. */
  findingStep: (owner: string | null, move: string) => (owner === null ? move : `${owner}: ${move}`),
}
