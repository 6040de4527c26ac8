import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ResultsSnapshots, { type SnapshotItem } from '@/components/ResultsSnapshots.vue'
import { DIMENSION_IDS } from '@/domain/questionSet'
import { formatDateTime } from '@/i18n/format'

const items = (count: number): SnapshotItem[] =>
  Array.from({ length: count }, (_, i) => ({ id: `s${i}`, savedAt: new Date(Date.UTC(2025, 5, 30 - i)).toISOString(), overall: 40 }))

function mountSnapshots(count: number, outcome: InstanceType<typeof ResultsSnapshots>['$props']['outcome'] = null) {
  return mount(ResultsSnapshots, {
    props: { items: items(count), comparison: null, dimensions: DIMENSION_IDS, canSave: true, max: 3, outcome },
  })
}

describe('ResultsSnapshots', () => {
  it('states how many snapshots are kept at most', () => {
    expect(mountSnapshots(1).get('[data-testid="snapshot-cap"]').text()).toContain('Up to 3 snapshots are kept; you have 1.')
  })

  it('below the cap, keeps a snapshot at once', async () => {
    const wrapper = mountSnapshots(2)
    await wrapper.get('button[data-testid="save-snapshot"]').trigger('click')
    expect(wrapper.emitted('save')).toEqual([[false]])
  })

  it('at the cap, asks first, naming the date of the oldest snapshot that would go', async () => {
    const wrapper = mountSnapshots(3)
    const oldest = formatDateTime(items(3).at(-1)!.savedAt)
    await wrapper.get('button').trigger('click')
    expect(wrapper.emitted('save')).toBeUndefined()
    expect(wrapper.text()).toContain(`Keeping this one removes the oldest, of ${oldest}.`)
    await wrapper.findAll('button').find((b) => b.text() === 'Cancel')!.trigger('click')
    expect(wrapper.emitted('save')).toBeUndefined()
    await wrapper.get('button').trigger('click')
    await wrapper.findAll('button').find((b) => b.text().startsWith('Yes, keep it'))!.trigger('click')
    expect(wrapper.emitted('save')).toEqual([[true]])
  })

  it('says when a snapshot was not kept because it repeats the last one, and when the oldest went', () => {
    const date = '2025-06-30T08:00:00.000Z'
    expect(mountSnapshots(1, { kind: 'same-as-last', lastSavedAt: date }).get('[role="status"]').text()).toBe(
      `Not kept again: your answers are the same as in the snapshot of ${formatDateTime(date)}.`,
    )
    expect(mountSnapshots(3, { kind: 'saved-oldest-removed', removedSavedAt: date }).get('[role="status"]').text()).toContain(
      `the oldest one, of ${formatDateTime(date)}, was removed`,
    )
  })
})
