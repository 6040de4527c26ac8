import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { MAX_SNAPSHOTS } from '@/domain/snapshot'
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

  it('does not keep a result twice in a row, and says when it was kept', () => {
    const store = tab()
    expect(store.save(result(1))).toEqual({ kind: 'saved' })
    const first = store.snapshots[0]!.savedAt
    expect(store.save(result(1))).toEqual({ kind: 'same-as-last', lastSavedAt: first })
    expect(store.snapshots).toHaveLength(1)
    expect(store.save({ questionSetVersion: 3, answers: { 'culture-anytime': 1 } })).toEqual({ kind: 'saved' })
    expect(store.save(result(1))).toEqual({ kind: 'saved' })
    expect(tab().snapshots).toHaveLength(3)
  })

  it('removes the oldest at the cap only when asked to, and names it', () => {
    const full = Array.from({ length: MAX_SNAPSHOTS }, (_, i) => ({
      id: `s${i}`,
      savedAt: new Date(Date.UTC(2025, 0, 1 + i)).toISOString(),
      state: { questionSetVersion: 2, answers: { 'culture-anytime': ((i % 3) + 1) as 1 | 2 | 3 } },
    }))
    localStorage.setItem(SNAPSHOTS_KEY, JSON.stringify({ format: 1, revision: 1, snapshots: full }))
    const store = tab()
    const next = { questionSetVersion: 2, answers: { 'culture-margin': 4 as const } }
    expect(store.save(next)).toEqual({ kind: 'full', oldestSavedAt: '2025-01-01T00:00:00.000Z' })
    expect(tab().snapshots).toHaveLength(MAX_SNAPSHOTS)
    expect(tab().snapshots[0]!.id).toBe('s0')
    expect(store.save(next, { removeOldest: true })).toEqual({ kind: 'saved-oldest-removed', removedSavedAt: '2025-01-01T00:00:00.000Z' })
    const kept = tab().snapshots
    expect(kept).toHaveLength(MAX_SNAPSHOTS)
    expect(kept[0]!.id).toBe('s1')
    expect(kept.at(-1)!.state.answers).toEqual({ 'culture-margin': 4 })
  })
})
