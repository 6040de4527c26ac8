import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findFindings, recommend, type FindingId } from '@/domain/findings'
import { computeMargins, EXAMPLE_MARGIN_INPUT, type MarginInput } from '@/domain/margins'
import { allQuestions, type Answer, type Answers } from '@/domain/questionSet'
import { QUESTION_SET_V1 } from '@/domain/questions.v1'
import { scoreAssessment } from '@/domain/scoring'

const set = QUESTION_SET_V1
const ids = allQuestions(set).map((q) => q.id)

function findings(answers: Answers, margins?: MarginInput) {
  return findFindings(answers, set, scoreAssessment(answers, set), margins && computeMargins(margins))
}

const findingIds = (answers: Answers, margins?: MarginInput) => findings(answers, margins).map((f) => f.id)

function finding(id: FindingId, answers: Answers, margins?: MarginInput) {
  return findings(answers, margins).find((f) => f.id === id)
}

/** Every question answered with the same level, then some answers overridden. */
function allAt(level: Answer, overrides: Answers = {}): Answers {
  return { ...Object.fromEntries(ids.map((id) => [id, level])), ...overrides }
}

/** The first `count` questions answered at `level`, the rest not answered. */
function firstAnswered(count: number, level: Answer, rest?: Answer): Answers {
  return Object.fromEntries(ids.flatMap((id, i) => (i < count ? [[id, level]] : rest ? [[id, rest]] : [])))
}

