import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useBackupImport } from '@/composables/useBackupImport'
import { makeBackup } from '@/domain/backup'
import { DRAFT_KEY } from '@/persistence/localStorage'
import { MARGINS_KEY, useMarginsStore } from '@/stores/margins'
import { SNAPSHOTS_KEY, useSnapshotsStore } from '@/stores/snapshots'
import { useAssessmentStore } from '@/stores/assessment'

function tab() {
  setActivePinia(createPinia())
  return { draft: useAssessmentStore(), margins: useMarginsStore(), snapshots: useSnapshotsStore(), ...useBackupImport() }
}

const file = () =>
  makeBackup({
    draft: { questionSetVersion: 3, answers: { 'culture-margin': 5 } },
    margins: { fields: { ...useMarginsStore().fields, unitPrice: '777' }, currency: 'CHF', included: true },
    snapshots: [{ id: 'file', savedAt: '2025-03-01T00:00:00.000Z', state: { questionSetVersion: 3, answers: { 'culture-margin': 4 } } }],
  })

describe('applying an imported file', () => {
  beforeEach(() => {
    localStorage.clear()
    vi.restoreAllMocks()
  })

  function mine() {
    const app = tab()
    app.draft.setAnswer('culture-anytime', 2)
    app.margins.setField('unitPrice', '1999')
    app.snapshots.save({ questionSetVersion: 3, answers: { 'culture-anytime': 2 } })
    return app
  }

  it('applies the whole file', () => {
    const app = mine()
    expect(app.applyBackup(file())).toBe(true)
    const again = tab()
    expect(again.draft.answers).toEqual({ 'culture-margin': 5 })
    expect(again.margins.fields.unitPrice).toBe('777')
    expect(again.snapshots.snapshots.map((s) => s.id)).toEqual(['file'])
  })

  it('applies nothing when one write is refused, in storage and on screen', () => {
    const app = mine()
    const stored = [DRAFT_KEY, MARGINS_KEY, SNAPSHOTS_KEY].map((key) => localStorage.getItem(key))
    const setItem = localStorage.setItem.bind(localStorage)
    // The snapshots come last: the answers and figures were written before the refusal.
    vi.spyOn(localStorage, 'setItem').mockImplementation((key: string, value: string) => {
      if (key === SNAPSHOTS_KEY && value.includes('"file"')) throw new DOMException('full', 'QuotaExceededError')
      setItem(key, value)
    })
    expect(app.applyBackup(file())).toBe(false)
    expect([DRAFT_KEY, MARGINS_KEY, SNAPSHOTS_KEY].map((key) => localStorage.getItem(key))).toEqual(stored)
    expect(app.draft.answers).toEqual({ 'culture-anytime': 2 })
    expect(app.margins.fields.unitPrice).toBe('1999')
    expect(app.margins.currency).toBe('EUR')
    expect(app.snapshots.snapshots).toHaveLength(1)
    expect(app.snapshots.notice).toBeNull()
    // Changes after the refusal are saved as usual, on top of what was there.
    app.draft.setAnswer('culture-durable', 3)
    const again = tab()
    expect(again.draft.answers).toEqual({ 'culture-anytime': 2, 'culture-durable': 3 })
    expect(again.margins.fields.unitPrice).toBe('1999')
    expect(again.snapshots.snapshots[0]!.id).not.toBe('file')
  })
})
