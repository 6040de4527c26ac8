import type { FindingId } from '@/domain/findings'
import type { Level } from '@/domain/questionSet'

type Values = Readonly<Record<string, number>>
type Format = { score: (n: number) => string; pct: (n: number) => string }

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
    sidesExplain: 'Questions about the product count for the product side, questions about the service for the service side, and questions about both for both.',
    sideGap: (gap: number, ahead: string) => (gap === 0 ? 'The two sides are level.' : `${ahead} is ahead by ${gap} points.`),
    coverage: 'Coverage',
    coverageText: (answered: number, total: number, pct: number) =>
      `${answered} of ${total} questions answered (${pct} %). “Don’t know” counts as unanswered.`,
    findingsTitle: 'Findings',
    noFindings: 'No finding stands out: look at the dimension scores and the next steps below.',
    recommendationsTitle: 'Next steps',
    recommendationsIntro: 'Chosen from your lowest answers in each dimension.',
    noRecommendations: 'Every answered question is at the top level, or none is answered.',
    youAnswered: (level: number) => `Answered at level ${level}.`,
    nextLevel: 'The next level looks like this:',
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
      'The product-side and service-side scores use the same formula over the questions about the product or the service; questions about both count for both.',
      'Levels: 1 below 20, 2 below 40, 3 below 60, 4 below 80, 5 from 80. Scores are shown rounded; levels come from the unrounded score.',
      'Coverage is the share of questions answered.',
    ],
    print: 'Print this report',
  },
  findings: {
    'no-sponsor': {
      title: 'No one senior carries the decision',
      seen: (v: Values) =>
        `The answer on who decided to run a connected service is level ${v.level}. Without a conscious decision by someone high enough, the transformation stalls at the first budget round.`,
      todo: 'Ask a senior executive to take the decision explicitly, be named as sponsor, and report on progress to the board.',
    },
    'service-judged-on-money': {
      title: 'Service people are measured on financial goals',
      seen: (v: Values, f: Format) =>
        `The people responsible for the service are measured like their product colleagues (level ${v.level}).` +
        (v.serviceMarginPct === undefined
          ? ' A service lives off customer satisfaction, on thin margins: a financial target tells them to cut the very things customers pay for.'
          : v.thin
            ? ` With a service margin of ${f.pct(v.serviceMarginPct ?? 0)} against ${f.pct(v.productMarginPct ?? 0)} on the product, a margin target can only ever tell them they are failing.`
            : ` Your service margin of ${f.pct(v.serviceMarginPct ?? 0)} looks healthy today, but a margin target still rewards cutting the availability customers pay for.`),
      todo: 'Measure the service team on customer satisfaction, response and resolution times, and keep margin targets for the product side.',
    },
    'hardware-margin-expected': {
      title: 'The service is expected to earn hardware margins',
      seen: (v: Values, f: Format) =>
        `Leadership’s financial expectations for the service are those of the hardware (level ${v.level}).` +
        (v.serviceMarginPct === undefined
          ? ' A thin-margin service will then be cut at the first review.'
          : ` Your figures show a service margin of ${f.pct(v.serviceMarginPct ?? 0)} against ${f.pct(v.productMarginPct ?? 0)} on the product.`),
      todo: 'Set separate financial expectations for the service in the plan, and judge the whole offer, not the service alone.',
    },
    'chip-in-it': {
      title: 'A chip in it, but no transformation',
      seen: (v: Values, f: Format) =>
        `The product side scores ${f.score(v.product ?? 0)} while Transformation scores ${f.score(v.transformation ?? 0)}. The device is connected, but product and service are not yet combined into one offer and one business model.`,
      todo: 'Write one value proposition and one business model for device and service together, with a named owner for the service.',
    },
    'service-behind': {
      title: 'The service side trails the product side',
      seen: (v: Values, f: Format) =>
        `The service side scores ${f.score(v.service ?? 0)}, ${f.score(v.gap ?? 0)} points behind the product side at ${f.score(v.product ?? 0)}. Customers will judge the connected product by its weakest part: the service.`,
      todo: 'Put the service on an equal footing: its own method (response and resolution times), its own measures and someone available at night.',
    },
    'product-behind': {
      title: 'The product side trails the service side',
      seen: (v: Values, f: Format) =>
        `The product side scores ${f.score(v.product ?? 0)}, ${f.score(v.gap ?? 0)} points behind the service side at ${f.score(v.service ?? 0)}. A service cannot make up for a device that is not solid or not in stock.`,
      todo: 'Strengthen the product basics: quality promises, supply planning and the dealers’ part in the offer.',
    },
    'nobody-at-night': {
      title: 'Nobody is there at 2 a.m.',
      seen: (v: Values) =>
        `Night-time failures of the service are not covered (level ${v.level}). Customers expect a service to be available anytime, literally in the middle of the night.`,
      todo: 'Set up an on-call rota with a written escalation path, and measure response times at night as well as by day.',
    },
    'managed-apart': {
      title: 'Device and service are managed apart',
      seen: (v: Values) =>
        `No one manages the device and the service as a whole (level ${v.level}). The long hardware cycle and the fast service cycle will pull apart.`,
      todo: 'Name one product manager responsible for device and service, with one roadmap for both.',
    },
    'many-unknowns': {
      title: 'Many answers are still open',
      seen: (v: Values) =>
        `Only ${v.answered} of ${v.total} questions have an answer, so the scores rest on a small part of the picture.`,
      todo: 'Ask colleagues from product, service and finance to answer the open questions with you, or to fill in their own and compare the links.',
    },
    'in-balance': {
      title: 'Product and service are in balance',
      seen: (v: Values, f: Format) =>
        `Both sides score 60 or more (product ${f.score(v.product ?? 0)}, service ${f.score(v.service ?? 0)}) and within 10 points of each other.`,
      todo: 'Keep both sides measured on their own terms, and use the next steps below to move the weakest dimension up.',
    },
  } satisfies Record<FindingId, { title: string; seen: (v: Values, f: Format) => string; todo: string }>,
  findingTone: { risk: 'Risk', strength: 'Strength', note: 'Note' },
  findingSeen: 'What we see',
  findingTodo: 'What to do next',
}
