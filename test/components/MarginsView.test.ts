import { beforeEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import MarginsView from '@/views/MarginsView.vue'
import { computeMargins, EXAMPLE_FIGURES, marginInputOf } from '@/domain/margins'

const EXAMPLE = marginInputOf(EXAMPLE_FIGURES)

function mountView() {
  return mount(MarginsView, { global: { stubs: { RouterLink: RouterLinkStub } } })
}

describe('MarginsView', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('starts with the worked example and its results', () => {
    const wrapper = mountView()
    const result = computeMargins(EXAMPLE)
    expect((wrapper.find('[data-testid="margin-unitPrice"]').element as HTMLInputElement).value).toBe('2490')
    expect(wrapper.find('[data-testid="margin-product-pct"]').text()).toBe(`${result.product.marginPct!.toFixed(1)} %`)
    expect(wrapper.find('[data-testid="margin-break-even"]').text()).toBe(String(result.breakEvenSubscribers))
    expect(wrapper.text()).toContain('The service needs 7,693 subscribers to cover its fixed costs; you have 6,000.')
  })

  it.each([
    ['', 'Enter a number'],
    ['-5', 'cannot be negative'],
    ['abc', 'not a number'],
    ['1e309', 'at most 10,000,000'],
    ['12.34567', 'at most four decimal places'],
  ])('explains why %j is refused, beside the field, and keeps the last results', async (typed, message) => {
    const wrapper = mountView()
    const before = wrapper.find('[data-testid="margin-product-pct"]').text()
    const input = wrapper.find('[data-testid="margin-unitPrice"]')
    await input.setValue(typed)
    expect(wrapper.find('[data-testid="margin-unitPrice-message"]').text()).toContain(message)
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(wrapper.find('[data-testid="margin-product-pct"]').text()).toBe(before)
    expect(wrapper.text()).not.toMatch(/NaN|Infinity/)
    expect(wrapper.text()).toContain('Fix the marked figure')
  })

  it('reads a pasted "1.234,56" as 1234.56 and says so', async () => {
    const wrapper = mountView()
    await wrapper.find('[data-testid="margin-unitPrice"]').setValue('1.234,56')
    expect(wrapper.find('[data-testid="margin-unitPrice-message"]').text()).toBe('Read as 1,234.56.')
    const expected = computeMargins({ ...EXAMPLE, product: { ...EXAMPLE.product, unitPrice: 1234.56 } })
    expect(wrapper.find('[data-testid="margin-product-pct"]').text()).toBe(`${expected.product.marginPct!.toFixed(1)} %`)
  })

  it('asks for whole numbers of units and subscribers', async () => {
    const wrapper = mountView()
    await wrapper.find('[data-testid="margin-subscribers"]').setValue('10.5')
    expect(wrapper.find('[data-testid="margin-subscribers-message"]').text()).toBe('Enter a whole number.')
  })

  it('shows "never" and "—" with explanations when the figures call for it', async () => {
    const wrapper = mountView()
    await wrapper.find('[data-testid="margin-monthlyFee"]').setValue('2')
    await wrapper.find('[data-testid="margin-subscribers"]').setValue('0')
    await flushPromises()
    expect(wrapper.find('[data-testid="margin-break-even"]').text()).toBe('never')
    expect(wrapper.find('[data-testid="margin-service-pct"]').text()).toBe('—')
    expect(wrapper.text()).toContain('No revenue, so no margin.')
    expect(wrapper.text()).toContain('costs more to serve')
  })

  it('saves the figures as typed and restores them', async () => {
    const wrapper = mountView()
    await wrapper.find('[data-testid="margin-unitCost"]').setValue('999')
    wrapper.unmount()
    setActivePinia(createPinia())
    const again = mountView()
    expect((again.find('[data-testid="margin-unitCost"]').element as HTMLInputElement).value).toBe('999')
  })

  it('shows the years ahead: when the service pays its way, pays back, and what a subscriber is worth', () => {
    const wrapper = mountView()
    const text = (id: string) => wrapper.get(`[data-testid="${id}"]`).text()
    expect(text('lifetime-service-pays-year')).toBe('in year 2')
    expect(text('lifetime-payback-year')).toBe('by the end of year 3')
    expect(text('lifetime-value')).toBe('€149')
    expect(text('lifetime-service-share')).toBe('2.3 %')
    expect(wrapper.findAll('[data-testid^="lifetime-year-"]')).toHaveLength(10)
    const loss = wrapper.get('[data-reading="service-loss"]').text()
    expect(loss).toContain('At today’s number of subscribers, the service loses money over a year (a margin of -11.0 %)')
    expect(loss).toContain('it first pays its way in year 2 and has paid back its earlier losses by the end of year 3')
  })

  it.each([
    ['horizonYears', '0', 'Enter at least 1.'],
    ['deviceLifetimeYears', '2.5', 'Enter a whole number.'],
    ['monthlyChurnPct', '120', 'at most 100'],
    ['attachRatePct', 'x', 'not a number'],
    ['productFixedCostPerYear', '-1', 'cannot be negative'],
  ])('explains a bad %s (%j) beside the field and keeps the last projection', async (key, typed, message) => {
    const wrapper = mountView()
    await wrapper.find(`[data-testid="margin-${key}"]`).setValue(typed)
    expect(wrapper.find(`[data-testid="margin-${key}-message"]`).text()).toContain(message)
    expect(wrapper.find('[data-testid="lifetime-service-pays-year"]').text()).toBe('in year 2')
    expect(wrapper.findAll('[data-testid^="lifetime-year-"]')).toHaveLength(10)
    expect(wrapper.text()).not.toMatch(/NaN|Infinity/)
  })

  it('says "not within" the years looked at when the service never pays its way', async () => {
    const wrapper = mountView()
    await wrapper.find('[data-testid="margin-monthlyFee"]').setValue('2')
    expect(wrapper.find('[data-testid="lifetime-service-pays-year"]').text()).toBe('not within the 10 years looked at')
    expect(wrapper.find('[data-testid="lifetime-payback-year"]').text()).toBe('not within the 10 years looked at')
    expect(wrapper.get('[data-reading="service-loss"]').text()).toContain('does not pay its way in any year')
  })
})