describe('findFindings', () => {
  it.each<[FindingId, string, Answers, Answers]>([
    ['no-sponsor', 'risk', { 'decision-sponsor': 2 }, { 'decision-sponsor': 3 }],
    ['service-judged-on-money', 'risk', { 'decision-service-goals': 2 }, { 'decision-service-goals': 3 }],
    ['hardware-margin-expected', 'risk', { 'decision-finance': 2 }, { 'decision-finance': 3 }],
    [
      'chip-in-it',
      'risk',
      // product side: 5 and 5 → 100; transformation: 1 → 0
      { 'culture-solid': 5, 'methods-supply': 5, 'transformation-expectations': 1 },
      { 'culture-solid': 5, 'methods-supply': 5, 'transformation-expectations': 5 },
    ],
    ['service-behind', 'risk', { 'culture-solid': 5, 'culture-judged': 1 }, { 'culture-solid': 1, 'culture-judged': 5 }],
    ['product-behind', 'risk', { 'culture-solid': 1, 'culture-judged': 5 }, { 'culture-solid': 5, 'culture-judged': 1 }],
    ['nobody-at-night', 'risk', { 'culture-anytime': 2 }, { 'culture-anytime': 3 }],
    ['managed-apart', 'risk', { 'integration-ownership': 2 }, { 'integration-ownership': 3 }],
    ['many-unknowns', 'note', firstAnswered(14, 3), firstAnswered(15, 3)],
    ['in-balance', 'strength', allAt(4), allAt(2)],
  ])('%s (%s) triggers on answers built for it, not on the opposite', (id, tone, triggering, opposite) => {
    expect(finding(id, triggering)?.tone).toBe(tone)
    expect(findingIds(opposite)).not.toContain(id)
  })

  it.each<[FindingId, string]>([
    ['no-sponsor', 'decision-sponsor'],
    ['service-judged-on-money', 'decision-service-goals'],
    ['hardware-margin-expected', 'decision-finance'],
    ['nobody-at-night', 'culture-anytime'],
    ['managed-apart', 'integration-ownership'],
  ])('%s: triggers at levels 1 and 2, with the level; not at 3–5, "don\'t know" or unanswered', (id, questionId) => {
    expect(finding(id, { [questionId]: 1 })?.values.level).toBe(1)
    expect(finding(id, { [questionId]: 2 })?.values.level).toBe(2)
    for (const answer of [3, 4, 5, 'na'] as const) expect(findingIds({ [questionId]: answer })).not.toContain(id)
    expect(findingIds({})).not.toContain(id)
  })

  describe('service-judged-on-money and the margins', () => {
    const answers = { 'decision-service-goals': 1 } as const

    it('is thin when the service margin is below 10 %', () => {
      // The example's service margin is −39 600 ÷ 359 280 = −11 %.
      const values = finding('service-judged-on-money', answers, EXAMPLE_MARGIN_INPUT)?.values
      expect(values?.thin).toBe(1)
      expect(values?.serviceMarginPct).toBeCloseTo((-39_600 / 359_280) * 100, 9)
      expect(values?.productMarginPct).toBeCloseTo((5_622_000 / 19_422_000) * 100, 9)
    })

    it('is not thin when the service margin is 10 % or more', () => {
      // 12 000 subscribers: revenue 718 560, cost 437 760 + 180 000 → 14 %
      const margins = { ...EXAMPLE_MARGIN_INPUT, service: { ...EXAMPLE_MARGIN_INPUT.service, subscribers: 12_000 } }
      const values = finding('service-judged-on-money', answers, margins)?.values
      expect(values?.thin).toBe(0)
      expect(values?.serviceMarginPct).toBeCloseTo(((718_560 - 617_760) / 718_560) * 100, 9)
    })

    it('is not thin, and carries no margin, without margins', () => {
      expect(finding('service-judged-on-money', answers)?.values).toEqual({ level: 1, thin: 0 })
    })

    it('is not thin when the service has no revenue (no margin to speak of)', () => {
      const margins = { ...EXAMPLE_MARGIN_INPUT, service: { ...EXAMPLE_MARGIN_INPUT.service, subscribers: 0 } }
      expect(finding('service-judged-on-money', answers, margins)?.values).toEqual({ level: 1, thin: 0 })
    })

    it('hardware-margin-expected carries the margins too', () => {
      const values = finding('hardware-margin-expected', { 'decision-finance': 1 }, EXAMPLE_MARGIN_INPUT)?.values
      expect(values?.serviceMarginPct).toBeCloseTo((-39_600 / 359_280) * 100, 9)
      expect(finding('hardware-margin-expected', { 'decision-finance': 1 })?.values).toEqual({ level: 1 })
    })
  })

  describe('chip-in-it', () => {
    it('needs a product side of at least 50 with transformation below 40', () => {
      // product side: culture-solid 3 → 50; transformation: expectations 2 → 25
      expect(finding('chip-in-it', { 'culture-solid': 3, 'transformation-expectations': 2 })?.values).toEqual({
        product: 50,
        transformation: 25,
      })
      // product side 2 → 25
      expect(findingIds({ 'culture-solid': 2, 'transformation-expectations': 1 })).not.toContain('chip-in-it')
    })

    it('needs transformation to be assessed', () => {
      expect(findingIds({ 'culture-solid': 5 })).not.toContain('chip-in-it')
    })
  })

  describe('side gaps', () => {
    it('a gap of exactly 25 points is out of balance', () => {
      // product: culture-solid 3 → 50; service: culture-judged 2 → 25
      expect(finding('service-behind', { 'culture-solid': 3, 'culture-judged': 2 })?.values).toEqual({
        product: 50,
        service: 25,
        gap: 25,
      })
      expect(finding('product-behind', { 'culture-solid': 2, 'culture-judged': 3 })?.values).toEqual({
        product: 25,
        service: 50,
        gap: 25,
      })
    })

    it('a gap of 12.5 points is not', () => {
      // product 50; service: 2 and 3 → 37.5
      const ids = findingIds({ 'culture-solid': 3, 'culture-judged': 2, 'culture-anytime': 3 })
      expect(ids).not.toContain('service-behind')
      expect(ids).not.toContain('product-behind')
    })

    it('needs both sides scored', () => {
      expect(findingIds({ 'culture-solid': 5 })).not.toContain('service-behind')
      expect(findingIds({ 'culture-judged': 5 })).not.toContain('product-behind')
    })
  })

  describe('many-unknowns', () => {
    it('counts "don\'t know" as unknown', () => {
      expect(finding('many-unknowns', firstAnswered(14, 4, 'na'))?.values).toEqual({ answered: 14, total: 25 })
      expect(findingIds(allAt(4, { 'culture-judged': 'na' }))).not.toContain('many-unknowns')
    })

    it('says nothing before anything is answered', () => {
      expect(findingIds({})).toEqual([])
      expect(findingIds(allAt('na'))).toEqual([])
    })
  })

  describe('in-balance', () => {
    it('needs both sides at 60 or more and less than 10 points apart', () => {
      expect(finding('in-balance', allAt(4))?.values).toEqual({ product: 75, service: 75 })
      expect(finding('in-balance', allAt(5))?.values).toEqual({ product: 100, service: 100 })
      expect(findingIds(allAt(3))).not.toContain('in-balance')
      // explicit product questions at 5, explicit service questions at 3, `both` at 4:
      // product (5 × 5 + 11 × 4) ÷ 16 → 82.8; service (9 × 3 + 11 × 4) ÷ 20 → 63.75; 19 apart
      const sided: Answers = Object.fromEntries(
        allQuestions(set).flatMap((q): [string, Answer][] => (q.side === 'both' ? [] : [[q.id, q.side === 'product' ? 5 : 3]])),
      )
      const apart = scoreAssessment(allAt(4, sided), set).sides
      expect(apart.product).toBeCloseTo(82.8125, 9)
      expect(apart.service).toBeCloseTo(63.75, 9)
      expect(findingIds(allAt(4, sided))).not.toContain('in-balance')
    })
  })

  it('lists findings most pressing first, with the figures that show them', () => {
    // product side: solid 5, supply 5, channel 5, sponsor 1, home 1 → 17 ÷ 5 = 3.4 → 60
    // service side: anytime 1, expectations 1, sponsor 1, home 1 → 0
    // transformation: channel 5, expectations 1, home 1 → 7 ÷ 3 → 33.3
    const answers: Answers = {
      'decision-sponsor': 1,
      'culture-anytime': 1,
      'culture-solid': 5,
      'methods-supply': 5,
      'transformation-channel': 5,
      'transformation-expectations': 1,
      'transformation-home': 1,
    }
    const result = findings(answers)
    expect(result.map((f) => f.id)).toEqual([
      'no-sponsor',
      'chip-in-it',
      'service-behind',
      'nobody-at-night',
      'many-unknowns',
    ])
    const chip = result.find((f) => f.id === 'chip-in-it')!
    expect(chip.values.product).toBeCloseTo(60, 9)
    expect(chip.values.transformation).toBeCloseTo(100 / 3, 9)
    expect(result.find((f) => f.id === 'service-behind')?.values.gap).toBeCloseTo(60, 9)
    expect(result.find((f) => f.id === 'many-unknowns')?.values).toEqual({ answered: 7, total: 25 })
  })
})

