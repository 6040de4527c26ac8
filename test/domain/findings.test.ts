import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findFindings, prioritise, type FindingId, type FindingOf } from '@/domain/findings'
import { projectLifetime } from '@/domain/lifetime'
import { computeMargins, EXAMPLE_LIFE, EXAMPLE_MARGIN_INPUT, type MarginInput } from '@/domain/margins'
import { allQuestions, type Answer, type Answers, type DimensionId, type QuestionSet } from '@/domain/questionSet'
import { QUESTION_SET_V1 } from '@/domain/questions.v1'
import { QUESTION_SET_V2 } from '@/domain/questions.v2'
import { QUESTION_SET_V3 } from '@/domain/questions.v3'
import { scoreAssessment } from '@/domain/scoring'
import { stepAdvice, wordsOf } from '@/i18n/results'

const set = QUESTION_SET_V2
const questions = allQuestions(set)
const ids = questions.map((q) => q.id)

function findings(answers: Answers, margins?: MarginInput, on: QuestionSet = set) {
  return findFindings(answers, on, scoreAssessment(answers, on), margins && { input: margins, result: computeMargins(margins) })
}

const findingIds = (answers: Answers, margins?: MarginInput, on: QuestionSet = set) =>
  findings(answers, margins, on).map((f) => f.id)

function finding<Id extends FindingId>(id: Id, answers: Answers, margins?: MarginInput): FindingOf<Id> | undefined {
  return findings(answers, margins).find((f): f is FindingOf<Id> => f.id === id)
}

/** Every question answered with the same level, then some answers overridden. */
function allAt(level: Answer, overrides: Answers = {}): Answers {
  return { ...Object.fromEntries(ids.map((id) => [id, level])), ...overrides }
}

/** Every question answered by its side. */
function bySide(levels: Record<'product' | 'service' | 'both', Answer>, on: QuestionSet = set): Answers {
  return Object.fromEntries(allQuestions(on).map((q) => [q.id, levels[q.side]]))
}

/** The first `count` questions answered at `level`, the rest not answered (or at `rest`). */
function firstAnswered(count: number, level: Answer, rest?: Answer): Answers {
  return Object.fromEntries(ids.flatMap((id, i) => (i < count ? [[id, level]] : rest ? [[id, rest]] : [])))
}

/** Three product questions at `product` and three service questions at `service`. */
function threeEach(product: Answer, service: Answer): Answers {
  return {
    'culture-margin': product,
    'culture-durable': product,
    'methods-supply': product,
    'culture-anytime': service,
    'culture-satisfaction': service,
    'culture-capacity': service,
  }
}

/** The example's figures with another number of subscribers. */
const withSubscribers = (subscribers: number): MarginInput => ({
  ...EXAMPLE_MARGIN_INPUT,
  service: { ...EXAMPLE_MARGIN_INPUT.service, subscribers },
})

