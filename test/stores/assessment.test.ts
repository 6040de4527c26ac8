import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { carriedOverAnswers } from '@/domain/questionSet'
import { QUESTION_SET_V1 } from '@/domain/questions.v1'
import { QUESTION_SET_V2 } from '@/domain/questions.v2'
import { useAssessmentStore } from '@/stores/assessment'
import { DRAFT_KEY, unsavedKeys } from '@/persistence/localStorage'

/** The stores of this test, each a tab; disposed after it, so that none follows the next test's storage. */
const tabs: ReturnType<typeof useAssessmentStore>[] = []

function freshStore() {
  setActivePinia(createPinia())
  const store = useAssessmentStore()
  tabs.push(store)
  return store
}

describe('the assessment store', () => {
  beforeEach(() => {
    tabs.splice(0).forEach((store) => store.$dispose())
    localStorage.clear()
    unsavedKeys.clear()
  })

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
    // What could not be read can still be downloaded, exactly as it is.
    expect(store.notice).toEqual({ kind: 'unreadable', text: '{broken' })
    expect(store.blocked).toBe(true)
    store.setAnswer('culture-anytime', 5)
    expect(localStorage.getItem(DRAFT_KEY)).toBe('{broken')
    // Starting over is the person's choice: it discards the unreadable data, and saving works again.
    store.startOver()
    expect(store.blocked).toBe(false)
    store.setAnswer('culture-anytime', 5)
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).state.answers).toEqual({ 'culture-anytime': 5 })
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
    // New drafts are answered for the current questionnaire, set 3.
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!)).toMatchObject({
      format: 1,
      state: { questionSetVersion: 3, answers: { 'culture-satisfaction': 4 } },
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

  it('starts over only when told to, saving an empty draft as the next revision', () => {
    const store = freshStore()
    store.setAnswer('culture-anytime', 4)
    store.startOver()
    expect(store.answers).toEqual({})
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!)).toMatchObject({ revision: 2, state: { answers: {} } })
  })

  describe('two tabs of the same browser', () => {
    /** A tab: a store of its own over the one localStorage. */
    const tab = () => freshStore()

    it('keeps the answers given in both, whichever wrote last', () => {
      const culture = tab()
      const methods = tab()
      for (const id of ['culture-margin', 'culture-durable', 'culture-anytime', 'culture-satisfaction', 'culture-capacity']) {
        culture.setAnswer(id, 3)
      }
      // The second tab never heard of those five answers, and answers one of its own.
      methods.setAnswer('methods-supply', 2)
      const stored = JSON.parse(localStorage.getItem(DRAFT_KEY)!)
      expect(Object.keys(stored.state.answers)).toHaveLength(6)
      expect(stored.revision).toBe(6)
      expect(methods.answers).toMatchObject({ 'culture-margin': 3, 'methods-supply': 2 })
      expect(tab().answeredCount).toBe(6)
    })

    it('keeps both answers when two tabs save in the same millisecond, each before reading the other', () => {
      vi.useFakeTimers({ now: new Date('2026-12-04T09:00:00Z'), toFake: ['Date'] })
      try {
        const culture = tab()
        const methods = tab()
        const before = localStorage.getItem(DRAFT_KEY)
        culture.setAnswer('culture-margin', 3)
        const cultureText = localStorage.getItem(DRAFT_KEY)
        // The second tab read the draft before the first one's save reached it, and saves over it.
        if (before === null) localStorage.removeItem(DRAFT_KEY)
        else localStorage.setItem(DRAFT_KEY, before)
        methods.setAnswer('methods-supply', 2)
        expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).state.answers).toEqual({ 'methods-supply': 2 })
        // Then each save reaches the other tab, in the order the browser delivers them.
        window.dispatchEvent(new StorageEvent('storage', { key: DRAFT_KEY, newValue: cultureText }))
        const both = { 'culture-margin': 3, 'methods-supply': 2 }
        expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).state.answers).toEqual(both)
        expect(culture.answers).toEqual(both)
        expect(methods.answers).toEqual(both)
        expect(culture.saved && methods.saved).toBe(true)
        expect(tab().answers).toEqual(both)
      } finally {
        vi.useRealTimers()
      }
    })

    it('agrees on one answer when two tabs answer the same question in the same millisecond', () => {
      vi.useFakeTimers({ now: new Date('2026-12-04T09:00:00Z'), toFake: ['Date'] })
      try {
        const one = tab()
        const two = tab()
        one.setAnswer('culture-margin', 2)
        localStorage.removeItem(DRAFT_KEY)
        two.setAnswer('culture-margin', 4)
        window.dispatchEvent(new StorageEvent('storage', { key: DRAFT_KEY }))
        expect(one.answers).toEqual(two.answers)
        expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).state.answers).toEqual(one.answers)
      } finally {
        vi.useRealTimers()
      }
    })

    it('never writes a stale tab’s older answers back over a newer start', () => {
      const stale = tab()
      stale.setAnswer('culture-anytime', 1)
      stale.setAnswer('culture-margin', 1)
      const other = tab()
      other.startOver()
      other.setAnswer('methods-fit', 4)
      // The stale tab still shows its two answers, and now answers a third.
      stale.setAnswer('decision-sponsor', 2)
      expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).state.answers).toEqual({ 'methods-fit': 4, 'decision-sponsor': 2 })
      expect(stale.answers).toEqual({ 'methods-fit': 4, 'decision-sponsor': 2 })
    })

    /** Another tab, of a newer version of the tool, saves a draft this one cannot read. */
    const NEWER = JSON.stringify({ format: 9, savedAt: 'x', state: { questionSetVersion: 4, answers: { 'culture-first-use': 5 } } })
    function anotherTabSaves(text: string) {
      localStorage.setItem(DRAFT_KEY, text)
      window.dispatchEvent(new StorageEvent('storage', { key: DRAFT_KEY, newValue: text }))
    }

    it('copies aside what another tab saved in a form it cannot read before saving over it, and says so', () => {
      const store = tab()
      store.setAnswer('culture-margin', 3)
      anotherTabSaves(NEWER)
      expect(store.notice).toMatchObject({ kind: 'set-aside', text: NEWER, byAnotherTab: true })
      const backupKey = store.notice?.kind === 'set-aside' ? store.notice.backupKey : ''
      expect(localStorage.getItem(backupKey)).toBe(NEWER)
      // This tab's answers are kept, and saving goes on with them.
      store.setAnswer('culture-durable', 4)
      expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).state.answers).toEqual({ 'culture-margin': 3, 'culture-durable': 4 })
      expect(localStorage.getItem(backupKey)).toBe(NEWER)
    })

    it('saves nothing over what another tab saved in a form it cannot read, when there is no room to copy it aside', () => {
      const store = tab()
      store.setAnswer('culture-margin', 3)
      const setItem = localStorage.setItem.bind(localStorage)
      const refuse = vi.spyOn(localStorage, 'setItem').mockImplementation((key, value) => {
        if (key.includes(':set-aside:')) throw new DOMException('full', 'QuotaExceededError')
        setItem(key, value)
      })
      try {
        anotherTabSaves(NEWER)
        expect(store.notice).toEqual({ kind: 'unreadable', text: NEWER, byAnotherTab: true })
        store.setAnswer('culture-durable', 4)
        expect(localStorage.getItem(DRAFT_KEY)).toBe(NEWER)
        expect(store.saved).toBe(false)
        // Put away, the notice comes back on the next answer: nothing is saved in silence.
        store.dismissNotice()
        store.setAnswer('culture-durable', 5)
        expect(store.notice).toEqual({ kind: 'unreadable', text: NEWER, byAnotherTab: true })
        expect(localStorage.getItem(DRAFT_KEY)).toBe(NEWER)
      } finally {
        refuse.mockRestore()
      }
    })
  })

  it('drops answers to questions the questionnaire does not have, keeps the draft as it was, and says so', () => {
    const answers = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`made-up-${'abcdefghijklmnopqrstuvwxyz'[i % 26]}${i}`, 3]))
    const raw = JSON.stringify({ format: 1, savedAt: 'x', state: { questionSetVersion: 2, answers: { ...answers, 'culture-anytime': 4 } } })
    localStorage.setItem(DRAFT_KEY, raw)
    const store = freshStore()
    expect(store.answers).toEqual({ 'culture-anytime': 4 })
    expect(store.answeredCount).toBe(1)
    expect(store.notice).toMatchObject({ kind: 'repaired', dropped: 40, text: raw })
    const backupKey = store.notice?.kind === 'repaired' ? store.notice.backupKey : null
    expect(localStorage.getItem(backupKey!)).toBe(raw)
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).state.answers).toEqual({ 'culture-anytime': 4 })
  })

  it('moves a draft to a newer questionnaire with the answers carried over, keeping a copy of the old one', () => {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ format: 1, savedAt: '2026-01-01T00:00:00.000Z', state: { questionSetVersion: 1, answers: { 'culture-judged': 4, 'culture-anytime': 2, 'methods-supply': 3 } } }))
    const store = freshStore()
    expect(store.questionSetVersion).toBe(1)
    // culture-judged is gone; culture-anytime kept its id but its upper levels were reworded.
    store.migrate(2, carriedOverAnswers(store.answers, QUESTION_SET_V1, QUESTION_SET_V2))
    expect(store.answers).toEqual({ 'methods-supply': 3 })
    expect(store.questionSetVersion).toBe(2)
    expect(JSON.parse(localStorage.getItem(`${DRAFT_KEY}:before-questionnaire-2`)!).state.answers).toEqual({
      'culture-judged': 4,
      'culture-anytime': 2,
      'methods-supply': 3,
    })
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).state).toEqual({ questionSetVersion: 2, answers: { 'methods-supply': 3 } })
  })

  it('tells the person when the browser refuses to save', () => {
    const store = freshStore()
    const refuse = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    try {
      store.setAnswer('culture-anytime', 3)
    } finally {
      refuse.mockRestore()
    }
    expect(store.notice).toEqual({ kind: 'not-saved' })
    expect(store.answers['culture-anytime']).toBe(3)
    // The notice stays until a save succeeds.
    store.setAnswer('culture-margin', 2)
    expect(store.notice).toBeNull()
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).state.answers).toEqual({ 'culture-anytime': 3, 'culture-margin': 2 })
  })

  it('moves nothing when the draft as it was cannot be kept first', () => {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ format: 1, savedAt: 'x', state: { questionSetVersion: 1, answers: { 'methods-supply': 3 } } }))
    const store = freshStore()
    const refuse = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    try {
      store.migrate(2, carriedOverAnswers(store.answers, QUESTION_SET_V1, QUESTION_SET_V2))
    } finally {
      refuse.mockRestore()
    }
    expect(store.questionSetVersion).toBe(1)
    expect(store.notice).toEqual({ kind: 'not-saved' })
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).state.questionSetVersion).toBe(1)
  })

  it('claims saved only after a save that succeeded, and a dismissed unreadable-data notice comes back on the next answer', () => {
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
    expect(store.saved).toBe(false)
    expect(unsavedKeys.has(DRAFT_KEY)).toBe(true)
    store.dismissNotice()
    store.setAnswer('culture-anytime', 5)
    // Nothing was saved: the page is told so again, and never that it was.
    expect(store.saved).toBe(false)
    expect(store.notice).toEqual({ kind: 'unreadable', text: '{broken' })
    expect(unsavedKeys.has(DRAFT_KEY)).toBe(true)
    store.startOver()
    store.setAnswer('culture-anytime', 5)
    expect(store.saved).toBe(true)
    expect(unsavedKeys.size).toBe(0)
  })
})
