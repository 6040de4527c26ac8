/*
 * Links are forever (PRODUCT.md, "The results link").
 *
 * Every row below is a results link that a released version produced, written down once as a
 * literal string, with the results it showed, also as literals. The test only decodes; it never
 * encodes, so a change to the codec or to a released question set that would make an old link
 * mean something else fails here.
 *
 * Never edit or delete a row. When the question set changes, add rows for the new version
 * (links made with it), and keep these: they must go on decoding to the same results.
 *
 * `answers` lists the answers in the question order of the row's questionnaire version, a
 * dimension per group: 1–5 a level, `n` "don't know", `-` unanswered. Scores are rounded to two
 * decimals; null is "not assessed".
 */
import { describe, expect, it } from 'vitest'
import { projectLifetime, type LifeInput } from '@/domain/lifetime'
import { computeMargins, type MarginInput } from '@/domain/margins'
import { allQuestions, type Answer, type Level } from '@/domain/questionSet'
import { QUESTION_SETS, questionSetByVersion } from '@/domain/questionSets'
import { decodeResultLink } from '@/domain/resultLink'
import { scoreAssessment } from '@/domain/scoring'

type Score = number | null

interface FrozenLink {
  what: string
  link: string
  questionSetVersion: number
  answers: string
  label?: string
  /** The margins' currency; links of version 1 carry none. */
  currency?: string
  /** culture, methods, transformation, decision, integration */
  dimensions: [Score, Score, Score, Score, Score]
  overall: Score
  level: Level | null
  sides: { product: Score; service: Score }
  answered: number
  coverage: number
  margins?: {
    input: MarginInput
    breakEvenSubscribers: number | null
    serviceMarginPct: number | null
    productMarginPct: number | null
  }
  /** Link versions 4, 5 and 6: the figures of the product's life, and what the projection makes of them. */
  life?: {
    input: LifeInput
    servicePaysYear: number | null
    servicePaysBackYear: number | null
    lifetimeValuePerSubscriber: number
  }
}