describe('recommend', () => {
  // culture: judged 1, solid 3, anytime 2, convenience 5, understanding "don't know"
  // methods: nothing; transformation: offer 4; decision: all 1; integration: all 5
  const answers: Answers = {
    'culture-judged': 1,
    'culture-solid': 3,
    'culture-anytime': 2,
    'culture-convenience': 5,
    'culture-understanding': 'na',
    'transformation-offer': 4,
    'decision-sponsor': 1,
    'decision-finance': 1,
    'decision-service-goals': 1,
    'decision-product-goals': 1,
    'decision-staying-power': 1,
    'integration-ownership': 5,
    'integration-cycles': 5,
    'integration-operations': 5,
    'integration-parts': 5,
    'integration-evolution': 5,
  }

  it('suggests the lowest answers first, at most two a dimension, ties in questionnaire order', () => {
    expect(recommend(answers, set).map((r) => [r.dimension, r.questionId, r.level])).toEqual([
      ['culture', 'culture-judged', 1],
      ['culture', 'culture-anytime', 2],
      ['transformation', 'transformation-offer', 4],
      ['decision', 'decision-sponsor', 1],
      ['decision', 'decision-finance', 1],
    ])
  })

  it('aims at the next level, with the question’s words and advice', () => {
    const [first] = recommend(answers, set)
    const question = allQuestions(set).find((q) => q.id === 'culture-judged')!
    expect(first).toEqual({
      dimension: 'culture',
      questionId: 'culture-judged',
      question: question.text,
      level: 1,
      advice: question.advice,
      nextLevel:
        'Some managers mention customer satisfaction, but reviews of the service still ask only about margin.',
    })
    for (const r of recommend(answers, set)) {
      const q = allQuestions(set).find((x) => x.id === r.questionId)!
      // levels[level] is the text of level + 1, the level above the answer.
      expect(r.nextLevel).toBe(q.levels.at(r.level))
      expect(r.nextLevel).not.toBe(q.levels.at(r.level - 1))
    }
  })

  it('takes the number a dimension may have', () => {
    expect(recommend(answers, set, 1).map((r) => r.questionId)).toEqual([
      'culture-judged',
      'transformation-offer',
      'decision-sponsor',
    ])
  })

  it.each<[string, Answers]>([
    ['nothing answered', {}],
    ['everything "don\'t know"', allAt('na')],
    ['everything at level 5', allAt(5)],
  ])('has nothing to suggest for %s', (_what, given) => {
    expect(recommend(given, set)).toEqual([])
  })

  it('differs between two different sets of answers', () => {
    const other = allAt(5, { 'methods-speed': 2, 'integration-cycles': 3 })
    expect(recommend(other, set).map((r) => r.questionId)).toEqual(['methods-speed', 'integration-cycles'])
    expect(recommend(other, set)).not.toEqual(recommend(answers, set))
  })

  it('always picks a dimension’s lowest answers below 5', () => {
    const answer = fc.constantFrom<Answer>(1, 2, 3, 4, 5, 'na')
    const answersArb = fc.record(Object.fromEntries(ids.map((id) => [id, answer])), {
      requiredKeys: [],
      noNullPrototype: true,
    })
    fc.assert(
      fc.property(answersArb, (given) => {
        const recommendations = recommend(given, set)
        for (const dimension of set.dimensions) {
          const mine = recommendations.filter((r) => r.dimension === dimension.id)
          const open = dimension.questions.flatMap((q) => {
            const a = given[q.id]
            return a === undefined || a === 'na' || a === 5 ? [] : [a]
          })
          expect(mine).toHaveLength(Math.min(2, open.length))
          const levels = mine.map((r) => r.level)
          expect(levels).toEqual([...open].sort((a, b) => a - b).slice(0, 2))
          for (const r of mine) expect(given[r.questionId]).toBe(r.level)
        }
      }),
    )
  })
})
