import { beforeEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import MarginsView from '@/views/MarginsView.vue'
import { computeMargins, EXAMPLE_MARGIN_INPUT } from '@/domain/margins'

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
    const result = computeMargins(EXAMPLE_MARGIN_INPUT)
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
    const expected = computeMargins({ ...EXAMPLE_MARGIN_INPUT, product: { ...EXAMPLE_MARGIN_INPUT.product, unitPrice: 1234.56 } })
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
})
