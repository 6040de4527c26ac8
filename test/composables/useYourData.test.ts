import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useYourData } from '@/composables/useYourData'
import { makeBackup, parseBackup, type Backup } from '@/domain/backup'
import { t } from '@/i18n/results'
import { DRAFT_KEY } from '@/persistence/localStorage'
import { MARGINS_KEY, useMarginsStore } from '@/stores/margins'
import { SNAPSHOTS_KEY, useSnapshotsStore } from '@/stores/snapshots'
import { useAssessmentStore } from '@/stores/assessment'

const downloads = vi.hoisted(() => [] as { fileName: string; text: string; type?: string }[])
vi.mock('@/lib/download', () => ({
  downloadText: (fileName: string, text: string, type?: string) => downloads.push({ fileName, text, type }),
}))

/** A fresh page in the same browser: new stores over the same storage. */
function tab(options: Parameters<typeof useYourData>[0] = {}) {
  setActivePinia(createPinia())
  return { draft: useAssessmentStore(), margins: useMarginsStore(), snapshots: useSnapshotsStore(), ...useYourData(options) }
}

const file = () =>
  makeBackup({
    draft: { questionSetVersion: 3, answers: { 'culture-margin': 5 } },
    margins: { fields: { ...useMarginsStore().fields, unitPrice: '777' }, currency: 'CHF', included: true },
    snapshots: [{ id: 'file', savedAt: '2025-03-01T00:00:00.000Z', state: { questionSetVersion: 3, answers: { 'culture-margin': 4 } } }],
  })

const chosen = (backup: Backup) => new File([JSON.stringify(backup)], 'more-than-a-chip.json', { type: 'application/json' })

describe('importing a file', () => {
  beforeEach(() => {
    localStorage.clear()
    vi.restoreAllMocks()
  })

  function mine(options: Parameters<typeof useYourData>[0] = {}) {
    const app = tab(options)
    app.draft.setAnswer('culture-anytime', 2)
    app.margins.setField('unitPrice', '1999')
    app.snapshots.save({ questionSetVersion: 3, answers: { 'culture-anytime': 2 } })
    return app
  }

  it('says what the file holds, and replaces nothing before it is confirmed', async () => {
    const app = mine()
    await app.readImport(chosen(file()))
    expect(app.importSummary.value).toMatchObject({ fileName: 'more-than-a-chip.json', answered: 1, total: 25, version: 3, margins: true, snapshots: 1 })
    expect(app.draft.answers).toEqual({ 'culture-anytime': 2 })
    app.cancelImport()
    expect(app.importSummary.value).toBeNull()
    expect(tab().draft.answers).toEqual({ 'culture-anytime': 2 })
  })

  it('says a file that is not ours is not, and waits for none', async () => {
    const app = mine()
    await app.readImport(new File(['{"hello":1}'], 'other.json'))
    expect(app.importSummary.value).toBeNull()
    expect(app.importError.value).toBe(t.yourData.errors['not-ours'])
  })

  it('applies the whole file once confirmed', async () => {
    const onImported = vi.fn()
    const app = mine({ onImported })
    await app.readImport(chosen(file()))
    app.confirmImport()
    expect(app.importDone.value).toBe(t.yourData.applied)
    expect(app.importError.value).toBeNull()
    expect(onImported).toHaveBeenCalledOnce()
    const again = tab()
    expect(again.draft.answers).toEqual({ 'culture-margin': 5 })
    expect(again.margins.fields.unitPrice).toBe('777')
    expect(again.snapshots.snapshots.map((s) => s.id)).toEqual(['file'])
  })

  it('applies nothing when one write is refused, in storage and on screen', async () => {
    const onImported = vi.fn()
    const app = mine({ onImported })
    const stored = [DRAFT_KEY, MARGINS_KEY, SNAPSHOTS_KEY].map((key) => localStorage.getItem(key))
    const setItem = localStorage.setItem.bind(localStorage)
    // The snapshots come last: the answers and figures were written before the refusal.
    vi.spyOn(localStorage, 'setItem').mockImplementation((key: string, value: string) => {
      if (key === SNAPSHOTS_KEY && value.includes('"file"')) throw new DOMException('full', 'QuotaExceededError')
      setItem(key, value)
    })
    await app.readImport(chosen(file()))
    app.confirmImport()
    expect(app.importError.value).toBe(t.yourData.errors.notStored)
    expect(app.importDone.value).toBeNull()
    expect(onImported).not.toHaveBeenCalled()
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

describe('exporting', () => {
  beforeEach(() => {
    localStorage.clear()
    downloads.length = 0
  })

  it('downloads everything as the file the import reads', () => {
    const app = tab()
    app.draft.setAnswer('culture-anytime', 2)
    app.margins.setField('unitPrice', '1999')
    app.snapshots.save({ questionSetVersion: 3, answers: { 'culture-anytime': 2 } })
    app.exportJson()
    expect(downloads).toHaveLength(1)
    expect(downloads[0]!.fileName).toBe('more-than-a-chip.json')
    const parsed = parseBackup(downloads[0]!.text, downloads[0]!.fileName)
    if (!parsed.ok) throw new Error(parsed.error)
    expect(parsed.backup.draft).toEqual({ questionSetVersion: 3, answers: { 'culture-anytime': 2 } })
    expect(parsed.backup.margins?.fields.unitPrice).toBe('1999')
    expect(parsed.backup.snapshots).toHaveLength(1)
  })

  it('downloads the answers as CSV, a row a question', async () => {
    const app = tab()
    app.draft.setAnswer('culture-anytime', 2)
    await app.exportCsv()
    expect(downloads).toHaveLength(1)
    expect(downloads[0]!.fileName).toBe('more-than-a-chip-answers-edition-3.csv')
    expect(downloads[0]!.type).toBe('text/csv')
    expect(downloads[0]!.text.trim().split('\n')).toHaveLength(26)
  })
})