describe('findFindings on question set 2', () => {
  it.each<[FindingId, string, Answers, Answers]>([
    ['no-sponsor', 'risk', { 'decision-sponsor': 2 }, { 'decision-sponsor': 3 }],
    ['service-judged-on-money', 'risk', { 'decision-service-goals': 2 }, { 'decision-service-goals': 3 }],
    ['hardware-margin-expected', 'risk', { 'decision-finance': 2 }, { 'decision-finance': 3 }],
    ['chip-in-it', 'risk', { 'transformation-sell': 2 }, { 'transformation-sell': 3 }],
    ['service-behind', 'risk', threeEach(5, 1), threeEach(1, 5)],
    ['product-behind', 'risk', threeEach(1, 5), threeEach(5, 1)],
    ['nobody-at-night', 'risk', { 'culture-anytime': 2 }, { 'culture-anytime': 3 }],
    ['managed-apart', 'risk', { 'integration-ownership': 2 }, { 'integration-ownership': 3 }],
    ['hardware-method', 'risk', { 'methods-fit': 2 }, { 'methods-fit': 3 }],
    ['first-to-be-cut', 'risk', { 'decision-staying-power': 2 }, { 'decision-staying-power': 3 }],
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
    ['hardware-method', 'methods-fit'],
    ['first-to-be-cut', 'decision-staying-power'],
  ])('%s: triggers at levels 1 and 2, with the level; not at 3–5, "don\'t know" or unanswered', (id, questionId) => {
    expect(finding(id, { [questionId]: 1 })).toMatchObject({ level: 1 })
    expect(finding(id, { [questionId]: 2 })).toMatchObject({ level: 2 })
    for (const answer of [3, 4, 5, 'na'] as const) expect(findingIds({ [questionId]: answer })).not.toContain(id)
    expect(findingIds({})).not.toContain(id)
  })

  describe('the archetypes', () => {
    it('a classic hardware company (product at 4, service at 1, both at 2) has its service side 50+ points behind', () => {
      const answers = bySide({ product: 4, service: 1, both: 2 })
      const { sides } = scoreAssessment(answers, set)
      // product: all at 4 → 75; service: all at 1 → 0; `both` counts for neither
      expect(sides).toEqual({ product: 75, service: 0 })
      expect(sides.product! - sides.service!).toBeGreaterThanOrEqual(50)
      expect(finding('service-behind', answers)).toEqual({ id: 'service-behind', tone: 'risk', product: 75, service: 0, gap: 75 })
    })

    it('the same company on question set 1 barely showed a gap: the reason for set 2', () => {
      const answers = bySide({ product: 4, service: 1, both: 2 }, QUESTION_SET_V1)
      const { sides } = scoreAssessment(answers, QUESTION_SET_V1)
      // product: 4 × 5 + 11 × 2 over 16 → 40.6; service: 9 × 1 + 11 × 2 over 20 → 13.75
      expect(sides.product! - sides.service!).toBeCloseTo(26.875, 9)
      expect(sides.product! - sides.service!).toBeLessThan(50)
    })

    it('chip-in-it shows whenever transformation is assessed and below 40, and only then', () => {
      const answerArb = fc.constantFrom<Answer | undefined>(1, 2, 3, 4, 5, 'na', undefined)
      const answersArb = fc
        .tuple(...ids.map(() => answerArb))
        .map((row) => Object.fromEntries(row.flatMap((a, i) => (a === undefined ? [] : [[ids[i]!, a]]))) as Answers)
      fc.assert(
        fc.property(answersArb, (answers) => {
          const transformation = scoreAssessment(answers, set).dimensions.find((d) => d.id === 'transformation')!.score
          const expected = transformation !== null && Math.round(transformation * 1e9) / 1e9 < 40
          expect(findingIds(answers).includes('chip-in-it')).toBe(expected)
        }),
      )
    })

    it('chip-in-it carries the product side when there is one', () => {
      const answers = bySide({ product: 4, service: 1, both: 2 })
      // transformation: dealers, sell, payment, competitor at 2 (both), convenience at 1 (service) → 9 ÷ 5 − 1 = 0.8 → 20
      expect(finding('chip-in-it', answers)).toEqual({
        id: 'chip-in-it',
        tone: 'risk',
        transformation: 20,
        product: 75,
        // Named in questionnaire order, with the level each was answered at.
        low: [
          { questionId: 'transformation-sell', level: 2 },
          { questionId: 'transformation-payment', level: 2 },
          { questionId: 'transformation-convenience', level: 1 },
          { questionId: 'transformation-competitor', level: 2 },
          { questionId: 'transformation-dealers', level: 2 },
        ],
      })
      expect(finding('chip-in-it', { 'transformation-sell': 1 })).toMatchObject({ transformation: 0, product: null })
    })

    it('transformation at exactly 40 is not a chip in it', () => {
      const at40 = {
        'transformation-sell': 3,
        'transformation-payment': 3,
        'transformation-convenience': 3,
        'transformation-competitor': 2,
        'transformation-dealers': 2,
      } as const
      expect(scoreAssessment(at40, set).dimensions[2]?.score).toBeCloseTo(40, 9)
      expect(finding('chip-in-it', at40)).toBeUndefined()
      expect(finding('chip-in-it', { ...at40, 'transformation-dealers': 1 })).toMatchObject({ transformation: 35 })
    })
  })

  describe('the margins in the findings', () => {
    const answers = { 'decision-service-goals': 1, 'decision-finance': 1 } as const

    it('a service below 0 % is a loss', () => {
      // The example's service margin is −216 880 ÷ 301 680 = −72 %.
      const margin = finding('service-judged-on-money', answers, EXAMPLE_MARGIN_INPUT)?.margin
      expect(margin?.kind).toBe('loss')
      expect(margin?.serviceMarginPct).toBeCloseTo((-216_880 / 301_680) * 100, 9)
      expect(margin?.productMarginPct).toBeCloseTo((4_620_000 / 16_380_000) * 100, 9)
      expect(finding('hardware-margin-expected', answers, EXAMPLE_MARGIN_INPUT)?.margin?.kind).toBe('loss')
    })

    it('0 to under 10 % is thin, 10 % and more healthy', () => {
      // 13 000 subscribers: revenue 653 640, cost 238 680 + 408 400 = 647 080 → 1.0 %
      expect(finding('service-judged-on-money', answers, withSubscribers(13_000))?.margin?.kind).toBe('thin')
      // 20 000 subscribers: revenue 1 005 600, cost 367 200 + 408 400 → 22.9 %
      const healthy = finding('service-judged-on-money', answers, withSubscribers(20_000))?.margin
      expect(healthy?.kind).toBe('healthy')
      expect(healthy?.serviceMarginPct).toBeCloseTo((230_000 / 1_005_600) * 100, 9)
    })

    it('a margin of exactly 0 % is thin, not a loss', () => {
      // fixed cost 0, fee equal to the cost to serve: revenue = cost
      const even: MarginInput = { ...EXAMPLE_MARGIN_INPUT, service: { monthlyFee: 3, monthlyCostToServe: 3, subscribers: 10, fixedCostPerYear: 0 } }
      expect(finding('service-judged-on-money', answers, even)?.margin?.kind).toBe('thin')
    })

    it('carries no margin without margins, or when the service has no revenue', () => {
      expect(finding('service-judged-on-money', answers)?.margin).toBeNull()
      expect(finding('service-judged-on-money', answers, withSubscribers(0))?.margin).toBeNull()
    })
  })

  describe('loss-without-staying-power', () => {
    const answers = { 'decision-staying-power': 2 } as const

    it('needs a loss-making service and a service that is cut first', () => {
      expect(finding('loss-without-staying-power', answers, EXAMPLE_MARGIN_INPUT)).toEqual({
        id: 'loss-without-staying-power',
        tone: 'risk',
        level: 2,
        serviceMarginPct: computeMargins(EXAMPLE_MARGIN_INPUT).service.marginPct,
        subscribers: 6000,
        breakEvenSubscribers: 12_795,
        turn: null,
      })
      expect(computeMargins(EXAMPLE_MARGIN_INPUT).service.marginPct).toBeCloseTo((-216_880 / 301_680) * 100, 9)
      // It takes the place of first-to-be-cut, which says the same without the money.
      expect(findingIds(answers, EXAMPLE_MARGIN_INPUT)).not.toContain('first-to-be-cut')
      expect(findingIds(answers, withSubscribers(20_000))).toContain('first-to-be-cut')
    })

    it.each<[string, Answers, MarginInput | undefined]>([
      ['no margins', answers, undefined],
      ['a service past break-even', answers, withSubscribers(20_000)],
      ['staying power at level 3', { 'decision-staying-power': 3 }, EXAMPLE_MARGIN_INPUT],
      ['staying power not answered', {}, EXAMPLE_MARGIN_INPUT],
    ])('not with %s', (_what, given, margins) => {
      expect(findingIds(given, margins)).not.toContain('loss-without-staying-power')
    })

    it('with the product’s life, says from which year the service pays its way', () => {
      const input = { ...EXAMPLE_MARGIN_INPUT, product: { ...EXAMPLE_MARGIN_INPUT.product, fixedCostPerYear: 1_500_000 } }
      const seen = { input, result: computeMargins(input), projection: projectLifetime(input, EXAMPLE_LIFE) }
      const found = findFindings(answers, set, scoreAssessment(answers, set), seen)
      expect(found.find((f) => f.id === 'loss-without-staying-power')).toMatchObject({ turn: { paysYear: 6, horizonYears: 10 } })
    })

    it('counts a service with no subscribers yet, which loses its whole fixed cost', () => {
      expect(finding('loss-without-staying-power', answers, withSubscribers(0))).toMatchObject({
        serviceMarginPct: null,
        subscribers: 0,
        breakEvenSubscribers: 12_795,
      })
    })

    it('says when no number of subscribers ends the loss', () => {
      const feeBelowCost: MarginInput = { ...EXAMPLE_MARGIN_INPUT, service: { ...EXAMPLE_MARGIN_INPUT.service, monthlyFee: 1 } }
      expect(finding('loss-without-staying-power', answers, feeBelowCost)?.breakEvenSubscribers).toBeNull()
    })
  })

  describe('side gaps', () => {
    it('a gap of exactly 25 points is out of balance', () => {
      expect(finding('service-behind', threeEach(3, 2))).toMatchObject({ product: 50, service: 25, gap: 25 })
      expect(finding('product-behind', threeEach(2, 3))).toMatchObject({ product: 25, service: 50, gap: 25 })
    })

    it('a gap of 16.7 points is not', () => {
      const found = findingIds({ ...threeEach(3, 2), 'culture-capacity': 3 })
      expect(found).not.toContain('service-behind')
      expect(found).not.toContain('product-behind')
    })

    it('needs at least three answers on each side: one answer against one is no evidence', () => {
      expect(findingIds({ 'culture-durable': 5, 'culture-anytime': 1 })).not.toContain('service-behind')
      expect(findingIds({ ...threeEach(5, 1), 'culture-capacity': 'na' })).not.toContain('service-behind')
      expect(findingIds({ ...threeEach(5, 1), 'culture-capacity': 'na', 'methods-response': 1 })).toContain('service-behind')
    })

    it('questions about both count for neither side', () => {
      expect(scoreAssessment({ 'methods-fit': 1 }, set).sides).toEqual({ product: null, service: null })
      expect(findingIds({ ...threeEach(4, 4), 'methods-fit': 1, 'decision-finance': 1 })).not.toContain('service-behind')
    })
  })

  describe('many-unknowns', () => {
    it('counts "don\'t know" as unknown', () => {
      expect(finding('many-unknowns', firstAnswered(14, 4, 'na'))).toMatchObject({ answered: 14, total: 25 })
      expect(findingIds(allAt(4, { 'culture-anytime': 'na' }))).not.toContain('many-unknowns')
    })

    it('says nothing before anything is answered', () => {
      expect(findingIds({})).toEqual([])
      expect(findingIds(allAt('na'))).toEqual([])
    })
  })

  describe('in-balance', () => {
    it('needs both sides at 60 or more and less than 10 points apart', () => {
      expect(finding('in-balance', allAt(4))).toMatchObject({ product: 75, service: 75 })
      expect(findingIds(allAt(3))).not.toContain('in-balance')
      // product 100, service 75: 25 apart
      expect(findingIds(bySide({ product: 5, service: 4, both: 4 }))).not.toContain('in-balance')
    })
  })

  it('lists findings most pressing first', () => {
    const answers = allAt(4, {
      'decision-sponsor': 1,
      'decision-staying-power': 1,
      'culture-anytime': 1,
      'methods-fit': 2,
      'transformation-sell': 1,
      'transformation-payment': 1,
      'transformation-competitor': 1,
    })
    expect(findingIds(answers, EXAMPLE_MARGIN_INPUT)).toEqual([
      'no-sponsor',
      'loss-without-staying-power',
      'chip-in-it',
      'nobody-at-night',
      'hardware-method',
      // product 75, service (7 × 4 + 1) ÷ 8 → 65.6: a strength comes last
      'in-balance',
    ])
  })
})