const FROZEN: FrozenLink[] = [
  {
    what: 'v1, everything at level 1',
    link: 'BBg7sEbEH1qvQjrF',
    questionSetVersion: 1,
    answers: '11111 11111 11111 11111 11111',
    dimensions: [0, 0, 0, 0, 0],
    overall: 0,
    level: 1,
    sides: { product: 0, service: 0 },
    answered: 25,
    coverage: 1,
  },
  {
    what: 'v1, everything at level 5',
    link: 'BHkqcWHUnMVsSrQg',
    questionSetVersion: 1,
    answers: '55555 55555 55555 55555 55555',
    dimensions: [100, 100, 100, 100, 100],
    overall: 100,
    level: 5,
    sides: { product: 100, service: 100 },
    answered: 25,
    coverage: 1,
  },
  {
    what: 'v1, a mixed pattern',
    link: 'BByhwexfRTjXkORo',
    questionSetVersion: 1,
    answers: '23142 34425 12231 45324 53421',
    dimensions: [35, 65, 20, 65, 50],
    overall: 47,
    level: 3,
    sides: { product: 51.56, service: 48.75 },
    answered: 25,
    coverage: 1,
  },
  {
    what: 'v1, partly answered with some "don\'t know"',
    link: 'BGf6iItxAS5j0h9H',
    questionSetVersion: 1,
    answers: '3n2-- ----- nn--- 4-3n- -2--5',
    dimensions: [37.5, null, null, 62.5, 62.5],
    overall: 54.17,
    level: 3,
    sides: { product: 50, service: 54.17 },
    answered: 6,
    coverage: 0.24,
  },
  {
    what: 'v1, nothing answered',
    link: 'BAAAAAAAAAAAAEwM',
    questionSetVersion: 1,
    answers: '----- ----- ----- ----- -----',
    dimensions: [null, null, null, null, null],
    overall: null,
    level: null,
    sides: { product: null, service: null },
    answered: 0,
    coverage: 0,
  },
  {
    what: 'v1, with the example margins',
    link: 'Bi3puXt-OqjWNqR5UfNxIgwyJ8yJMHDoFIOCq',
    questionSetVersion: 1,
    answers: '32123 21312 11221 23121 12312',
    dimensions: [30, 20, 10, 20, 20],
    overall: 20,
    level: 2,
    sides: { product: 18.75, service: 20 },
    answered: 25,
    coverage: 1,
    margins: {
      input: {
        product: { unitPrice: 2490, unitCost: 1150, unitsPerYear: 12000, channelSharePct: 35 },
        service: { monthlyFee: 4.99, monthlyCostToServe: 3.04, subscribers: 6000, fixedCostPerYear: 180000 },
      },
      breakEvenSubscribers: 7693,
      serviceMarginPct: -11.02,
      productMarginPct: 28.95,
    },
  },
  {
    what: 'v1, with a label in more than ASCII',
    link: 'BWDfPr2kCYS_LkKmyuTs0sbKQOjKwtpYQKJmQcUBKEC1h3jk0sbQQeE_KUoFrq',
    questionSetVersion: 1,
    answers: '44434 34443 33343 44344 43444',
    label: 'Service team, Q3 — Zürich 🔥',
    dimensions: [70, 65, 55, 70, 70],
    overall: 66,
    level: 4,
    sides: { product: 64.06, service: 65 },
    answered: 25,
    coverage: 1,
  },
  {
    what: 'v1, with margins and a label',
    link: 'BxtCdSdHF7K4jkecPmVJYFkyakD4achy0P6aYH9JVdlcmtzdGF0dCBTw7xkIOKAlCDlt6XloLQg8J-RqeKAjfCflKcI21',
    questionSetVersion: 1,
    answers: '55555 4n4n4 33333 ----- 12121',
    label: 'Werkstatt Süd — 工場 👩‍🔧',
    dimensions: [100, 75, 50, null, 10],
    overall: 58.75,
    level: 3,
    sides: { product: 58.33, service: 55.36 },
    answered: 18,
    coverage: 0.72,
    margins: {
      input: {
        product: { unitPrice: 199.99, unitCost: 80.5, unitsPerYear: 250000, channelSharePct: 42.5 },
        service: { monthlyFee: 2.4999, monthlyCostToServe: 0.75, subscribers: 31337, fixedCostPerYear: 1250000 },
      },
      breakEvenSubscribers: 59528,
      serviceMarginPct: -62.97,
      productMarginPct: 30,
    },
  },
  {
    what: 'link v2 (margins name their currency), questionnaire v1, with margins in USD and a label',
    link: 'Cwd_sqaquOHM6IUiVF9xSQWTHfImpYakDKpIYort7k1ubQ3uBAomhYQIbQ0sbCzt4Nvt',
    questionSetVersion: 1,
    answers: '34n25 4-312 21111 n2345 5432-',
    label: 'Workshop Q4, Chicago',
    currency: 'USD',
    dimensions: [62.5, 37.5, 5, 62.5, 62.5],
    overall: 46,
    level: 3,
    sides: { product: 48.33, service: 42.19 },
    answered: 21,
    coverage: 0.84,
    margins: {
      input: {
        product: { unitPrice: 649, unitCost: 310, unitsPerYear: 18000, channelSharePct: 25 },
        service: { monthlyFee: 9.5, monthlyCostToServe: 4.25, subscribers: 5200, fixedCostPerYear: 420000 },
      },
      breakEvenSubscribers: 6667,
      serviceMarginPct: -15.59,
      productMarginPct: 36.31,
    },
  },
  // Link version 3: question set 2, where questions about both product and service count for
  // neither side. Sides, in question order: pp sss | pp ss b | bb s bb | bbb s p | bb pp s.
  {
    what: 'link v3, questionnaire v2, everything at level 1',
    link: 'DBg7sEbEH1qvQnCO',
    questionSetVersion: 2,
    answers: '11111 11111 11111 11111 11111',
    dimensions: [0, 0, 0, 0, 0],
    overall: 0,
    level: 1,
    sides: { product: 0, service: 0 },
    answered: 25,
    coverage: 1,
  },
  {
    what: 'link v3, questionnaire v2, everything at level 5',
    link: 'DHkqcWHUnMVsSv5r',
    questionSetVersion: 2,
    answers: '55555 55555 55555 55555 55555',
    dimensions: [100, 100, 100, 100, 100],
    overall: 100,
    level: 5,
    sides: { product: 100, service: 100 },
    answered: 25,
    coverage: 1,
  },
  {
    what: 'link v3, questionnaire v2, a mixed pattern (the v1 row’s answers, scored by set 2’s side rule)',
    link: 'DByhwexfRTjXkK4j',
    questionSetVersion: 2,
    answers: '23142 34425 12231 45324 53421',
    dimensions: [35, 65, 20, 65, 50],
    overall: 47,
    level: 3,
    // product: 2 3 3 4 4 2 4 → 22 ÷ 7; service: 1 4 2 5 2 3 2 1 → 20 ÷ 8
    sides: { product: 53.57, service: 31.25 },
    answered: 25,
    coverage: 1,
  },
  {
    what: 'link v3, questionnaire v2, partly answered with some "don\'t know"',
    link: 'DGf6iItxAS5j0lUM',
    questionSetVersion: 2,
    answers: '3n2-- ----- nn--- 4-3n- -2--5',
    dimensions: [37.5, null, null, 62.5, 62.5],
    overall: 54.17,
    level: 3,
    sides: { product: 50, service: 62.5 },
    answered: 6,
    coverage: 0.24,
  },
  {
    what: 'link v3, questionnaire v2, nothing answered',
    link: 'DAAAAAAAAAAAAAZH',
    questionSetVersion: 2,
    answers: '----- ----- ----- ----- -----',
    dimensions: [null, null, null, null, null],
    overall: null,
    level: null,
    sides: { product: null, service: null },
    answered: 0,
    coverage: 0,
  },
  {
    what: 'link v3, questionnaire v2, a hardware company (product 4, service 1, both 2) with margins in EUR and a label',
    link: 'DyJ606N-YGdrmKR5UfNxIgwyJ8yJMHDoFIlIhyg2MLc6ECnh3jIWECiYl92',
    questionSetVersion: 2,
    answers: '44111 44112 22122 22214 22441',
    label: 'Plant Süd, Q1',
    currency: 'EUR',
    dimensions: [30, 35, 20, 30, 40],
    overall: 31,
    level: 2,
    sides: { product: 75, service: 0 },
    answered: 25,
    coverage: 1,
    margins: {
      input: {
        product: { unitPrice: 2490, unitCost: 1150, unitsPerYear: 12000, channelSharePct: 35 },
        service: { monthlyFee: 4.99, monthlyCostToServe: 3.04, subscribers: 6000, fixedCostPerYear: 180000 },
      },
      breakEvenSubscribers: 7693,
      serviceMarginPct: -11.02,
      productMarginPct: 28.95,
    },
  },
  // Link versions 4 (question set 2) and 5 (question set 1): the margins carry the product's
  // fixed cost and, when given, the four figures of the product's life.
  {
    what: 'link v4, questionnaire v2, the whole worked example with its life figures, in EUR, with a label',
    link: 'ExyhwexfRTjXkKR5UfNxIgwyJ8yJMHDoFKRPUIgKCRQSUiHqbo3uzKQO7e5NbmWECiaFLw',
    questionSetVersion: 2,
    answers: '23142 34425 12231 45324 53421',
    label: 'Stove works, Q4',
    currency: 'EUR',
    dimensions: [35, 65, 20, 65, 50],
    overall: 47,
    level: 3,
    sides: { product: 53.57, service: 31.25 },
    answered: 25,
    coverage: 1,
    margins: {
      input: {
        product: { unitPrice: 2490, unitCost: 1150, unitsPerYear: 12000, channelSharePct: 35, fixedCostPerYear: 1500000 },
        service: { monthlyFee: 4.99, monthlyCostToServe: 3.04, subscribers: 6000, fixedCostPerYear: 180000 },
      },
      breakEvenSubscribers: 7693,
      serviceMarginPct: -11.02,
      // (19 422 000 − 13 800 000 − 1 500 000) ÷ 19 422 000
      productMarginPct: 21.22,
    },
    life: {
      input: { attachRatePct: 20, monthlyChurnPct: 1, deviceLifetimeYears: 12, horizonYears: 10 },
      servicePaysYear: 2,
      servicePaysBackYear: 3,
      // 1.95 × (1 − 0.99^144) ÷ 0.01
      lifetimeValuePerSubscriber: 149.13,
    },
  },
  {
    what: 'link v4, questionnaire v2, nothing answered, margins in CHF without the life figures',
    link: 'EgAAAAAAAAAAAKR5UfNxIgwyJ8yJMHDoFJAAjlBSc',
    questionSetVersion: 2,
    answers: '----- ----- ----- ----- -----',
    currency: 'CHF',
    dimensions: [null, null, null, null, null],
    overall: null,
    level: null,
    sides: { product: null, service: null },
    answered: 0,
    coverage: 0,
    margins: {
      input: {
        product: { unitPrice: 2490, unitCost: 1150, unitsPerYear: 12000, channelSharePct: 35, fixedCostPerYear: 0 },
        service: { monthlyFee: 4.99, monthlyCostToServe: 3.04, subscribers: 6000, fixedCostPerYear: 180000 },
      },
      breakEvenSubscribers: 7693,
      serviceMarginPct: -11.02,
      productMarginPct: 28.95,
    },
  },
  {
    what: 'link v5, questionnaire v1, margins and life figures in USD',
    link: 'Fi3puXt-OqjWNqR5UfNxIgwyJ8yJMHDoFKRPMo4kOWggUJSQ4HV',
    questionSetVersion: 1,
    answers: '32123 21312 11221 23121 12312',
    currency: 'USD',
    dimensions: [30, 20, 10, 20, 20],
    overall: 20,
    level: 2,
    sides: { product: 18.75, service: 20 },
    answered: 25,
    coverage: 1,
    margins: {
      input: {
        product: { unitPrice: 2490, unitCost: 1150, unitsPerYear: 12000, channelSharePct: 35, fixedCostPerYear: 1500000 },
        service: { monthlyFee: 4.99, monthlyCostToServe: 3.04, subscribers: 6000, fixedCostPerYear: 180000 },
      },
      breakEvenSubscribers: 7693,
      serviceMarginPct: -11.02,
      productMarginPct: 21.22,
    },
    life: {
      input: { attachRatePct: 62.5, monthlyChurnPct: 0.75, deviceLifetimeYears: 8, horizonYears: 20 },
      servicePaysYear: 1,
      servicePaysBackYear: 1,
      // 1.95 × (1 − 0.9925^96) ÷ 0.0075
      lifetimeValuePerSubscriber: 133.79,
    },
  },
  // Link version 6: question set 3, with the margins and life figures of link version 4.
  {
    what: 'link v6, questionnaire v3, everything at level 1',
    link: 'GBg7sEbEH1qvQkkt',
    questionSetVersion: 3,
    answers: '11111 11111 11111 11111 11111',
    dimensions: [0, 0, 0, 0, 0],
    overall: 0,
    level: 1,
    sides: { product: 0, service: 0 },
    answered: 25,
    coverage: 1,
  },
  {
    what: 'link v6, questionnaire v3, everything at level 5',
    link: 'GHkqcWHUnMVsSsfI',
    questionSetVersion: 3,
    answers: '55555 55555 55555 55555 55555',
    dimensions: [100, 100, 100, 100, 100],
    overall: 100,
    level: 5,
    sides: { product: 100, service: 100 },
    answered: 25,
    coverage: 1,
  },
  {
    what: 'link v6, questionnaire v3, a hardware company (product 4, service 1, both 2)',
    link: 'GF_yIU2LmCnqlhJa',
    questionSetVersion: 3,
    answers: '44111 41112 42121 22214 22244',
    // culture (4+4+1+1+1)/5 = 2.2 → 30; methods 1.8 → 20; transformation 2 → 25; decision 2.2 → 30; integration 2.8 → 45
    dimensions: [30, 20, 25, 30, 45],
    overall: 30,
    level: 2,
    sides: { product: 75, service: 0 },
    answered: 25,
    coverage: 1,
  },
  {
    what: 'link v6, questionnaire v3, partly answered with some "don\'t know" and a label',
    link: 'GWhRvU9y6Wga8CCmyuTs0sbKQOjKwtpYQKJmGNz',
    questionSetVersion: 3,
    answers: '3n-24 1-5n2 ----- 21n33 4-1-5',
    label: 'Service team, Q3',
    dimensions: [50, 41.67, null, 31.25, 58.33],
    overall: 45.31,
    level: 3,
    // product: margin 3, supply 1, product-measures 3, development 5 → 50; service: satisfaction 2,
    // capacity 4, resolution 5, service-goals 3 → 62.5
    sides: { product: 50, service: 62.5 },
    answered: 13,
    coverage: 0.52,
  },
  {
    what: 'link v6, questionnaire v3, margins net of VAT with their life figures (an early draft of the example: service fixed cost 390,400), in EUR, with a label',
    link: 'GxyhwexfRTjXkMKqjxOJEGGRNGRBlw5jOgSJ6hEBQTqCSkQ9TdG92ZSB3b3JrcywgUTEPri',
    questionSetVersion: 3,
    answers: '23142 34425 12231 45324 53421',
    label: 'Stove works, Q1',
    currency: 'EUR',
    dimensions: [35, 65, 20, 65, 50],
    overall: 47,
    level: 3,
    sides: { product: 32.14, service: 36.11 },
    answered: 25,
    coverage: 1,
    margins: {
      input: {
        product: { unitPrice: 2100, unitCost: 980, unitsPerYear: 12000, channelSharePct: 35, fixedCostPerYear: 1500000 },
        service: { monthlyFee: 4.19, monthlyCostToServe: 1.53, subscribers: 6000, fixedCostPerYear: 390400 },
      },
      // 390 400 ÷ ((4.19 − 1.53) × 12) = 12 230.6, rounded up
      breakEvenSubscribers: 12231,
      // (301 680 − 110 160 − 390 400) ÷ 301 680
      serviceMarginPct: -65.92,
      // (16 380 000 − 11 760 000 − 1 500 000) ÷ 16 380 000
      productMarginPct: 19.05,
    },
    life: {
      input: { attachRatePct: 20, monthlyChurnPct: 1, deviceLifetimeYears: 15, horizonYears: 10 },
      servicePaysYear: 6,
      servicePaysBackYear: null,
      // 2.66 × (1 − 0.99^180) ÷ 0.01
      lifetimeValuePerSubscriber: 222.43,
    },
  },
]

