import { describe, expect, it } from 'vitest'
import { formatMoney, formatMoneyCompact, formatPct } from '@/i18n/format'

describe('formatting figures', () => {
  it.each([
    [-0.0001, '0.0 %'],
    [-0.04, '0.0 %'],
    [0.04, '0.0 %'],
    [-0.05, '-0.1 %'],
    [-11.02, '-11.0 %'],
    [28.95, '29.0 %'],
    [1234.5, '1234.5 %'],
  ])('a percentage of %d reads "%s", never "-0.0"', (value, shown) => {
    expect(formatPct(value)).toBe(shown)
  })

  it.each([
    [-0.001, 'EUR', '€0.00'],
    [-39_600, 'EUR', '-€39,600'],
    [4.99, 'USD', '$4.99'],
    [1234.4, null, '1,234.4'],
  ])('%d in %s reads "%s"', (value, currency, shown) => {
    expect(formatMoney(value, currency)).toBe(shown)
  })

  it('shortens money on chart axes', () => {
    expect(formatMoneyCompact(4_000_000, 'EUR')).toBe('€4M')
    expect(formatMoneyCompact(-250_000, 'EUR')).toBe('-€250K')
    expect(formatMoneyCompact(1500, null)).toBe('1.5K')
  })
})
