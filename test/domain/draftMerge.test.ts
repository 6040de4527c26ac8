import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { mergeDrafts, sameDraft, type DraftClock } from '@/domain/draftMerge'
import type { Answer } from '@/domain/questionSet'

const ids = ['culture-margin', 'culture-durable', 'methods-fit', 'decision-sponsor']
const answerArb = fc.constantFrom<Answer>(1, 2, 3, 4, 5, 'na')

/** A tab's draft: a start, and answers each given at or after it (or saved without a time). */
const draftArb: fc.Arbitrary<DraftClock> = fc
  .record({ questionSetVersion: fc.constantFrom(2, 3), startedAt: fc.integer({ min: 0, max: 20 }) })
  .chain(({ questionSetVersion, startedAt }) =>
    fc
      .dictionary(fc.constantFrom(...ids), fc.record({ answer: answerArb, at: fc.option(fc.integer({ min: startedAt, max: 30 })) }))
      .map((given) => ({
        questionSetVersion,
        startedAt,
        answers: Object.fromEntries(Object.entries(given).map(([id, g]) => [id, g.answer])),
        answeredAt: Object.fromEntries(Object.entries(given).flatMap(([id, g]) => (g.at === null ? [] : [[id, g.at]]))),
      })),
  )

/** A draft with every answer's time written out, to compare drafts that say the same differently. */
const plain = (d: DraftClock) => ({ ...d, answeredAt: Object.fromEntries(Object.keys(d.answers).map((id) => [id, d.answeredAt[id] ?? d.startedAt])) })

describe('merging two tabs’ drafts', () => {
  it('gives the same draft in either order, and the same again when merged with either tab once more', () => {
    fc.assert(
      fc.property(draftArb, draftArb, (a, b) => {
        const merged = mergeDrafts(a, b)
        expect(plain(merged)).toEqual(plain(mergeDrafts(b, a)))
        expect(sameDraft(mergeDrafts(a, a), a)).toBe(true)
        // What makes two tabs stop saving: each, merging the other's merged save, has nothing to add.
        expect(sameDraft(mergeDrafts(merged, a), merged)).toBe(true)
        expect(sameDraft(mergeDrafts(b, merged), merged)).toBe(true)
      }),
    )
  })

  it('merges three tabs of one questionnaire to the same draft in any grouping', () => {
    const oneQuestionSet = draftArb.map((d) => ({ ...d, questionSetVersion: 3 }))
    fc.assert(
      fc.property(oneQuestionSet, oneQuestionSet, oneQuestionSet, (a, b, c) => {
        expect(plain(mergeDrafts(mergeDrafts(a, b), c))).toEqual(plain(mergeDrafts(a, mergeDrafts(b, c))))
      }),
    )
  })

  it('keeps every answer given since the later start, the latest for each question', () => {
    const a: DraftClock = { questionSetVersion: 3, startedAt: 10, answers: { 'culture-margin': 3, 'methods-fit': 2 }, answeredAt: { 'culture-margin': 11, 'methods-fit': 15 } }
    const b: DraftClock = { questionSetVersion: 3, startedAt: 10, answers: { 'methods-fit': 5, 'decision-sponsor': 1 }, answeredAt: { 'methods-fit': 14, 'decision-sponsor': 12 } }
    expect(mergeDrafts(a, b).answers).toEqual({ 'culture-margin': 3, 'methods-fit': 2, 'decision-sponsor': 1 })
  })

  it('drops what was answered before a start over in another tab, but not what came after it', () => {
    const stale: DraftClock = { questionSetVersion: 3, startedAt: 0, answers: { 'culture-margin': 1, 'methods-fit': 1 }, answeredAt: { 'culture-margin': 5, 'methods-fit': 30 } }
    const restarted: DraftClock = { questionSetVersion: 3, startedAt: 20, answers: { 'decision-sponsor': 4 }, answeredAt: { 'decision-sponsor': 21 } }
    expect(mergeDrafts(stale, restarted)).toEqual({ questionSetVersion: 3, startedAt: 20, answers: { 'methods-fit': 1, 'decision-sponsor': 4 }, answeredAt: { 'methods-fit': 30, 'decision-sponsor': 21 } })
  })

  it('never mixes two questionnaires: the later start’s question set keeps only its own answers', () => {
    const older: DraftClock = { questionSetVersion: 2, startedAt: 0, answers: { 'culture-margin': 1 }, answeredAt: { 'culture-margin': 50 } }
    const moved: DraftClock = { questionSetVersion: 3, startedAt: 40, answers: { 'methods-fit': 3 }, answeredAt: {} }
    expect(mergeDrafts(older, moved)).toEqual({ questionSetVersion: 3, startedAt: 40, answers: { 'methods-fit': 3 }, answeredAt: { 'methods-fit': 40 } })
  })

  it('tells a draft that lacks an answer, or holds another time, from the same draft', () => {
    const a: DraftClock = { questionSetVersion: 3, startedAt: 1, answers: { 'methods-fit': 3 }, answeredAt: {} }
    expect(sameDraft(a, { ...a, answeredAt: { 'methods-fit': 1 } })).toBe(true)
    expect(sameDraft(a, { ...a, answeredAt: { 'methods-fit': 2 } })).toBe(false)
    expect(sameDraft(a, { ...a, answers: {} })).toBe(false)
    expect(sameDraft(a, { ...a, questionSetVersion: 2 })).toBe(false)
  })
})