function expectScore(actual: number | null, expected: Score) {
  if (expected === null) expect(actual).toBeNull()
  else expect(actual).toBeCloseTo(expected, 2)
}

describe('frozen results links', () => {
  it.each(FROZEN.map((row) => [row.what, row] as const))('%s still decodes to the same results', (_what, row) => {
    const decoded = decodeResultLink(row.link)
    if (!decoded.ok) throw new Error(`the link no longer decodes: ${decoded.error}`)
    const { state } = decoded
    expect(state.questionSetVersion).toBe(row.questionSetVersion)

    const set = questionSetByVersion(row.questionSetVersion)
    if (!set) throw new Error(`questionnaire version ${row.questionSetVersion} is gone`)
    const expectedAnswers: Record<string, Answer> = {}
    const pattern = [...row.answers.replace(/ /g, '')]
    expect(pattern).toHaveLength(allQuestions(set).length)
    allQuestions(set).forEach((question, i) => {
      const char = pattern[i]
      if (char !== '-') expectedAnswers[question.id] = char === 'n' ? 'na' : (Number(char) as Level)
    })
    expect(state.answers).toEqual(expectedAnswers)
    expect(state.label).toBe(row.label)
    expect(state.currency).toBe(row.currency)

    const score = scoreAssessment(state.answers, set)
    score.dimensions.forEach((d, i) => expectScore(d.score, row.dimensions[i] ?? null))
    expectScore(score.overall, row.overall)
    expect(score.overallLevel).toBe(row.level)
    expectScore(score.sides.product, row.sides.product)
    expectScore(score.sides.service, row.sides.service)
    expect(score.answered).toBe(row.answered)
    expect(score.coverage).toBeCloseTo(row.coverage, 10)

    if (!row.margins) {
      expect(state.margins).toBeUndefined()
      return
    }
    expect(state.margins).toEqual(row.margins.input)
    const result = computeMargins(state.margins!)
    expect(result.breakEvenSubscribers).toBe(row.margins.breakEvenSubscribers)
    expectScore(result.service.marginPct, row.margins.serviceMarginPct)
    expectScore(result.product.marginPct, row.margins.productMarginPct)

    expect(state.life).toEqual(row.life?.input)
    if (row.life) {
      const projection = projectLifetime(state.margins!, state.life!)
      expect(projection.servicePaysYear).toBe(row.life.servicePaysYear)
      expect(projection.servicePaysBackYear).toBe(row.life.servicePaysBackYear)
      expectScore(projection.lifetimeValuePerSubscriber, row.life.lifetimeValuePerSubscriber)
    }
  })

  it('has rows for every released questionnaire version', () => {
    for (const version of Object.keys(QUESTION_SETS).map(Number)) expect(FROZEN.some((row) => row.questionSetVersion === version)).toBe(true)
  })
})
