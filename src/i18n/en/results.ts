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
    dimensionsTitle: 'The five points',
    radarLabel: (summary: string) => `Radar chart of the five dimension scores. ${summary}`,
    tableCaption: 'Scores by dimension (0–100)',
    dimension: 'Dimension',
    score: 'Score',
    levelColumn: 'Level',
    answered: 'Answered',
    sidesTitle: 'Product side and service side',
    sidesExplain: {
      'counts-for-both':
        'Questions about the product count for the product side, questions about the service for the service side, and questions about both for both (the rule of the first edition of the questions).',
      'counts-for-neither':
        'Questions about the product count for the product side and questions about the service for the service side. Questions about how the two are put together count in their dimension but for neither side, so a gap between the sides is a real one.',
    } satisfies Record<QuestionSet['bothSide'], string>,
    sideGap: (gap: number, ahead: string) => (gap === 0 ? 'The two sides are level.' : `${ahead} is ahead by ${gap} points.`),
    coverage: 'Coverage',
    coverageText: (answered: number, total: number, pct: number) =>
      `${answered} of ${total} questions answered (${pct} %). “Don’t know” counts as unanswered.`,
    findingsTitle: 'Findings',
    noFindings: 'No finding stands out: look at the dimension scores and the next steps below.',
    recommendationsTitle: 'Next steps',
    recommendationsIntro:
      'Every answer below level 5, with what to do to reach the next level. Start with the first three; the rest follow by dimension.',
    prioritiesTitle: 'Where to start',
    prioritiesIntro:
      'A low answer on who decided comes first: without a conscious decision by someone senior enough, nothing else sticks. Then the lowest answers, in the essay’s order of necessity: decision, transformation, culture, integration, methods.',
    restTitle: 'The other steps, by dimension',
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
      'A dimension’s score is (mean level of its answered questions − 1) ÷ 4 × 100, so all level 1 gives 0 and all level 5 gives 100. A dimension with no answered question is “not assessed”.',
      'Overall readiness is the mean of the assessed dimensions’ scores.',
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
        `The answer on who decided to run a connected service is level ${f.level}. Without a conscious decision by someone senior enough, the transformation stalls at the first budget round.`,
      todo: 'Ask someone senior enough to move budgets across departments to take the decision explicitly, be named as accountable, and hear progress every quarter.',
    },
    'service-judged-on-money': {
      title: 'Service people are measured on financial goals',
      seen: (f, fmt) =>
        `The people responsible for the service are measured like their product colleagues (level ${f.level}).` +
        (f.margin === null
          ? ' A service lives off customer satisfaction, on thin margins: a financial target tells them to cut the very things customers pay for.'
          : f.margin.kind === 'loss'
            ? ` Your figures show the service losing money (margin ${fmt.pct(f.margin.serviceMarginPct)}): a financial target can only tell them they are failing, and they will cut what customers pay for.`
            : f.margin.kind === 'thin'
              ? ` With a thin service margin of ${fmt.pct(f.margin.serviceMarginPct)}${productMargin(f.margin, fmt)}, a margin target can only ever tell them they are failing.`
              : ` Your service margin of ${fmt.pct(f.margin.serviceMarginPct)} looks healthy today, but a margin target still rewards cutting the availability customers pay for.`),
      todo: 'Measure the service team on customer satisfaction, response and resolution times, and keep margin targets for the product side.',
    },
    'hardware-margin-expected': {
      title: 'The service is expected to earn hardware margins',
      seen: (f, fmt) =>
        `Leadership’s financial expectations for the service are those of the hardware (level ${f.level}).` +
        (f.margin === null
          ? ' A thin-margin service will then be cut at the first review.'
          : f.margin.kind === 'loss'
            ? ` Your figures show the service losing money (margin ${fmt.pct(f.margin.serviceMarginPct)})${productMargin(f.margin, fmt)}: judged against the hardware, it will be cut before it can pay its way.`
            : ` Your figures show a service margin of ${fmt.pct(f.margin.serviceMarginPct)}${productMargin(f.margin, fmt)}.`),
      todo: 'Set separate financial expectations for the service in the plan, and judge the whole offer, not the service alone.',
    },
    'chip-in-it': {
      title: 'A chip in it, but no transformation',
      seen: (f, fmt) =>
        (f.product === null
          ? `Transformation scores ${fmt.score(f.transformation)}.`
          : `The product side scores ${fmt.score(f.product)} while Transformation scores ${fmt.score(f.transformation)}.`) +
        ' The device is connected, but product and service are not yet combined into one offer and one business model.',
      todo: 'Decide how the service is paid for and what customers are told they pay for, with device and service described as one offer.',
    },
    'service-behind': {
      title: 'The service side trails the product side',
      seen: (f, fmt) =>
        `The service side scores ${fmt.score(f.service)}, ${fmt.score(f.gap)} points behind the product side at ${fmt.score(f.product)}. Customers will judge the connected product by its weakest part: the service.`,
      todo: 'Put the service on an equal footing: its own method (response and resolution times), its own measures and someone available at night.',
    },
    'product-behind': {
      title: 'The product side trails the service side',
      seen: (f, fmt) =>
        `The product side scores ${fmt.score(f.product)}, ${fmt.score(f.gap)} points behind the service side at ${fmt.score(f.service)}. A service cannot make up for a device that is not solid or not in stock.`,
      todo: 'Strengthen the product basics: the device’s lifetime, supply planning and the margin after the retail chain’s share.',
    },
    'nobody-at-night': {
      title: 'Nobody is there at 2 a.m.',
      seen: (f) =>
        `Night-time failures of the service are not covered (level ${f.level}). Customers expect a service to be available anytime, literally in the middle of the night.`,
      todo: 'Set up an on-call rota with a written escalation path, and log every night-time call-out.',
    },
    'managed-apart': {
      title: 'Device and service are managed apart',
      seen: (f) =>
        `No one manages the device and the service as a whole (level ${f.level}). The long hardware cycle and the fast service cycle will pull apart.`,
      todo: 'Name one product manager responsible for device and service, with one roadmap for both.',
    },
    'hardware-method': {
      title: 'The service is run by the hardware’s method',
      seen: (f) =>
        `The connected service goes through the hardware’s phased plan, or through no method at all (level ${f.level}). A service is operated, not produced: it needs response and resolution times and frequent releases, not phase reviews.`,
      todo: 'Give the service its own written way of working, covering how changes are released and incidents handled, outside the hardware’s phase reviews.',
    },
    'first-to-be-cut': {
      title: 'The service is the first thing cut',
      seen: (f) =>
        `When budgets get tight, the connected service is cut first or survives only when someone argues hard for it (level ${f.level}). A service earns month by month on thin margins: judged on one year’s profit, it loses every budget round.`,
      todo: 'Ask the sponsor for a budget commitment for the service that spans several years, reviewed on uptake and satisfaction, not only this year’s profit.',
    },
    'loss-without-staying-power': {
      title: 'A loss-making service that will be cut first',
      seen: (f, fmt) =>
        `Your figures show the service at a loss (margin ${fmt.pct(f.serviceMarginPct)}), ` +
        (f.breakEvenSubscribers === null
          ? 'and its fee does not cover the cost to serve a subscriber, so more subscribers will not end the loss.'
          : `with ${fmt.whole(f.subscribers)} subscribers where ${fmt.whole(f.breakEvenSubscribers)} are needed to break even.`) +
        ` With a budget that is cut first when money is tight (level ${f.level}), it will be stopped before it can pay its way.`,
      todo: 'Agree with the sponsor, before the next budget round, how long the service may lose money and which subscriber count ends the loss; then report progress towards it.',
    },
    'many-unknowns': {
      title: 'Many answers are still open',
      seen: (f) =>
        `Only ${f.answered} of ${f.total} questions have an answer, so the scores rest on a small part of the picture.`,
      todo: 'Ask colleagues from product, service and finance to answer the open questions with you, or to fill in their own and compare the links.',
    },
    'in-balance': {
      title: 'Product and service are in balance',
      seen: (f, fmt) =>
        `Both sides score 60 or more (product ${fmt.score(f.product)}, service ${fmt.score(f.service)}) and within 10 points of each other.`,
      todo: 'Keep both sides measured on their own terms, and use the next steps below to move the weakest dimension up.',
    },
  } satisfies FindingWords,
  findingTone: { risk: 'Risk', strength: 'Strength', note: 'Note' },
  findingSeen: 'What we see',
  findingTodo: 'What to do next',
}