describe('findFindings on question set 1', () => {
  it('reads set 1 by its own rules: `both` counts for both sides', () => {
    const answers = { 'culture-solid': 3, 'decision-sponsor': 1, 'culture-judged': 3 } as const
    // product: solid 3, sponsor 1 → 25; service: judged 3, sponsor 1 → 25
    expect(scoreAssessment(answers, QUESTION_SET_V1).sides).toEqual({ product: 25, service: 25 })
    expect(findingIds(answers, undefined, QUESTION_SET_V1)).toEqual(['no-sponsor', 'many-unknowns'])
  })
})

/** The essay's order of necessity: what has to be in place before the rest can hold. */
const NECESSITY: readonly DimensionId[] = ['decision', 'transformation', 'culture', 'integration', 'methods']

describe('prioritise', () => {
  it('reads the order of necessity from the set: sets 1 and 2 keep the essay’s', () => {
    expect(QUESTION_SET_V1.necessityOrder).toEqual(NECESSITY)
    expect(QUESTION_SET_V2.necessityOrder).toEqual(NECESSITY)
    const answers = allAt(5, { 'methods-fit': 2, 'decision-finance': 2 })
    expect(prioritise(answers, set).map((s) => s.questionId)).toEqual(['decision-finance', 'methods-fit'])
    const methodsFirst: QuestionSet = { ...set, necessityOrder: ['methods', 'integration', 'culture', 'transformation', 'decision'] }
    expect(prioritise(answers, methodsFirst).map((s) => s.questionId)).toEqual(['methods-fit', 'decision-finance'])
  })

  it('puts decision-sponsor first when it is at 1 and everything else at 4', () => {
    const steps = prioritise(allAt(4, { 'decision-sponsor': 1 }), set)
    expect(steps[0]?.questionId).toBe('decision-sponsor')
    expect(steps).toHaveLength(25)
  })

  it('puts decision-sponsor at 2 ahead of lower answers elsewhere, but not at 3', () => {
    const answers = allAt(4, { 'decision-sponsor': 2, 'methods-supply': 1, 'culture-margin': 1 })
    expect(prioritise(answers, set).slice(0, 3).map((s) => s.questionId)).toEqual(['decision-sponsor', 'culture-margin', 'methods-supply'])
    const atThree = allAt(4, { 'decision-sponsor': 3, 'methods-supply': 1 })
    expect(prioritise(atThree, set).slice(0, 2).map((s) => s.questionId)).toEqual(['methods-supply', 'decision-sponsor'])
  })

  it('orders equal levels by the essay’s order of necessity, then the questionnaire', () => {
    const answers = allAt(5, {
      'methods-fit': 2,
      'culture-anytime': 2,
      'integration-cycles': 2,
      'transformation-dealers': 2,
      'decision-finance': 2,
      'decision-staying-power': 2,
      'culture-margin': 2,
    })
    expect(prioritise(answers, set).map((s) => s.questionId)).toEqual([
      'decision-staying-power',
      'decision-finance',
      'transformation-dealers',
      'culture-margin',
      'culture-anytime',
      'integration-cycles',
      'methods-fit',
    ])
  })

  it('leaves out level 5, "don\'t know" and unanswered questions', () => {
    expect(prioritise({}, set)).toEqual([])
    expect(prioritise(allAt(5), set)).toEqual([])
    expect(prioritise(allAt('na', { 'methods-supply': 3 }), set).map((s) => s.questionId)).toEqual(['methods-supply'])
  })

  it('follows the rules on any answers', () => {
    const answerArb = fc.constantFrom<Answer | undefined>(1, 2, 3, 4, 5, 'na', undefined)
    const answersArb = fc
      .tuple(...ids.map(() => answerArb))
      .map((row) => Object.fromEntries(row.flatMap((a, i) => (a === undefined ? [] : [[ids[i]!, a]]))) as Answers)
    fc.assert(
      fc.property(answersArb, (answers) => {
        const steps = prioritise(answers, set)
        const open = ids.filter((id) => typeof answers[id] === 'number' && answers[id] !== 5)
        expect(steps.map((s) => s.questionId).sort()).toEqual([...open].sort())
        const key = (id: string) => {
          const level = answers[id] as number
          const dimension = questions.find((q) => q.id === id)!.id.split('-')[0] as DimensionId
          return [id === 'decision-sponsor' && level <= 2 ? 0 : 1, level, NECESSITY.indexOf(dimension), ids.indexOf(id)]
        }
        for (let i = 1; i < steps.length; i++) {
          const [a, b] = [key(steps[i - 1]!.questionId), key(steps[i]!.questionId)]
          const cmp = a.findIndex((x, j) => x !== b[j])
          expect(cmp >= 0 && a[cmp]! < b[cmp]!, `${steps[i - 1]!.questionId} before ${steps[i]!.questionId}`).toBe(true)
        }
      }),
    )
  })

  it('names the question, its dimension and the level answered; sets 1 and 2 name no one to move first', () => {
    for (const level of [1, 2, 3, 4] as const) {
      const [step] = prioritise({ 'culture-satisfaction': level }, set)
      expect(step).toEqual({ dimension: 'culture', questionId: 'culture-satisfaction', level, owner: null })
    }
    expect(prioritise({ 'culture-judged': 2 }, QUESTION_SET_V1)).toEqual([
      { dimension: 'culture', questionId: 'culture-judged', level: 2, owner: null },
    ])
  })

  it('gives two people at different levels on the same question different advice', () => {
    for (const question of questions) {
      const texts = ([1, 2, 3, 4] as const).map((level) => {
        const step = prioritise({ [question.id]: level }, set)[0]!
        return stepAdvice(wordsOf(set, step.questionId), step.level)
      })
      expect(new Set(texts).size, question.id).toBe(4)
      expect(texts).toEqual(wordsOf(set, question.id).advice)
    }
  })

  it('on set 1, shows set 1’s one advice text', () => {
    const [step] = prioritise({ 'culture-judged': 2 }, QUESTION_SET_V1)
    const words = wordsOf(QUESTION_SET_V1, 'culture-judged')
    expect(stepAdvice(words, step!.level)).toBe(words.advice)
    expect(typeof words.advice).toBe('string')
  })
})

