import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allQuestions, LEVELS, type Answer, type Answers, type Level } from '@/domain/questionSet'
import { QUESTION_SET_V1 } from '@/domain/questions.v1'
import { levelForScore, scoreAssessment, scoreQuestions } from '@/domain/scoring'
import { t } from '@/i18n/results'
import { answersFrom as sharedAnswersFrom } from './answers'

const set = QUESTION_SET_V1
const questions = allQuestions(set)
const ids = questions.map((q) => q.id)

/** Answers from a pattern in questionnaire order: see ./answers. */
const answersFrom = (pattern: string) => sharedAnswersFrom(pattern, ids)

/*
 * An independent reference, written from PRODUCT.md's "Scoring" section. Scores are kept as
 * exact fractions (numerator / denominator) so that levels can be read without rounding error.
 */
interface Fraction {
  num: number
  den: number
}

/** (mean level − 1) ÷ 4 × 100 = 25 × (sum − n) ÷ n, or null when nothing is answered. */
function referenceScore(levels: number[]): Fraction | null {
  if (levels.length === 0) return null
  const sum = levels.reduce((a, b) => a + b, 0)
  return { num: 25 * (sum - levels.length), den: levels.length }
}

/** The mean of fractions whose denominators are 1–5 (so 60 is a common multiple). */
function referenceMean(scores: Fraction[]): Fraction | null {
  if (scores.length === 0) return null
  return { num: scores.reduce((sum, s) => sum + s.num * (60 / s.den), 0), den: 60 * scores.length }
}

function referenceLevel(score: Fraction): Level {
  for (const [threshold, level] of [[20, 1], [40, 2], [60, 3], [80, 4]] as const) {
    if (score.num < threshold * score.den) return level
  }
  return 5
}

function onThreshold(score: Fraction): boolean {
  return [20, 40, 60, 80].some((t) => score.num === t * score.den)
}

function levelsOf(answers: Answers, questionIds: string[]): number[] {
  return questionIds.flatMap((id) => {
    const answer = answers[id]
    return answer === undefined || answer === 'na' ? [] : [answer]
  })
}

function reference(answers: Answers) {
  const dimensions = set.dimensions.map((d) => referenceScore(levelsOf(answers, d.questions.map((q) => q.id))))
  const side = (name: 'product' | 'service') =>
    referenceScore(levelsOf(answers, questions.filter((q) => q.side === name || q.side === 'both').map((q) => q.id)))
  const answered = levelsOf(answers, ids).length
  return {
    dimensions,
    overall: referenceMean(dimensions.filter((d): d is Fraction => d !== null)),
    product: side('product'),
    service: side('service'),
    answered,
    coverage: answered / 25,
  }
}

const value = (f: Fraction | null) => (f === null ? null : f.num / f.den)

describe('levelForScore', () => {
  it.each([
    [0, 1],
    [19.99, 1],
    [19.999999, 1],
    [20, 2],
    [39.99, 2],
    [40, 3],
    [59.99, 3],
    [60, 4],
    [79.99, 4],
    [80, 5],
    [99.99, 5],
    [100, 5],
  ])('score %d is level %i', (score, level) => {
    expect(levelForScore(score)).toBe(level)
  })

  it('names every level', () => {
    expect(LEVELS.map((l) => t.levels[l])).toEqual(['Absent', 'Ad hoc', 'Defined', 'Measured', 'Integrated'])
  })
})

describe('scoreQuestions', () => {
  const culture = set.dimensions[0]!.questions

  it.each<[string, Answers, number | null]>([
    ['nothing answered', {}, null],
    ['only "don\'t know"', { 'culture-judged': 'na', 'culture-solid': 'na' }, null],
    ['one level 1', { 'culture-judged': 1 }, 0],
    ['one level 5', { 'culture-judged': 5 }, 100],
    ['levels 2 and 3', { 'culture-judged': 2, 'culture-solid': 3 }, 37.5],
    ['levels 2 and 3 and a "don\'t know"', { 'culture-judged': 2, 'culture-solid': 3, 'culture-anytime': 'na' }, 37.5],
    ['levels 1, 2, 2', { 'culture-judged': 1, 'culture-solid': 2, 'culture-anytime': 2 }, (100 / 3) * 0.5],
    ['an answer to a question of another dimension', { 'methods-supply': 5 }, null],
  ])('%s', (_what, answers, expected) => {
    const score = scoreQuestions(answers, culture)
    if (expected === null) expect(score).toBeNull()
    else expect(score).toBeCloseTo(expected, 10)
  })
})

