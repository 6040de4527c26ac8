import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import AppTable from '@/components/AppTable.vue'

const body = '<tbody><tr><th scope="row">Culture</th><td>50</td></tr></tbody>'

describe('AppTable', () => {
  it('is a captioned table in a focusable region named after the caption', () => {
    const wrapper = mount(AppTable, { props: { caption: 'Scores by dimension' }, slots: { default: body } })
    const region = wrapper.get('[role="region"]')
    expect(region.attributes('aria-label')).toBe('Scores by dimension')
    expect(region.attributes('tabindex')).toBe('0')
    expect(region.get('table caption').text()).toBe('Scores by dimension')
    expect(region.get('table tbody th').text()).toBe('Culture')
  })

  it('names the region apart from the caption when told', () => {
    const wrapper = mount(AppTable, { props: { caption: 'Compare', label: 'Their scores and yours' }, slots: { default: body } })
    expect(wrapper.get('[role="region"]').attributes('aria-label')).toBe('Their scores and yours')
    expect(wrapper.get('caption').text()).toBe('Compare')
  })

  it('gives the table, not the region, the attributes it is given', () => {
    const wrapper = mount(AppTable, { props: { caption: 'Everyone' }, attrs: { 'data-testid': 'compare-table' }, slots: { default: body } })
    expect(wrapper.get('[data-testid="compare-table"]').element.tagName).toBe('TABLE')
    expect(wrapper.get('[role="region"]').attributes('data-testid')).toBeUndefined()
  })
})
