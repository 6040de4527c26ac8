import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ResultsYourData, { type ImportSummary } from '@/components/ResultsYourData.vue'

const summary: ImportSummary = {
  fileName: 'figures.json',
  exportedAt: '2026-11-26T10:00:00.000Z',
  answered: null,
  total: 25,
  version: null,
  margins: true,
  snapshots: 0,
}

describe('ResultsYourData', () => {
  it('says before the import when the file’s currency is not one the tool knows, and which it keeps', () => {
    const wrapper = mount(ResultsYourData, { props: { pending: { ...summary, unknownCurrency: { found: 'ZZZ', kept: 'EUR' } }, error: null } })
    expect(wrapper.get('[data-testid="import-summary"]').text()).toContain(
      'margin figures (their currency “ZZZ” is not one this tool knows: they will be shown in EUR; change it on the margins page if that is wrong)',
    )
  })

  it('says nothing about the currency when the tool knows it', () => {
    const wrapper = mount(ResultsYourData, { props: { pending: summary, error: null } })
    expect(wrapper.get('[data-testid="import-summary"]').text()).not.toContain('currency')
  })
})
