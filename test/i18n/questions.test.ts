import { describe, expect, it, vi } from 'vitest'
import { allQuestions, carriedOverAnswers, DIMENSION_IDS } from '@/domain/questionSet'
import { QUESTION_SETS } from '@/domain/questionSets'
import { dimensions } from '@/i18n/en/dimensions'
import { questionSetWords, QUESTION_SETS_WITH_WORDS, stepAdvice, wordsOf } from '@/i18n/questions'

const versions = Object.keys(QUESTION_SETS)
  .map(Number)
  .sort((a, b) => a - b)
const setOf = (version: number) => QUESTION_SETS[version]!

describe('the words of the questions', () => {
  it('has words for exactly the registered question sets', () => {
    expect([...QUESTION_SETS_WITH_WORDS].sort((a, b) => a - b)).toEqual(versions)
  })

  it('comes with the current question set’s words, and loads an older question set’s when one is first shown', async () => {
    vi.resetModules()
    const fresh = await import('@/i18n/questions')
    const { CURRENT_QUESTION_SET } = await import('@/domain/questionSets')
    const [firstId] = allQuestions(CURRENT_QUESTION_SET).map((q) => q.id)
    expect(fresh.wordsOf(CURRENT_QUESTION_SET, firstId!).text).toMatch(/\?$/)
    const older = setOf(1)
    expect(fresh.questionSetWords(1)).toBeUndefined()
    // Asked for before they are there: "…" for the moment, and the words are on their way.
    expect(fresh.wordsOf(older, 'culture-anytime').text).toBe('…')
    await fresh.loadQuestionWords([1])
    expect(fresh.wordsOf(older, 'culture-anytime').text).toBe('Who answers when the connected service fails at 2 a.m.?')
  })

  it('says so when an older question set’s words cannot be fetched, instead of showing “…” for good', async () => {
    vi.resetModules()
    vi.doMock('@/i18n/en/questions.v2', () => Promise.reject(new Error('offline')))
    const fresh = await import('@/i18n/questions')
    const older = setOf(2)
    await expect(fresh.loadQuestionWords([2])).rejects.toThrow()
    expect(fresh.wordsOf(older, 'culture-margin').text).toMatch(/^The wording of question set 2 could not be loaded/)
    vi.doUnmock('@/i18n/en/questions.v2')
    vi.resetModules()
  })

  it.each(versions)('question set %i has words for every question it asks, and for none it does not', (version) => {
    const set = setOf(version)
    const ids = allQuestions(set).map((q) => q.id)
    expect(Object.keys(questionSetWords(version) ?? {}).sort()).toEqual([...ids].sort())
    for (const id of ids) {
      const words = wordsOf(set, id)
      expect(words.text.trim(), id).not.toBe('')
      expect(words.levels, id).toHaveLength(5)
      for (const level of words.levels) expect(level.trim(), id).not.toBe('')
      expect(words.quote.trim(), id).not.toBe('')
      // From set 2 on, one advice text a step up; set 1 has one for every level.
      if (typeof words.advice === 'string') expect(words.advice.trim(), id).not.toBe('')
      else expect(words.advice.filter((text) => text.trim() !== ''), id).toHaveLength(4)
    }
  })

  it.each(versions)('question set %i has words for every dimension it asks about', (version) => {
    for (const dimension of setOf(version).dimensions) {
      const { title, point, summary } = dimensions.dimensions[dimension.id]
      expect([title, point, summary].every((text) => text.trim() !== ''), dimension.id).toBe(true)
    }
    // In the assessment's order: the start page lists them as they come.
    expect(Object.keys(dimensions.dimensions)).toEqual([...DIMENSION_IDS])
  })

  it('says so when a question has no words, instead of showing nothing', () => {
    expect(() => wordsOf(setOf(versions[0]!), 'no-such-question')).toThrow(/no-such-question/)
  })

  it('gives set 1’s one advice for every level, and from set 2 on the advice for the step up', () => {
    const one = { text: 'Q?', levels: ['a', 'b', 'c', 'd', 'e'], advice: 'all', quote: 'q' } as const
    const steps = { ...one, advice: ['1→2', '2→3', '3→4', '4→5'] } as const
    expect(([1, 2, 3, 4] as const).map((level) => stepAdvice(one, level))).toEqual(['all', 'all', 'all', 'all'])
    expect(([1, 2, 3, 4] as const).map((level) => stepAdvice(steps, level))).toEqual(['1→2', '2→3', '3→4', '4→5'])
  })
})

// `ladderSince` says which answers carry over to a newer question set; the words say whether a
// question's ladder really stayed the same. The two may never drift apart.
const pairs = versions.flatMap((from, i) => versions.slice(i + 1).map((to) => [from, to] as const))

describe('carrying answers over to a newer question set', () => {
  it('has at least one pair of question sets to check', () => {
    expect(pairs.length).toBeGreaterThan(0)
  })

  it.each(pairs)('from question set %i to %i carries exactly the answers whose five levels read the same, word for word', (from, to) => {
    const before = setOf(from)
    const after = setOf(to)
    const everyAnswer = Object.fromEntries(allQuestions(before).map((q) => [q.id, 3 as const]))
    const carried = Object.keys(carriedOverAnswers(everyAnswer, before, after)).sort()
    const askedBefore = new Set(allQuestions(before).map((q) => q.id))
    const sameLadder = allQuestions(after)
      .map((q) => q.id)
      .filter((id) => askedBefore.has(id) && JSON.stringify(wordsOf(before, id).levels) === JSON.stringify(wordsOf(after, id).levels))
      .sort()
    expect(carried).toEqual(sameLadder)
  })
})
