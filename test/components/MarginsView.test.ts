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
    expect((wrapper.find('[data-testid="margin-unitPrice"]').element as HTMLInputElement).value).toBe('2100')
    expect((wrapper.find('[data-testid="margin-monthlyFee"]').element as HTMLInputElement).value).toBe('4.19')
    expect(wrapper.find('[data-testid="margin-product-pct"]').text()).toBe(`${result.product.marginPct!.toFixed(1)} %`)
    expect(wrapper.find('[data-testid="margin-product-pct"]').text()).toBe('19.0 %')
    expect(wrapper.find('[data-testid="margin-service-pct"]').text()).toBe('-71.9 %')
    expect(wrapper.find('[data-testid="margin-break-even"]').text()).toBe('12795')
    expect(wrapper.text()).toContain('The service needs 12,795 subscribers to cover its fixed costs; you have 6,000.')
  })

  it('says both sides are before overheads, where the profit is shown', () => {
    const wrapper = mountView()
    const table = wrapper.get('table')
    expect(table.get('caption').text()).toContain('; before overheads (sales, marketing, administration)')
    expect(table.findAll('th[scope="col"]').map((th) => th.text())).toContain('Profit before overheads')
  })

  it('tells the worked example’s story as its figures compute it, with its assumptions without VAT under it', () => {
    const wrapper = mountView()
    expect(wrapper.get('[data-testid="margin-example-story"]').text()).toBe(
      'The stove business makes a margin of 19.0 % of its revenue after the dealers’ share and the product’s fixed cost, before sales, marketing and overheads. ' +
        'At today’s 6,000 subscribers the service loses €216,880 a year; it needs 12,795 to cover its fixed cost of €408,400. ' +
        'With 20 % of buyers subscribing, it first pays its way in year 6 and has not made up its earlier losses within the 10 years looked at. ' +
        'Replace the figures with your own.',
    )
    // The same story as the page's own figures tell, while they are the example's.
    expect(wrapper.get('[data-testid="lifetime-service-pays-year"]').text()).toBe('in year 6')
    expect(wrapper.get('[data-testid="lifetime-payback-year"]').text()).toBe('not within the 10 years looked at')
    const basis = wrapper.get('[data-testid="margin-example-basis"]')
    const lines = basis.findAll('li').map((li) => li.text())
    expect(lines[0]).toBe(
      'Prices: the stove sells for €2,499 and the subscription for €4.99 a month, both with 19 % VAT; the calculator takes them without: €2,100 and €4.19.',
    )
    expect(lines[1]).toBe(
      'The product: 12,000 stoves a year; dealers keep 35 % of the price without VAT; making and delivering a stove, including a warranty provision of €40, costs €980; development, depreciation of tooling and certification €1,500,000 a year.',
    )
    expect(lines[2]).toContain('the app store’s commission of 15 % (the small-business rate) on the fee without VAT, €0.63;')
    expect(lines.join(' ')).toContain('Night and weekend cover, €68,400 a year, agreed with HR and the works council')
    expect(lines.join(' ')).toContain('an escalation rota of 4 engineers')
    expect(lines.join(' ')).toContain('after each call-out, 3 hours of rest taken from the next working day, working time lost at €50 an hour (€18,000).')
    expect(lines.join(' ')).toContain('The rota is drawn from the support desk, the platform developers and IT; the escalation engineers are the firmware team.')
    expect(lines.join(' ')).toContain('€68,400 + €120,000 + €220,000 = €408,400 a year')
    expect(lines).toContain(
      'Neither side carries sales, marketing or administration: the stove’s figures leave out its field sales and dealer support; the service’s include its own support desk.',
    )
    expect(lines.at(-1)).toBe('Fee, costs and yearly sales stay at today’s level for all 10 years.')
    expect(wrapper.get('.margins__example details').attributes('open')).toBeDefined()
  })

  it('says on every money field whether VAT is in it, and how to enter a service included in the device price', () => {
    const wrapper = mountView()
    const hint = (key: string) => wrapper.get(`#margin-field-${key}-hint`).text()
    for (const key of ['unitPrice', 'monthlyFee']) expect(hint(key)).toContain('without VAT or sales tax')
    for (const key of ['unitCost', 'monthlyCostToServe']) expect(hint(key)).toContain('without any VAT you reclaim')
    expect(hint('channelSharePct')).toContain('retail price without VAT')
    const fee = hint('monthlyFee')
    expect(fee).toContain('without VAT and less the retail chain’s share, divided by the months of service you promise')
    expect(fee).toContain('every active device counts as a subscriber, and buyers who subscribe is 100 %')
    expect(hint('subscribers')).toContain('every active device')
    expect(hint('attachRatePct')).toContain('100 for a service included in the device price')
    expect(hint('monthlyChurnPct')).toContain('For a service included in the device price, the share of devices that go offline for good.')
  })

  it('puts warranty in the unit cost, the rest after night call-outs in the service’s fixed cost, and every deduction in the chain’s share', () => {
    const wrapper = mountView()
    const hint = (key: string) => wrapper.get(`#margin-field-${key}-hint`).text()
    expect(hint('unitCost')).toContain('including the warranty provision you book for each unit sold')
    expect(hint('productFixedCostPerYear')).toBe(
      'Development, depreciation of tooling and certification: your own costs that do not change with the number of units, without any VAT you reclaim. Enter 0 to leave them out.',
    )
    expect(hint('productFixedCostPerYear')).not.toContain('warranty')
    expect(hint('fixedCostPerYear')).toContain('and the working time lost to rest after night call-outs')
    expect(hint('fixedCostPerYear')).toContain('without any VAT you reclaim')
    expect(hint('channelSharePct')).toBe(
      'The part of the retail price without VAT that does not reach you: dealer discount, year-end rebates, marketing contributions and cash discounts, 0–100.',
    )
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

  it('says a whole-number field read "1.500" as 1.5, and how to type 1500', async () => {
    const wrapper = mountView()
    const input = wrapper.find('[data-testid="margin-unitsPerYear"]')
    await input.setValue('1.500')
    expect(wrapper.find('[data-testid="margin-unitsPerYear-message"]').text()).toBe(
      'Read as 1.5, which is not a whole number. If you meant 1,500, type 1500, without the separator.',
    )
    expect(input.attributes('aria-invalid')).toBe('true')
    await input.setValue('1500')
    expect(wrapper.find('[data-testid="margin-unitsPerYear-message"]').text()).toBe('')
  })

  it('shows "never" and "—" with explanations when the figures call for it', async () => {
    const wrapper = mountView()
    await wrapper.find('[data-testid="margin-monthlyFee"]').setValue('1')
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
    expect(text('lifetime-service-pays-year')).toBe('in year 6')
    expect(text('lifetime-payback-year')).toBe('not within the 10 years looked at')
    expect(text('lifetime-value')).toBe('€222')
    // Over ten years the service's losses come off the product's profit, and the page says so.
    expect(text('lifetime-service-share')).toBe('-0.9 %')
    expect(wrapper.text()).toContain('the service’s losses come off the product’s profit')
    expect(wrapper.findAll('[data-testid^="lifetime-year-"]')).toHaveLength(10)
    expect(wrapper.text()).toContain('The service has made up any earlier losses (not discounted)')
    expect(wrapper.get('#years-heading + p').text()).toMatch(/ Amounts are not discounted\.$/)
    const loss = wrapper.get('[data-reading="service-loss"]').text()
    expect(loss).toContain('At today’s number of subscribers, the service loses money over a year (a margin of -71.9 %)')
    expect(loss).toContain('it first pays its way in year 6, but has not made up its earlier losses within the 10 years projected')
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
    expect(wrapper.find('[data-testid="lifetime-service-pays-year"]').text()).toBe('in year 6')
    expect(wrapper.findAll('[data-testid^="lifetime-year-"]')).toHaveLength(10)
    expect(wrapper.text()).not.toMatch(/NaN|Infinity/)
  })

  it('says "not within" the years looked at when the service never pays its way', async () => {
    const wrapper = mountView()
    await wrapper.find('[data-testid="margin-monthlyFee"]').setValue('1')
    expect(wrapper.find('[data-testid="lifetime-service-pays-year"]').text()).toBe('not within the 10 years looked at')
    expect(wrapper.find('[data-testid="lifetime-payback-year"]').text()).toBe('not within the 10 years looked at')
    expect(wrapper.get('[data-reading="service-loss"]').text()).toContain('does not pay its way in any year')
  })

  /** Types figures into the form and returns each reading's words by its id. */
  async function readingsFor(figures: Record<string, string>) {
    const wrapper = mountView()
    for (const [key, value] of Object.entries(figures)) await wrapper.get(`[data-testid="margin-${key}"]`).setValue(value)
    return { wrapper, reading: (id: string) => wrapper.find(`[data-reading="${id}"]`) }
  }

  it.each<[string, Record<string, string>, Record<string, string | null>]>([
    [
      'a product that loses money beside a service that makes money',
      { unitCost: '1500', subscribers: '20000' },
      {
        'margins-compared': 'Over a year the product loses money (a margin of -19.0 %) and the service makes a margin of 22.9 %.',
        'product-below-cost': 'After the retail chain’s share, a unit brings in €1,365 but costs €1,500 to make and deliver: the product loses money on every unit, before any fixed cost.',
        'service-loss': null,
      },
    ],
    [
      'a product margin below the service’s',
      { productFixedCostPerYear: '4200000', subscribers: '20000' },
      { 'margins-compared': 'Over a year the product makes a margin of 2.6 % and the service makes a margin of 22.9 %.' },
    ],
    [
      'a service at exactly break-even: a fee equal to the cost to serve and no fixed cost',
      { monthlyFee: '1.53', fixedCostPerYear: '0' },
      {
        'service-thin': 'The service breaks even over a year: its revenue covers its costs exactly, with nothing left over and no loss.',
        'margins-compared': 'the service breaks even.',
        'fee-equals-cost': 'The fee of €1.53 a month equals the cost to serve a subscriber, and the service has no fixed cost: it breaks even at any number of subscribers.',
        'service-loss': null,
      },
    ],
  ])('reads %s correctly, and never calls a loss earned', async (_what, figures, expected) => {
    const { wrapper, reading } = await readingsFor(figures)
    for (const [id, words] of Object.entries(expected)) {
      if (words === null) expect(reading(id).exists(), id).toBe(false)
      else expect(reading(id).text(), id).toContain(words)
    }
    expect(wrapper.get('[data-testid="margin-reading"]').text()).not.toMatch(/earn/i)
  })

  it('shows a service at exactly break-even as 0.0 %, paying its way from year 1, not as a loss', async () => {
    const { wrapper } = await readingsFor({ monthlyFee: '1.53', fixedCostPerYear: '0' })
    expect(wrapper.get('[data-testid="margin-service-pct"]').text()).toBe('0.0 %')
    expect(wrapper.get('[data-testid="lifetime-service-pays-year"]').text()).toBe('in year 1')
    expect(wrapper.get('[data-testid="margin-reading"]').text()).not.toContain('loses')
  })
})