describe('question set 3', () => {
  const v3 = QUESTION_SET_V3
  const v3Ids = allQuestions(v3).map((q) => q.id)

  it('still shows a hardware-strong company (product 4, service 1, both 2) a gap of 50 or more, with service-behind', () => {
    const answers = bySide({ product: 4, service: 1, both: 2 }, v3)
    const score = scoreAssessment(answers, v3)
    expect(score.sides).toEqual({ product: 75, service: 0 })
    expect(findingIds(answers, undefined, v3)).toContain('service-behind')
  })

  it('names only the transformation questions that are actually low in "a chip in it"', () => {
    const answers = { 'transformation-sell': 3, 'transformation-payment': 1, 'transformation-convenience': 2, 'transformation-competitor': 3, 'transformation-evolution': 3 } as const
    const chip = findings(answers, undefined, v3).find((f) => f.id === 'chip-in-it')
    expect(chip).toMatchObject({
      transformation: 35,
      low: [
        { questionId: 'transformation-payment', level: 1 },
        { questionId: 'transformation-convenience', level: 2 },
      ],
    })
  })

  it('orders equal levels: decision, culture, methods, integration, transformation, then the questionnaire', () => {
    const answers = Object.fromEntries(v3Ids.map((id) => [id, 5])) as Record<string, Answer>
    for (const id of ['transformation-sell', 'integration-parts', 'methods-fit', 'culture-anytime', 'decision-finance', 'culture-margin']) answers[id] = 2
    expect(prioritise(answers, v3).map((s) => s.questionId)).toEqual([
      'decision-finance',
      'culture-margin',
      'culture-anytime',
      'methods-fit',
      'integration-parts',
      'transformation-sell',
    ])
  })

  it('keeps decision-sponsor at 1 or 2 first, ahead of lower answers elsewhere', () => {
    const answers = { ...Object.fromEntries(v3Ids.map((id) => [id, 4])), 'decision-sponsor': 2, 'culture-anytime': 1 } as Answers
    expect(prioritise(answers, v3).slice(0, 2).map((s) => s.questionId)).toEqual(['decision-sponsor', 'culture-anytime'])
  })

  it('names who moves first as set 3 says: the sponsor question and night cover, step by step', () => {
    const owners = (id: string) => ([1, 2, 3, 4] as const).map((level) => prioritise({ [id]: level }, v3)[0]?.owner)
    expect(owners('decision-sponsor')).toEqual(['service-lead', 'product-lead', 'senior-sponsor', 'senior-sponsor'])
    expect(owners('culture-anytime')).toEqual(['service-lead', 'people-lead', 'service-lead', 'product-lead'])
  })

  it('names who moves first on every step, the role the question set gives that step', () => {
    for (const question of allQuestions(v3)) {
      for (const level of [1, 2, 3, 4] as const) {
        const [step] = prioritise({ [question.id]: level }, v3)
        expect(step?.owner).toBe(question.owners?.[level - 1])
        expect(step?.owner).toEqual(expect.any(String))
      }
    }
  })
})
