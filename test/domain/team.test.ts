import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allQuestions, type Answer, type Answers, type QuestionSet } from '@/domain/questionSet'
import { QUESTION_SET_V1 } from '@/domain/questions.v1'
import { QUESTION_SET_V2 } from '@/domain/questions.v2'
import { scoreAssessment } from '@/domain/scoring'
import { median, summariseTeam, type TeamMember } from '@/domain/team'
import { answersFrom } from './answers'

const ids = allQuestions(QUESTION_SET_V2).map((q) => q.id)

/** A person from a pattern of 25 characters: 1–5 a level, `n` "don't know", `-` unanswered. */
function person(pattern: string, set: QuestionSet = QUESTION_SET_V2): TeamMember {
  const answers = answersFrom(pattern, allQuestions(set).map((q) => q.id))
  return { set, answers, score: scoreAssessment(answers, set) }
}

describe('median', () => {
  it.each([
    [[], null],
    [[40], 40],
    [[10, 30], 20],
    [[50, 10, 30], 30],
    [[0, 100, 25, 75], 50],
  ])('of %j is %j', (values, expected) => {
    expect(median(values)).toBe(expected)
  })

  it('lies between the lowest and the highest, and ignores order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 50 }), (values) => {
        const m = median(values)!
        expect(m).toBeGreaterThanOrEqual(Math.min(...values))
        expect(m).toBeLessThanOrEqual(Math.max(...values))
        expect(median([...values].reverse())).toBe(m)
      }),
    )
  })
})

describe('summariseTeam', () => {
  // Five people; culture answers only where written, the rest as given.
  const team = [
    person('11111 11111 11111 11111 11111'), // every dimension 0
    person('55555 55555 55555 55555 55555'), // every dimension 100
    person('33333 33333 33333 33333 33333'), // every dimension 50
    person('22222 44444 ----- nnnnn 33333'), // 25, 75, not assessed, not assessed, 50
    person('3---- ----- ----- ----- -----'), // culture 50 only
  ]
  const summary = summariseTeam(team)

  it('gives the median and range of each dimension, leaving out who is not assessed', () => {
    // culture: 0, 100, 50, 25, 50 → median 50, range 100
    expect(summary.dimensions.culture).toEqual({ median: 50, range: 100, count: 5 })
    // methods: 0, 100, 50, 75 → median (50 + 75) ÷ 2, range 100
    expect(summary.dimensions.methods).toEqual({ median: 62.5, range: 100, count: 4 })
    // transformation: 0, 100, 50 → 50
    expect(summary.dimensions.transformation).toEqual({ median: 50, range: 100, count: 3 })
    expect(summary.people).toBe(5)
  })

  it('takes the median of the people’s overall scores, not a score of medians', () => {
    // overall: 0, 100, 50, (25 + 75 + 50) ÷ 3 = 50, 50 → median 50
    expect(summary.overall).toEqual({ median: 50, range: 100, count: 5 })
    const two = summariseTeam([person('11111 11111 11111 11111 11111'), person('55555 ----- ----- ----- -----')])
    // overalls 0 and 100: median 50, though the median of each dimension would say otherwise
    expect(two.overall.median).toBe(50)
    expect(two.dimensions.methods.median).toBe(0)
  })

  it('lists questions answered two or more levels apart, widest first, then in questionnaire order', () => {
    const disagreements = summary.disagreements
    // Every question has 1 and 5 among its answers: range 4 throughout, in questionnaire order.
    expect(disagreements.map((d) => d.questionId)).toEqual(ids)
    expect(disagreements[0]).toEqual({
      questionSetVersion: 2,
      questionId: 'culture-margin',
      dimension: 'culture',
      range: 4,
      counts: { 1: 1, 2: 1, 3: 2, 4: 0, 5: 1 },
    })
    const narrow = summariseTeam([person('12-45 ----- ----- ----- -----'), person('32-15 ----- ----- ----- -----')])
    // culture-margin 1/3: 2; culture-durable 2/2: 0; culture-satisfaction 4/1: 3; culture-capacity 5/5: 0
    expect(narrow.disagreements.map((d) => [d.questionId, d.range])).toEqual([
      ['culture-satisfaction', 3],
      ['culture-margin', 2],
    ])
  })

  it('finds disagreement only among people who answered the same question set', () => {
    const mixed = summariseTeam([
      person('11111 11111 11111 11111 11111', QUESTION_SET_V1),
      person('55555 55555 55555 55555 55555', QUESTION_SET_V2),
    ])
    expect(mixed.disagreements).toEqual([])
    // Their dimension scores still compare.
    expect(mixed.dimensions.culture).toEqual({ median: 50, range: 100, count: 2 })
  })

  it('says nothing for nobody', () => {
    const empty = summariseTeam([])
    expect(empty.overall).toEqual({ median: null, range: null, count: 0 })
    expect(empty.disagreements).toEqual([])
  })

  it('holds for any team of up to 50: medians within the range, ranges never negative', () => {
    const answer = fc.constantFrom<Answer | undefined>(1, 2, 3, 4, 5, 'na', undefined)
    const member = fc.array(answer, { minLength: 25, maxLength: 25 }).map((row) => {
      const answers = Object.fromEntries(row.flatMap((a, i) => (a === undefined ? [] : [[ids[i]!, a]]))) as Answers
      return { set: QUESTION_SET_V2, answers, score: scoreAssessment(answers, QUESTION_SET_V2) }
    })
    fc.assert(
      fc.property(fc.array(member, { minLength: 1, maxLength: 50 }), (members) => {
        const s = summariseTeam(members)
        for (const spread of [s.overall, ...Object.values(s.dimensions), s.sides.product, s.sides.service]) {
          if (spread.median === null) continue
          expect(spread.range).toBeGreaterThanOrEqual(0)
        }
        for (let i = 1; i < s.disagreements.length; i++) {
          expect(s.disagreements[i - 1]!.range).toBeGreaterThanOrEqual(s.disagreements[i]!.range)
        }
        for (const d of s.disagreements) {
          expect(Object.values(d.counts).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(members.length)
        }
      }),
      { numRuns: 100 },
    )
  })
})
