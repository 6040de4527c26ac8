import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { carriedOverAnswers } from '@/domain/questionSet'
import { QUESTION_SET_V2 } from '@/domain/questions.v2'
import { useAssessmentStore } from '@/stores/assessment'
import { DRAFT_KEY } from '@/stores/storage'

function freshStore() {
  setActivePinia(createPinia())
  return useAssessmentStore()
}

describe('the assessment store', () => {
  beforeEach(() => localStorage.clear())

  it('sets aside a draft for a questionnaire this version does not know, instead of rewriting it', () => {
    const raw = JSON.stringify({ format: 1, savedAt: 'x', state: { questionSetVersion: 99, answers: { 'culture-judged': 3 } } })
    localStorage.setItem(DRAFT_KEY, raw)
    const store = freshStore()
    expect(store.answers).toEqual({})
    expect(store.notice?.kind).toBe('set-aside')
    const backupKey = store.notice?.kind === 'set-aside' ? store.notice.backupKey : ''
    expect(localStorage.getItem(backupKey)).toBe(raw)
  })

  it('leaves unreadable data in place, and saves nothing over it, when it cannot be copied aside', () => {
    localStorage.setItem(DRAFT_KEY, '{broken')
    const refuse = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    let store: ReturnType<typeof useAssessmentStore>
    try {
      store = freshStore()
    } finally {
      refuse.mockRestore()
    }
    expect(store.notice).toEqual({ kind: 'unreadable' })
    store.setAnswer('culture-judged', 5)
    expect(localStorage.getItem(DRAFT_KEY)).toBe('{broken')
    // Starting over is the person's choice, and then saving works again.
    store.startOver()
    store.setAnswer('culture-judged', 5)
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).state.answers).toEqual({ 'culture-judged': 5 })
  })

  it('works, unsaved, when the browser refuses to read storage at all', () => {
    const refuse = vi.spyOn(localStorage, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    try {
      const store = freshStore()
      expect(store.notice).toEqual({ kind: 'not-saved' })
      expect(store.answers).toEqual({})
    } finally {
      refuse.mockRestore()
    }
  })

  it('autosaves every answer, and a new store (a reload) finds them all', () => {
    const store = freshStore()
    store.setAnswer('culture-satisfaction', 4)
    store.setAnswer('culture-durable', 'na')
    const again = freshStore()
    expect(again.answers).toEqual({ 'culture-satisfaction': 4, 'culture-durable': 'na' })
    expect(again.notice).toBeNull()
    // New drafts are answered for the current questionnaire, set 2.
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!)).toMatchObject({
      format: 1,
      state: { questionSetVersion: 2, answers: { 'culture-satisfaction': 4 } },
    })
  })

  it.each([
    ['not JSON', '{"format":1,'],
    ['a wrong shape', JSON.stringify({ format: 1, savedAt: 'x', state: { questionSetVersion: 1, answers: { a: 7 } } })],
    ['a newer format', JSON.stringify({ format: 2, whatever: true })],
    ['a bare number', '42'],
  ])('sets a draft that is %s aside with a notice, never deleting it', (_kind, raw) => {
    localStorage.setItem(DRAFT_KEY, raw)
    const store = freshStore()
    expect(store.answers).toEqual({})
    expect(store.notice?.kind).toBe('set-aside')
    const backupKey = store.notice?.kind === 'set-aside' ? store.notice.backupKey : ''
    expect(backupKey).toMatch(/^more-than-a-chip:draft:set-aside:/)
    expect(localStorage.getItem(backupKey)).toBe(raw)
    // Answering afterwards writes a fresh draft; the set-aside copy stays.
    store.setAnswer('methods-supply', 2)
    expect(localStorage.getItem(backupKey)).toBe(raw)
  })

  it('starts over only when told to, clearing the saved draft', () => {
    const store = freshStore()
    store.setAnswer('culture-judged', 4)
    store.startOver()
    expect(store.answers).toEqual({})
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull()
  })

  it('moves a draft to a newer questionnaire with the answers carried over, keeping a copy of the old one', () => {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ format: 1, savedAt: '2026-01-01T00:00:00.000Z', state: { questionSetVersion: 1, answers: { 'culture-judged': 4, 'culture-anytime': 2 } } }))
    const store = freshStore()
    expect(store.questionSetVersion).toBe(1)
    store.migrate(2, carriedOverAnswers(store.answers, QUESTION_SET_V2))
    expect(store.answers).toEqual({ 'culture-anytime': 2 })
    expect(store.questionSetVersion).toBe(2)
    expect(JSON.parse(localStorage.getItem(`${DRAFT_KEY}:before-questionnaire-2`)!).state.answers).toEqual({
      'culture-judged': 4,
      'culture-anytime': 2,
    })
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).state).toEqual({ questionSetVersion: 2, answers: { 'culture-anytime': 2 } })
  })

  it('tells the person when the browser refuses to save', () => {
    const store = freshStore()
    const refuse = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    try {
      store.setAnswer('culture-judged', 3)
    } finally {
      refuse.mockRestore()
    }
    expect(store.notice).toEqual({ kind: 'not-saved' })
    expect(store.answers['culture-judged']).toBe(3)
  })
})
