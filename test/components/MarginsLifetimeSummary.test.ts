import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import MarginsLifetimeSummary from '@/components/MarginsLifetimeSummary.vue'
import type { LifetimeProjection } from '@/domain/lifetime'

/** A projection of one year whose product and service profits are given; the rest is what the summary reads. */
function projection(product: number, service: number, rest: Partial<LifetimeProjection>): LifetimeProjection {
  const line = (profit: number) => ({ revenue: Math.max(profit, 0), cost: Math.max(-profit, 0), profit })
  const combined = product + service
  return {
    years: [{ year: 1, subscribersAtEnd: 100, product: line(product), service: line(service), combined: line(combined), cumulativeServiceProfit: service }],
    servicePaysYear: service >= 0 ? 1 : null,
    servicePaysBackYear: service >= 0 ? 1 : null,
    lifetimeValuePerSubscriber: 120,
    serviceShareOfProfitPct: combined === 0 ? null : (service / combined) * 100,
    ...rest,
  }
}

function summary(p: LifetimeProjection) {
  const wrapper = mount(MarginsLifetimeSummary, { props: { projection: p, currency: 'EUR' } })
  // The term, then each part of its description, as a screen reader reads them one after the other.
  const row = (testid: string) =>
    [...wrapper.get(`[data-testid="${testid}"]`).element.closest('div')!.querySelectorAll('dt, dd > span')]
      .map((part) => part.textContent!.trim())
      .join(' ')
  return { wrapper, row }
}

describe('MarginsLifetimeSummary', () => {
  it.each<[string, LifetimeProjection, string, string]>([
    ['a service that makes part of the profit', projection(900, 100, {}), '10.0 %', 'The service’s share of all profit over these years 10.0 %'],
    [
      'a service whose losses come off the product’s profit',
      projection(1000, -100, {}),
      '-11.1 %',
      'The service’s share of all profit over these years -11.1 % the service’s losses come off the product’s profit',
    ],
    [
      'a service that makes up for a loss-making product',
      projection(-100, 300, {}),
      '150.0 %',
      'The service’s share of all profit over these years 150.0 % more than all of it: the service makes up for the product’s losses',
    ],
    [
      'product and service losing money together',
      projection(-100, 50, {}),
      'none: together, product and service lose money over these years',
      'The service’s share of all profit over these years none: together, product and service lose money over these years',
    ],
    ['no profit and no loss overall', projection(100, -100, {}), 'none (no profit overall)', 'The service’s share of all profit over these years none (no profit overall)'],
  ])('words the service’s share of the profit for %s', (_what, p, shown, row) => {
    const { wrapper, row: rowOf } = summary(p)
    expect(wrapper.get('[data-testid="lifetime-service-share"]').text()).toBe(shown)
    expect(rowOf('lifetime-service-share')).toBe(row)
  })

  it('says what a subscriber is worth, and a subscriber who costs more than they pay is a loss, not a negative worth', () => {
    expect(summary(projection(900, 100, {})).row('lifetime-value')).toMatch(/^A subscriber is worth, over their average stay €120 /)
    const losing = summary(projection(900, -100, { lifetimeValuePerSubscriber: -45.5 }))
    expect(losing.wrapper.get('[data-testid="lifetime-value"]').text()).toBe('€45.50')
    expect(losing.row('lifetime-value')).toMatch(/^Each subscriber loses you, over their average stay €45\.50/)
    expect(losing.wrapper.text()).not.toMatch(/worth|earn/i)
  })
})
