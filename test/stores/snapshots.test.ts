import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { SNAPSHOTS_KEY, useSnapshotsStore } from '@/stores/snapshots'

function tab() {
  setActivePinia(createPinia())
  return useSnapshotsStore()
}

const result = (level: 1 | 2 | 3) => ({ questionSetVersion: 2, answers: { 'culture-anytime': level } })

describe('the snapshots store', () => {
  beforeEach(() => localStorage.clear())

  it('keeps dated snapshots through a reload, and removes one', () => {
    const store = tab()
    store.save(result(1))
    store.save(result(2))
    const again = tab()
    expect(again.snapshots.map((s) => s.state.answers)).toEqual([{ 'culture-anytime': 1 }, { 'culture-anytime': 2 }])
    again.remove(again.snapshots[0]!.id)
    expect(tab().snapshots).toHaveLength(1)
  })

  it('keeps the snapshots taken in two tabs', () => {
    const one = tab()
    const two = tab()
    one.save(result(1))
    two.save(result(3))
    expect(JSON.parse(localStorage.getItem(SNAPSHOTS_KEY)!).snapshots).toHaveLength(2)
  })

  it('tells the person when a snapshot cannot be saved, until one can', () => {
    const store = tab()
    const refuse = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    try {
      store.save(result(1))
    } finally {
      refuse.mockRestore()
    }
    expect(store.notice).toEqual({ kind: 'not-saved' })
    store.save(result(2))
    expect(store.notice).toBeNull()
  })

  it('sets unreadable snapshots aside with a notice, and snapshots of an unknown questionnaire too', () => {
    localStorage.setItem(SNAPSHOTS_KEY, JSON.stringify({ format: 1, snapshots: [{ id: 'x', savedAt: 'y', state: { questionSetVersion: 99, answers: {} } }] }))
    const store = tab()
    expect(store.notice?.kind).toBe('set-aside')
    expect(store.snapshots).toEqual([])
  })
})
