import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import MarginsLifetimeTable from '@/components/MarginsLifetimeTable.vue'
import type { LifetimeProjection, YearProjection } from '@/domain/lifetime'

function year(year: number, subscribersAtEnd: number, product: number, service: number, cumulative: number): YearProjection {
  // Revenue and cost are not shown; only the profits need to be right.
  const line = (profit: number) => ({ revenue: Math.max(profit, 0), cost: Math.max(-profit, 0), profit })
  return {
    year,
    subscribersAtEnd,
    product: line(product),
    service: line(service),
    combined: line(product + service),
    cumulativeServiceProfit: cumulative,
  }
}

// A service that loses money in year 1, pays its way in year 2 and has earned back its losses by the end of year 3.
const projection: LifetimeProjection = {
  years: [
    year(1, 1234.5, 400_000, -30_000, -30_000),
    year(2, 2000.4, 400_000, 10_000, -20_000),
    year(3, 2499.6, 400_000, 25_000, 5_000),
    year(4, 2800, 400_000, 40.5, 5_040.5),
  ],
  servicePaysYear: 2,
  servicePaysBackYear: 3,
  lifetimeValuePerSubscriber: 100,
  serviceShareOfProfitPct: 3,
}

function mountTable(p: LifetimeProjection = projection, currency = 'EUR') {
  return mount(MarginsLifetimeTable, { props: { projection: p, currency } })
}

const cells = (row: ReturnType<ReturnType<typeof mountTable>['get']>) =>
  row.findAll('th, td').map((cell) => cell.text().replace(/\s+/g, ' '))

describe('MarginsLifetimeTable', () => {
  it('is a captioned table in a scrollable region named like it', () => {
    const wrapper = mountTable()
    const region = wrapper.get('[role="region"]')
    const caption = wrapper.get('table caption').text()
    expect(caption).toBe('Profit of the product and the service, year by year')
    expect(region.attributes('aria-label')).toBe(caption)
    expect(region.attributes('tabindex')).toBe('0')
    expect(wrapper.findAll('thead th[scope="col"]').map((th) => th.text())).toEqual([
      'Year',
      'Subscribers at year end',
      'Product profit',
      'Service profit',
      'Service profit so far',
      'Combined profit',
    ])
  })

  it('shows one row per year, headed by the year', () => {
    const wrapper = mountTable()
    expect(wrapper.findAll('tbody tr')).toHaveLength(4)
    expect(wrapper.findAll('tbody th[scope="row"]').map((th) => th.text().replace(/\s/g, ' '))).toEqual(['Year 1', 'Year 2', 'Year 3', 'Year 4'])
  })

  it('gives whole subscribers and money in the currency, losses with a minus sign', () => {
    const wrapper = mountTable()
    expect(cells(wrapper.get('[data-testid="lifetime-year-1"]'))).toEqual([
      'Year 1',
      '1235',
      '€400,000',
      '-€30,000',
      '-€30,000',
      '€370,000',
    ])
    // Amounts under 100 keep their cents.
    expect(cells(wrapper.get('[data-testid="lifetime-year-4"]'))).toEqual([
      'Year 4',
      '2800',
      '€400,000',
      '€40.50',
      '€5,041',
      '€400,041',
    ])
    expect(wrapper.get('[data-testid="lifetime-year-2"]').find('td').text()).toBe('2000')
    expect(wrapper.get('[data-testid="lifetime-year-3"]').find('td').text()).toBe('2500')
  })

  it('says in words the year the service pays its way and the year its losses are paid back', () => {
    const wrapper = mountTable()
    expect(cells(wrapper.get('[data-testid="lifetime-year-2"]'))).toEqual([
      'Year 2',
      '2000',
      '€400,000',
      '€10,000 (service pays its way)',
      '-€20,000',
      '€410,000',
    ])
    expect(cells(wrapper.get('[data-testid="lifetime-year-3"]'))[4]).toBe('€5,000 (losses paid back, not discounted)')
    const marked = (text: string) =>
      wrapper.findAll('tbody tr').filter((row) => row.text().includes(text)).map((row) => row.attributes('data-testid'))
    expect(marked('service pays its way')).toEqual(['lifetime-year-2'])
    expect(marked('losses paid back')).toEqual(['lifetime-year-3'])
  })

  it('marks both in the same year when that year pays back all earlier losses', () => {
    const wrapper = mountTable({ ...projection, servicePaysYear: 3, servicePaysBackYear: 3 })
    const row = wrapper.get('[data-testid="lifetime-year-3"]').text()
    expect(row).toContain('service pays its way')
    expect(row).toContain('losses paid back')
  })

  it('claims no losses paid back for a service that pays from the first year', () => {
    const wrapper = mountTable({ ...projection, servicePaysYear: 1, servicePaysBackYear: 1 })
    expect(wrapper.get('[data-testid="lifetime-year-1"]').text()).toContain('service pays its way')
    expect(wrapper.text()).not.toContain('losses paid back')
  })

  it('marks no year when the service does not pay within the horizon', () => {
    const wrapper = mountTable({ ...projection, servicePaysYear: null, servicePaysBackYear: null })
    expect(wrapper.text()).not.toContain('service pays its way')
    expect(wrapper.text()).not.toContain('losses paid back')
  })

  it('uses the chosen currency', () => {
    const wrapper = mountTable(projection, 'USD')
    expect(cells(wrapper.get('[data-testid="lifetime-year-1"]'))[3]).toBe('-$30,000')
  })
})
