import type { FindingId, FindingOf, ServiceMargin } from '@/domain/findings'
import type { Level, QuestionSet } from '@/domain/questionSet'

/** The formatters a finding's wording may use. */
export interface FindingFormat {
  score: (n: number) => string
  pct: (n: number) => string
  whole: (n: number) => string
}

/** Each finding worded from its own figures, so no wording can ask for a figure its finding lacks. */
type FindingWords = {
  [Id in FindingId]: { title: string; seen: (finding: FindingOf<Id>, fmt: FindingFormat) => string; todo: string }
}

const productMargin = (margin: ServiceMargin, fmt: FindingFormat) =>
  margin.productMarginPct === null ? '' : ` against ${fmt.pct(margin.productMarginPct)} on the product`

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
    dimensionsTitle: 'The five areas',
    radarLabel: (summary: string) => `Radar chart of the five area scores. ${summary}`,
    tableCaption: 'Scores by area (0–100)',
    dimension: 'Area',
    score: 'Score',
    levelColumn: 'Level',
    answered: 'Answered',
    sidesTitle: 'Product side and service side',
    sidesExplain: {
      'counts-for-both':
        'Questions about the product count for the product side, questions about the service for the service side, and questions about both for both (the rule of the first edition of the questions).',
      'counts-for-neither':
        'Questions about the product count for the product side and questions about the service for the service side. Questions about how the two are put together count in their area but for neither side, so the sides are compared only on questions that belong to one of them.',
    } satisfies Record<QuestionSet['bothSide'], string>,
    sideGap: (gap: number, ahead: string) =>
      gap === 0 ? 'The two sides are level.' : `${ahead} is ahead by ${gap} ${gap === 1 ? 'point' : 'points'}.`,
    coverage: 'Coverage',
    coverageText: (answered: number, total: number, pct: number) =>
      `${answered} of ${total} questions answered (${pct} %). “Don’t know” counts as unanswered.`,
    findingsTitle: 'Findings',
    noFindings: 'No finding stands out: look at the area scores and the next steps below.',
    recommendationsTitle: 'Next steps',
    recommendationsIntro:
      'Every answer below level 5, with what to do to reach the next level. Start with the first three; the rest follow by area.',
    prioritiesTitle: 'Where to start',
    prioritiesIntro:
      'A low answer on who decided comes first: without a conscious decision by someone senior enough, nothing else sticks. Then the lowest answers first; where answers are equally low, the order decision, transformation, culture, integration, methods.',
    restTitle: 'The other steps, by area',
    noRecommendations: 'Every answered question is at the top level, or none is answered.',
    youAnswered: (level: number) => `Answered at level ${level}.`,
    stepAdvice: (from: number, to: number) => `From level ${from} to ${to}:`,
    nextLevel: (level: number) => `Level ${level} looks like this:`,
    marginsTitle: 'Product and service margins',
    marginsEdit: 'Open the margin calculator',
    marginsNone: 'Fill in the margin calculator to see your product and service margins here.',
    answersTitle: 'The answers',
    answerNone: 'Not answered',
    howTitle: 'How these scores are computed',
    how: [
      'Each question has five levels, from 1 (least mature) to 5 (most mature). “Don’t know / not applicable” counts as unanswered.',
      'An area’s score is (mean level of its answered questions − 1) ÷ 4 × 100, so all level 1 gives 0 and all level 5 gives 100. An area with no answered question is “not assessed”.',
      'Overall readiness is the mean of the assessed areas’ scores.',
      'The product-side and service-side scores use the same formula over the questions about the product or the service. From the second edition of the questions on, questions about both count for neither side (in the first edition they counted for both); a link is always scored by the rules of its own edition.',
      'Next steps: every answer below level 5, with the advice for the level you answered. A low answer on who decided comes first, then the lowest levels, then the essay’s order of necessity: decision, transformation, culture, integration, methods.',
      'Levels: 1 below 20, 2 below 40, 3 below 60, 4 below 80, 5 from 80. Scores are shown rounded; levels come from the unrounded score.',
      'Coverage is the share of questions answered.',
    ],
    print: 'Print this report',
  },
  findings: {
    'no-sponsor': {
      title: 'No one senior enough carries the decision',
      seen: (f) =>
        `The answer on who decided to run a connected service is level ${f.level}. Without a conscious decision by someone senior enough, the transformation is likely to stall at the first budget round.`,
      todo: 'Write a one-page case for running the service on purpose, take it to someone senior enough to move budgets across departments, and ask them to decide and be named as accountable.',
    },
    'service-judged-on-money': {
      title: 'Service people are measured on financial goals',
      seen: (f, fmt) =>
        `The people responsible for the service are measured like their product colleagues (level ${f.level}).` +
        (f.margin === null
          ? ' A service lives off customer satisfaction, on thin margins: a financial target tells them to cut the very things customers pay for.'
          : f.margin.kind === 'loss'
            ? ` Your figures show the service losing money (margin ${fmt.pct(f.margin.serviceMarginPct)}): a financial target can only tell them they are failing, and they are likely to cut what customers pay for.`
            : f.margin.kind === 'thin'
              ? ` With a thin service margin of ${fmt.pct(f.margin.serviceMarginPct)}, a margin target will mostly tell them they are failing.`
              : ` Your service margin of ${fmt.pct(f.margin.serviceMarginPct)} looks healthy today, but a margin target still rewards cutting the availability customers pay for.`),
      todo: 'Write customer satisfaction, with its measure named, into the objectives of everyone responsible for the service; keep margin targets for those responsible for the device.',
    },
    'hardware-margin-expected': {
      title: 'No separate financial expectations for the service',
      seen: (f, fmt) =>
        `Leadership has set no financial expectations of its own for the service: it is held to the hardware’s margin, or thin margins are tolerated without anyone saying so (level ${f.level}).` +
        (f.margin === null
          ? ' Without its own expectations, the service is judged against the hardware at every review.'
          : f.margin.kind === 'loss'
            ? ` Your figures show the service losing money (margin ${fmt.pct(f.margin.serviceMarginPct)})${productMargin(f.margin, fmt)}: judged against the hardware, it is likely to be cut before it can pay its way.`
            : f.margin.kind === 'thin'
              ? ` Your figures show a thin service margin of ${fmt.pct(f.margin.serviceMarginPct)}${productMargin(f.margin, fmt)}: normal for a service, and a failure by the hardware’s measure.`
              : ` Your figures show a service margin of ${fmt.pct(f.margin.serviceMarginPct)}${productMargin(f.margin, fmt)}: healthy for a service today, but held to the hardware’s margin it will be questioned the first year it dips.`),
      todo: 'Write separate financial expectations for the service into the business plan: its margin, its uptake and the year it should break even.',
    },
    'chip-in-it': {
      title: 'A chip in it, but little transformation yet',
      seen: (f, fmt) =>
        `Transformation scores ${fmt.score(f.transformation)}` +
        (f.product !== null && f.product >= 50 ? `, against ${fmt.score(f.product)} on the product side` : '') +
        ': the device is connected, but most of how it is sold, how the service is paid for and which chores it takes off customers has not been decided on purpose yet.',
      todo: 'Start with your lowest transformation answers in the next steps; usually that means writing down how the service is paid for (including it in the device price is a valid choice) or giving every seller one message that leads with what the device does.',
    },
    'service-behind': {
      title: 'The service side trails the product side',
      seen: (f, fmt) =>
        `The service side scores ${fmt.score(f.service)}, ${fmt.score(f.gap)} points behind the product side at ${fmt.score(f.product)}. Customers expect a service to be available anytime; it cannot run on less attention than the device gets.`,
      todo: 'Start with your lowest service-side answers in the next steps: response and resolution targets, satisfaction, capacity before peaks, night cover.',
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
        `Night-time failures are not reliably covered (level ${f.level}): nobody is on call for them. Customers expect a service to be available anytime, literally in the middle of the night.`,
      todo: 'Set up an alarm that fires when the service goes down, agree with HR (and any works council) who is called at night and how call-outs are paid, and make it an on-call rota for nights and weekends with a written path for escalation.',
    },
    'managed-apart': {
      title: 'Device and service are managed apart',
      seen: (f) =>
        `No one manages the device and the service as a whole (level ${f.level}). Decisions that touch both are made on one side without the other.`,
      todo: 'Name one product manager responsible for device and service together, and write the role and its decisions down.',
    },
    'hardware-method': {
      title: 'The service has no method of its own',
      seen: (f) =>
        `Changes and failures of the service go through the hardware’s phase plan, through no method, or around it informally (level ${f.level}). A service is operated, not produced: it needs response and resolution times and frequent releases, not phase reviews.`,
      todo: 'Give the service its own written way of working, covering how changes are released and incidents handled, outside the hardware’s phase reviews.',
    },
    'first-to-be-cut': {
      title: 'The service’s budget has no protection',
      seen: (f) =>
        `When budgets get tight, the service is cut first or survives only if someone argues hard for it (level ${f.level}). Earning month by month on thin margins, it is at risk in every budget round.`,
      todo: 'Before the next budget round, write down what customers would lose if the service were cut, and take it to whoever sets the service’s budget.',
    },
    'loss-without-staying-power': {
      title: 'A loss-making service with no protected budget',
      seen: (f, fmt) =>
        (f.serviceMarginPct === null
          ? 'With no subscribers yet, your figures show the service losing its whole fixed cost this year, '
          : `At today’s number of subscribers, your figures show the service losing money over a year (margin ${fmt.pct(f.serviceMarginPct)}), `) +
        (f.breakEvenSubscribers === null
          ? 'and its fee does not exceed the cost to serve a subscriber, so more subscribers will not end the loss.'
          : `with ${fmt.whole(f.subscribers)} subscribers where ${fmt.whole(f.breakEvenSubscribers)} are needed to break even.`) +
        (f.turn === null
          ? ''
          : f.turn.paysYear === null
            ? ` Over the ${f.turn.horizonYears === 1 ? 'year' : `${f.turn.horizonYears} years`} projected, it does not pay its way in any year.`
            : f.turn.paysYear === 1
              ? ' Counting the subscribers that this year’s sales add month by month, the projection already has year 1 in profit: that is the figure to defend in the budget round.'
              : ` Projected over the product’s life, it first pays its way in year ${f.turn.paysYear}.`) +
        ` With no protected budget (level ${f.level}), it can be cut on the one-year loss at today’s subscribers alone.`,
      todo: 'Before the next budget round, agree with whoever sets the service’s budget how long it may lose money and what ends the loss (more subscribers, a higher fee or a lower cost to serve), and report progress every quarter.',
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
        `Both sides score 60 or more (product ${fmt.score(f.product)}, service ${fmt.score(f.service)}) and within 10 points of each other.`,
      todo: 'Keep both sides measured on their own terms, and work through the next steps below, starting with the first three.',
    },
  } satisfies FindingWords,
  snapshots: {
    title: 'Progress over time',
    intro:
      'Keep a dated snapshot of this result in this browser, and compare with it after the next quarter’s work: what moved, per area and per question.',
    save: 'Keep a snapshot of this result',
    none: 'No snapshot kept yet.',
    overall: (score: string) => `overall ${score}`,
    compare: 'Compare with now',
    compareLabel: (date: string) => `Compare the snapshot of ${date} with now`,
    removeLabel: (date: string) => `Remove the snapshot of ${date}`,
    removeConfirm: (date: string) => `Remove the snapshot of ${date}? It cannot be undone.`,
    removeYes: 'Yes, remove it',
    removeNo: 'Keep it',
    comparisonTitle: 'Now against the snapshot',
    radar: 'Radar chart of the snapshot’s area scores and today’s; the table has the changes.',
    tableCaption: 'Change since the snapshot, in points (0–100 scale)',
    change: 'Change',
    questionsTitle: 'Answers that changed',
    noQuestionChanges: 'No answer changed, or the snapshot is of another edition of the questions.',
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
    draft: (answered: number, total: number, edition: number) => `answers to ${answered} of ${total} questions (edition ${edition} of the questions)`,
    noDraft: 'no answers',
    margins: 'margin figures',
    noMargins: 'no margin figures',
    snapshots: (count: number) => (count === 1 ? '1 snapshot' : `${count} snapshots`),
    replaces:
      'Opening it replaces your answers and snapshots in this browser, and your margin figures if the file has them. Download your own first if you want to keep them.',
    confirm: 'Replace mine with this file',
    cancel: 'Cancel',
    errors: {
      'not-json': 'This file is not one this tool downloads: it is not JSON. Nothing was changed.',
      'not-ours': 'This file was not downloaded from More than a Chip. Nothing was changed.',
      newer: 'This file comes from a newer version of the tool than this one. Nothing was changed.',
      damaged: 'This file is damaged or was edited: some of what it holds is not valid. Nothing was changed.',
      unreadable: 'The file could not be read. Nothing was changed.',
    },
    fileName: 'more-than-a-chip.json',
    csvName: (edition: number) => `more-than-a-chip-answers-edition-${edition}.csv`,
    csv: {
      columns: ['Edition', 'Question', 'Area', 'About', 'Counts for', 'Level (1–5)', 'Level name', 'What this level looks like'],
      countsFor: { product: 'Product side', service: 'Service side', both: 'Both sides', neither: 'Neither side' },
      notAnswered: 'Not answered',
    } as const,
  },
  findingTone: { risk: 'Risk', strength: 'Strength', note: 'Note' },
  findingSeen: 'What we see',
  findingTodo: 'What to do next',
}