describe('scoreAssessment', () => {
  it('nothing answered: no dimension assessed, no overall, no sides, coverage 0', () => {
    const score = scoreAssessment({}, set)
    expect(score.dimensions.map((d) => [d.id, d.score, d.level, d.answered, d.total])).toEqual([
      ['culture', null, null, 0, 5],
      ['methods', null, null, 0, 5],
      ['transformation', null, null, 0, 5],
      ['decision', null, null, 0, 5],
      ['integration', null, null, 0, 5],
    ])
    expect(score.overall).toBeNull()
    expect(score.overallLevel).toBeNull()
    expect(score.sides).toEqual({ product: null, service: null })
    expect([score.answered, score.total, score.coverage]).toEqual([0, 25, 0])
  })

  it('everything "don\'t know" scores exactly like nothing answered', () => {
    expect(scoreAssessment(answersFrom('n'.repeat(25)), set)).toEqual(scoreAssessment({}, set))
  })

  it.each<[Level, number]>([
    [5, 100],
    [1, 0],
    [3, 50],
  ])('everything at level %i scores %d everywhere', (level, expected) => {
    const score = scoreAssessment(answersFrom(String(level).repeat(25)), set)
    for (const d of score.dimensions) expect([d.score, d.level, d.answered]).toEqual([expected, level, 5])
    expect([score.overall, score.overallLevel]).toEqual([expected, level])
    expect(score.sides).toEqual({ product: expected, service: expected })
    expect(score.coverage).toBe(1)
  })

  it('a dimension without answers is "not assessed" and left out of the overall mean', () => {
    // culture 5 5 5 5 5 → 100, methods not answered, transformation 1 1 1 1 1 → 0,
    // decision 3 3 3 3 3 → 50, integration "don't know" throughout → not assessed.
    const score = scoreAssessment(answersFrom('55555 ----- 11111 33333 nnnnn'), set)
    expect(score.dimensions.map((d) => d.score)).toEqual([100, null, 0, 50, null])
    expect(score.dimensions.map((d) => d.level)).toEqual([5, null, 1, 3, null])
    expect(score.overall).toBe(50)
    expect(score.overallLevel).toBe(3)
    expect(score.answered).toBe(15)
    expect(score.coverage).toBeCloseTo(15 / 25, 12)
  })

  it('a mixed pattern, worked by hand from the formula', () => {
    // culture 2 3 1 4 2: mean 2.4 → (2.4 − 1) ÷ 4 × 100 = 35
    // methods 3 n 4 - 5: mean 4 → 75
    // transformation 1 2 - - -: mean 1.5 → 12.5
    // decision 4 4 5 3 4: mean 4 → 75
    // integration 2 - - - -: mean 2 → 25
    // overall (35 + 75 + 12.5 + 75 + 25) ÷ 5 = 44.5 → level 3
    const score = scoreAssessment(answersFrom('23142 3n4-5 12--- 44534 2----'), set)
    expect(score.dimensions.map((d) => d.score)).toEqual([35, 75, 12.5, 75, 25])
    expect(score.dimensions.map((d) => d.level)).toEqual([2, 4, 1, 4, 2])
    expect(score.dimensions.map((d) => d.answered)).toEqual([5, 3, 2, 5, 1])
    expect(score.overall).toBeCloseTo(44.5, 10)
    expect(score.overallLevel).toBe(3)
    expect(score.answered).toBe(16)
    expect(score.coverage).toBeCloseTo(16 / 25, 12)
  })

  it('side scores: `both` questions count for each side, `product` and `service` only for their own', () => {
    // culture-judged (service) 1, culture-solid (product) 5, culture-convenience (both) 3.
    // product side: 5 and 3 → mean 4 → 75; service side: 1 and 3 → mean 2 → 25.
    const score = scoreAssessment({ 'culture-judged': 1, 'culture-solid': 5, 'culture-convenience': 3 }, set)
    expect(score.sides).toEqual({ product: 75, service: 25 })
  })

  it('a side with only "both" questions answered has the same score on each side', () => {
    const score = scoreAssessment({ 'culture-convenience': 4, 'methods-fit': 2 }, set)
    expect(score.sides).toEqual({ product: 50, service: 50 })
  })

  it('a side with nothing of its own answered is null while the other side has a score', () => {
    const score = scoreAssessment({ 'culture-judged': 4, 'methods-response': 2 }, set)
    expect(score.sides).toEqual({ product: null, service: 50 })
  })

  it('coverage counts answers, not "don\'t know"', () => {
    const score = scoreAssessment(answersFrom('12345 nnnnn ----- 5n--- 1----'), set)
    expect(score.answered).toBe(7)
    expect(score.coverage).toBeCloseTo(7 / 25, 12)
  })

  it('ignores answers to questions the set does not have', () => {
    expect(scoreAssessment({ 'no-such-question': 5 }, set)).toEqual(scoreAssessment({}, set))
  })

  /*
   * The mean of the dimension scores is mathematically exactly 20, 40, 60 or 80 here, so the
   * level is the higher one. Adding 100/3-style floating-point scores can land a hair below
   * the threshold (e.g. 19.999999999999996), which would show "20" with level 1.
   */
  it.each<[string, string, number, Level]>([
    ['20', '11111 11111 11111 11122 55544', 20, 2],
    ['40', '11111 11111 11133 55544 55544', 40, 3],
    ['60', '11111 32222 55544 55544 55544', 60, 4],
    ['80', '32222 55544 55544 55544 55555', 80, 5],
  ])('an overall score of exactly %s gets the level above the threshold', (_what, pattern, overall, level) => {
    const answers = answersFrom(pattern)
    const exact = reference(answers).overall
    expect(exact).toEqual({ num: overall * exact!.den, den: exact!.den })
    const score = scoreAssessment(answers, set)
    expect(score.overall).toBeCloseTo(overall, 9)
    expect(score.overallLevel).toBe(level)
  })

  it('agrees with an independent reference on random answer sets', () => {
    const answer = fc.constantFrom<Answer>(1, 2, 3, 4, 5, 'na')
    const answersArb = fc.record(Object.fromEntries(ids.map((id) => [id, answer])), {
      requiredKeys: [],
      noNullPrototype: true,
    })
    fc.assert(
      fc.property(answersArb, (answers) => {
        const score = scoreAssessment(answers, set)
        const ref = reference(answers)
        score.dimensions.forEach((d, i) => {
          const expected = ref.dimensions[i] ?? null
          expect(d.score === null).toBe(expected === null)
          if (expected === null) return
          expect(d.score).toBeCloseTo(value(expected)!, 9)
          // A dimension's score has at most five answers behind it and lands on thresholds exactly.
          expect(d.level).toBe(referenceLevel(expected))
          expect(d.answered).toBe(levelsOf(answers, set.dimensions[i]!.questions.map((q) => q.id)).length)
        })
        for (const side of ['product', 'service'] as const) {
          const expected = ref[side]
          if (expected === null) expect(score.sides[side]).toBeNull()
          else expect(score.sides[side]).toBeCloseTo(value(expected)!, 9)
        }
        if (ref.overall === null) {
          expect(score.overall).toBeNull()
          expect(score.overallLevel).toBeNull()
        } else {
          expect(score.overall).toBeCloseTo(value(ref.overall)!, 9)
          expect(score.overallLevel).toBe(levelForScore(score.overall!))
          // Scores exactly on a threshold are the table above (a known floating-point case).
          if (!onThreshold(ref.overall)) expect(score.overallLevel).toBe(referenceLevel(ref.overall))
        }
        expect(score.answered).toBe(ref.answered)
        expect(score.total).toBe(25)
        expect(score.coverage).toBeCloseTo(ref.coverage, 12)
      }),
      { numRuns: 2000 },
    )
  })
})
