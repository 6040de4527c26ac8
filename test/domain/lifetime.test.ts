import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  lifeInputSchema,
  projectLifetime,
  type LifeInput,
  type YearLine,
} from '@/domain/lifetime'
import {
  checkFigure,
  computeMargins,
  EXAMPLE_LIFE,
  EXAMPLE_MARGIN_INPUT,
  FIGURE_FIELDS,
  MARGIN_FIELDS,
  marginInputSchema,
  type MarginInput,
} from '@/domain/margins'
import { figureArb, marginInputArb } from './arbitraries'

/** Equal up to floating-point noise, relative to `scale` (by default the size of the expected value). */
function expectClose(actual: number | null, expected: number | null, scale = Math.abs(expected ?? 0)) {
  if (expected === null) {
    expect(actual).toBeNull()
    return
  }
  expect(actual).not.toBeNull()
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, scale))
}

/**
 * Revenue and cost to 1e-9 of their size; profit to 1e-9 of the larger of the two, since a
 * profit is a difference and may be far smaller than the figures it comes from.
 */
function expectYearLine(actual: YearLine, expected: { revenue: number; cost: number }) {
  expectClose(actual.revenue, expected.revenue)
  expectClose(actual.cost, expected.cost)
  expectClose(actual.profit, expected.revenue - expected.cost, Math.max(Math.abs(expected.revenue), Math.abs(expected.cost)))
}

const plain = { noNullPrototype: true } as const

/** A valid life figure: 0–100 in ten-thousandths for percentages, whole years within the field's bounds. */
function lifeFigureArb(key: keyof LifeInput): fc.Arbitrary<number> {
  const field = FIGURE_FIELDS.find((f) => f.key === key)!
  if (field.kind === 'count') return fc.integer({ min: field.min, max: field.max })
  const anyPct = fc.integer({ min: 0, max: 100 * 1e4 }).map((n) => n / 1e4)
  // Everyday churn is a few per cent a month: make sure those are well covered too.
  const smallPct = fc.integer({ min: 0, max: 5 * 1e4 }).map((n) => n / 1e4)
  return fc.oneof(anyPct, smallPct)
}

const lifeInputArb: fc.Arbitrary<LifeInput> = fc.record(
  {
    attachRatePct: lifeFigureArb('attachRatePct'),
    monthlyChurnPct: lifeFigureArb('monthlyChurnPct'),
    deviceLifetimeYears: lifeFigureArb('deviceLifetimeYears'),
    horizonYears: lifeFigureArb('horizonYears'),
  },
  plain,
)

/** Margin figures with or without the product's fixed cost (its bound is the service's, 1e11). */
const marginsArb: fc.Arbitrary<MarginInput> = fc
  .tuple(marginInputArb, fc.option(figureArb('fixedCostPerYear'), { nil: undefined }))
  .map(([input, fixedCostPerYear]) =>
    fixedCostPerYear === undefined ? input : { ...input, product: { ...input.product, fixedCostPerYear } },
  )

/** Small, round figures for the worked cases below. */
function margins(product: Partial<MarginInput['product']> = {}, service: Partial<MarginInput['service']> = {}): MarginInput {
  return {
    product: { unitPrice: 0, unitCost: 0, unitsPerYear: 0, channelSharePct: 0, ...product },
    service: { monthlyFee: 0, monthlyCostToServe: 0, subscribers: 0, fixedCostPerYear: 0, ...service },
  }
}

function life(input: Partial<LifeInput> = {}): LifeInput {
  return { attachRatePct: 0, monthlyChurnPct: 0, deviceLifetimeYears: 30, horizonYears: 1, ...input }
}

/*
 * An independent reference, written line by line from PRODUCT.md's "Margins over the
 * product's life": S(m) as the literal double sum, every month on its own.
 */
function referenceProjection(input: MarginInput, lifeInput: LifeInput) {
  const { unitPrice, unitCost, unitsPerYear, channelSharePct } = input.product
  const productFixedCostPerYear = input.product.fixedCostPerYear ?? 0
  const { monthlyFee, monthlyCostToServe, subscribers, fixedCostPerYear } = input.service
  const { attachRatePct, monthlyChurnPct, deviceLifetimeYears, horizonYears } = lifeInput
  const u = unitsPerYear / 12
  const n = (u * attachRatePct) / 100
  const s = (k: number) => (k < 12 * deviceLifetimeYears ? Math.pow(1 - monthlyChurnPct / 100, k) : 0)
  const S = (m: number) => {
    let total = subscribers * s(m)
    for (let j = 1; j <= m; j++) total += n * s(m - j)
    return total
  }
  const years = []
  let cumulativeServiceProfit = 0
  for (let y = 1; y <= horizonYears; y++) {
    const product = { revenue: 0, cost: 0 }
    const service = { revenue: 0, cost: 0 }
    for (let m = 12 * (y - 1) + 1; m <= 12 * y; m++) {
      product.revenue += u * unitPrice * (1 - channelSharePct / 100)
      product.cost += u * unitCost + productFixedCostPerYear / 12
      service.revenue += S(m) * monthlyFee
      service.cost += S(m) * monthlyCostToServe + fixedCostPerYear / 12
    }
    cumulativeServiceProfit += service.revenue - service.cost
    years.push({
      year: y,
      subscribersAtEnd: S(12 * y),
      product,
      service,
      combined: { revenue: product.revenue + service.revenue, cost: product.cost + service.cost },
      cumulativeServiceProfit,
      // How large the figures behind the cumulative profit are, for comparing it.
      cumulativeScale: 0,
    })
  }
  let scale = 0
  for (const year of years) {
    scale += Math.abs(year.service.revenue) + Math.abs(year.service.cost)
    year.cumulativeScale = scale
  }
  let lifetimeValuePerSubscriber = 0
  for (let k = 0; k <= 12 * deviceLifetimeYears - 1; k++) {
    lifetimeValuePerSubscriber += (monthlyFee - monthlyCostToServe) * Math.pow(1 - monthlyChurnPct / 100, k)
  }
  return { years, lifetimeValuePerSubscriber }
}

describe('projectLifetime: worked cases', () => {
  /*
   * By hand. 120 units a year: u = 10 a month, attach 50 % → n = 5 new subscriptions a month.
   * No churn, devices live 1 year (12 months): s(k) = 1 for k < 12, else 0.
   *   S(m) = 100 × s(m) + 5 × Σ_{j=1..m} s(m − j)
   *   months 1–11: S(m) = 100 + 5m (today's 100 subscribers, plus 5 for each month so far);
   *   month 12:    S(12) = 0 + 5 × 12 = 60 (today's devices retire after 12 months;
   *                the month-1 cohort is 11 months old and stays);
   *   months 13–24: S(m) = 5 × 12 = 60 (each month one cohort retires and one starts).
   * Year 1: Σ S = 11 × 100 + 5 × (1 + … + 12) = 1100 + 390 = 1490;  year 2: Σ S = 12 × 60 = 720.
   * Service (fee 10, cost to serve 4, fixed 1200 a year = 100 a month):
   *   year 1: revenue 14 900, cost 5960 + 1200 = 7160, profit 7740;
   *   year 2: revenue 7200, cost 2880 + 1200 = 4080, profit 3120; cumulative 10 860.
   * Product (price 100, chain keeps 20 %, cost 50, fixed 1200 a year):
   *   a month: revenue 10 × 100 × 0.8 = 800, cost 10 × 50 + 100 = 600; a year 9600 and 7200, profit 2400.
   * Service share of the profit over 2 years: 10 860 ÷ (10 860 + 4800) × 100.
   * Lifetime value: (10 − 4) × 12 months = 72.
   */
  const worked = projectLifetime(
    margins(
      { unitPrice: 100, unitCost: 50, unitsPerYear: 120, channelSharePct: 20, fixedCostPerYear: 1200 },
      { monthlyFee: 10, monthlyCostToServe: 4, subscribers: 100, fixedCostPerYear: 1200 },
    ),
    life({ attachRatePct: 50, deviceLifetimeYears: 1, horizonYears: 2 }),
  )

  it('works the case without churn through by hand', () => {
    expect(worked.years).toEqual([
      {
        year: 1,
        subscribersAtEnd: 60,
        product: { revenue: 9600, cost: 7200, profit: 2400 },
        service: { revenue: 14_900, cost: 7160, profit: 7740 },
        combined: { revenue: 24_500, cost: 14_360, profit: 10_140 },
        cumulativeServiceProfit: 7740,
      },
      {
        year: 2,
        subscribersAtEnd: 60,
        product: { revenue: 9600, cost: 7200, profit: 2400 },
        service: { revenue: 7200, cost: 4080, profit: 3120 },
        combined: { revenue: 16_800, cost: 11_280, profit: 5520 },
        cumulativeServiceProfit: 10_860,
      },
    ])
    expect(worked.servicePaysYear).toBe(1)
    expect(worked.servicePaysBackYear).toBe(1)
    expect(worked.lifetimeValuePerSubscriber).toBe(72)
    expectClose(worked.serviceShareOfProfitPct, (10_860 / 15_660) * 100)
  })

  /*
   * By hand, halving churn. 12 units a year, all subscribe: n = 1 a month; churn 50 %: s(k) = 2^−k
   * for k < 12, else 0; 64 subscribers today. Every figure is a sum of powers of 2, exact in a double.
   *   S(m) = 64 × 2^−m + (1 + ½ + … + 2^−(m−1)) = 64 × 2^−m + 2 − 2^(1−m) for m < 12: S(1) = 33, S(2) = 17.5;
   *   S(12) = 0 + (2 − 2^−11) = 1.99951171875 (today's devices retired).
   *   Σ_{m=1..12} S = 64 × (1 − 2^−11) + Σ_{m=1..12} (2 − 2^(1−m)) = 63.96875 + (24 − (2 − 2^−11)) = 85.96923828125.
   * Fee 2, cost to serve 1, no fixed cost: revenue 171.9384765625, cost 85.96923828125.
   * Lifetime value: (2 − 1) × Σ_{k=0..11} 2^−k = 2 − 2^−11.
   */
  it('works a case with churn through by hand', () => {
    const result = projectLifetime(
      margins({ unitsPerYear: 12 }, { monthlyFee: 2, monthlyCostToServe: 1, subscribers: 64 }),
      life({ attachRatePct: 100, monthlyChurnPct: 50, deviceLifetimeYears: 1, horizonYears: 1 }),
    )
    expect(result.years).toHaveLength(1)
    expect(result.years[0]!.subscribersAtEnd).toBe(1.99951171875)
    expect(result.years[0]!.service).toEqual({ revenue: 171.9384765625, cost: 85.96923828125, profit: 85.96923828125 })
    expect(result.lifetimeValuePerSubscriber).toBe(1.99951171875)
    // No product revenue or cost: the service makes all of the profit.
    expect(result.serviceShareOfProfitPct).toBe(100)
  })

  /*
   * A service that loses money at first: no churn, devices outlive the horizon, no subscribers
   * today, n = 1200 ÷ 12 × 10 % = 10 a month: S(m) = 10m. Margin 5 a subscriber-month, fixed 60 000 a year.
   *   year y: Σ_{m=12y−11..12y} 10m = 10 × (144y − 66); profit = 5 × 10 × (144y − 66) − 60 000 = 7200y − 63 300,
   *   ≥ 0 from y = 9 (year 8: −5700; year 9: 1500);
   *   cumulative to Y: 3600Y(Y + 1) − 63 300Y ≥ 0 when Y + 1 ≥ 17.58…: from Y = 17
   *   (Y = 16: 979 200 − 1 012 800 = −33 600; Y = 17: 1 101 600 − 1 076 100 = 25 500).
   */
  const growing = (horizonYears: number) =>
    projectLifetime(
      margins({ unitsPerYear: 1200 }, { monthlyFee: 10, monthlyCostToServe: 5, fixedCostPerYear: 60_000 }),
      life({ attachRatePct: 10, deviceLifetimeYears: 30, horizonYears }),
    )

  it('finds the first year the service pays and the year it has paid back its losses', () => {
    const result = growing(20)
    expect(result.years.map((y) => y.service.profit)).toEqual(
      Array.from({ length: 20 }, (_, i) => 7200 * (i + 1) - 63_300),
    )
    expect(result.years[15]!.cumulativeServiceProfit).toBe(-33_600)
    expect(result.years[16]!.cumulativeServiceProfit).toBe(25_500)
    expect(result.servicePaysYear).toBe(9)
    expect(result.servicePaysBackYear).toBe(17)
    expect(result.years[19]!.subscribersAtEnd).toBe(2400)
  })

  it('says none when that year lies beyond the horizon', () => {
    expect([growing(16).servicePaysYear, growing(16).servicePaysBackYear]).toEqual([9, null])
    expect([growing(8).servicePaysYear, growing(8).servicePaysBackYear]).toEqual([null, null])
  })

  it('counts a year whose service profit is exactly 0 as paying', () => {
    // Fee equal to the cost to serve, no fixed cost: every year's service profit is 0.
    const result = projectLifetime(
      margins({}, { monthlyFee: 3, monthlyCostToServe: 3, subscribers: 10 }),
      life({ horizonYears: 3 }),
    )
    expect(result.years.map((y) => y.service.profit)).toEqual([0, 0, 0])
    expect([result.servicePaysYear, result.servicePaysBackYear]).toEqual([1, 1])
    expect(result.lifetimeValuePerSubscriber).toBe(0)
  })

  it('has no service share of the profit when the combined profit over the horizon is 0', () => {
    // The product earns 1200 a year; the service costs 1200 a year and earns nothing.
    const result = projectLifetime(
      margins({ unitPrice: 100, unitsPerYear: 12 }, { fixedCostPerYear: 1200 }),
      life({ horizonYears: 2 }),
    )
    expect(result.years.map((y) => [y.product.profit, y.service.profit, y.combined.profit])).toEqual([
      [1200, -1200, 0],
      [1200, -1200, 0],
    ])
    expect(result.serviceShareOfProfitPct).toBeNull()
    expect([result.servicePaysYear, result.servicePaysBackYear]).toEqual([null, null])
    // Nothing at all: still no share, and no division by zero.
    expect(projectLifetime(margins(), life()).serviceShareOfProfitPct).toBeNull()
  })

  it('gives a share above 100 % when the product loses money', () => {
    // Service profit 1200 a year, product −600: 1200 ÷ 600 × 100.
    const result = projectLifetime(
      margins({ unitCost: 50, unitsPerYear: 12 }, { monthlyFee: 10, subscribers: 10 }),
      life(),
    )
    expect(result.serviceShareOfProfitPct).toBe(200)
  })

  it('keeps only the month’s new subscribers when everyone cancels each month', () => {
    // Churn 100 %: s(0) = 1 and s(k) = 0 after, so S(m) = n; today's 500 are gone in month 1.
    const result = projectLifetime(
      margins({ unitsPerYear: 240 }, { monthlyFee: 1, subscribers: 500 }),
      life({ attachRatePct: 50, monthlyChurnPct: 100, horizonYears: 2 }),
    )
    expect(result.years.map((y) => [y.subscribersAtEnd, y.service.revenue])).toEqual([
      [10, 120],
      [10, 120],
    ])
  })

  it('ends every subscription when its device retires, today’s included', () => {
    // Devices live 1 year: today's 10 subscribers count in months 1–11 only (their devices are
    // taken as new at the start), so year 1 has 110 subscriber-months and year 2 none.
    const result = projectLifetime(
      margins({}, { monthlyFee: 1, subscribers: 10 }),
      life({ deviceLifetimeYears: 1, horizonYears: 2 }),
    )
    expect(result.years.map((y) => [y.subscribersAtEnd, y.service.revenue])).toEqual([
      [0, 110],
      [0, 0],
    ])
  })

  it('adds the product’s fixed cost a twelfth each month, and treats it as 0 when left out', () => {
    const base = margins({ unitPrice: 10, unitCost: 4, unitsPerYear: 120 })
    const without = projectLifetime(base, life({ horizonYears: 2 }))
    const withFixed = projectLifetime({ ...base, product: { ...base.product, fixedCostPerYear: 240 } }, life({ horizonYears: 2 }))
    expect(without.years.map((y) => y.product)).toEqual([
      { revenue: 1200, cost: 480, profit: 720 },
      { revenue: 1200, cost: 480, profit: 720 },
    ])
    expect(withFixed.years.map((y) => y.product)).toEqual([
      { revenue: 1200, cost: 720, profit: 480 },
      { revenue: 1200, cost: 720, profit: 480 },
    ])
  })

  it('gives one year per year of the horizon, numbered from 1, at the largest horizon and device life', () => {
    const result = projectLifetime(
      margins({ unitsPerYear: 1e9 }, { monthlyFee: 1e6, subscribers: 1e9 }),
      life({ attachRatePct: 100, monthlyChurnPct: 0.0001, deviceLifetimeYears: 30, horizonYears: 20 }),
    )
    expect(result.years.map((y) => y.year)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
    for (const year of result.years) expect(Number.isFinite(year.combined.profit)).toBe(true)
  })
})

describe('projectLifetime: properties', () => {
  it('reduces to the arithmetic series without churn and with devices that outlive the horizon', () => {
    // s(k) = 1 for every month within the horizon, so S(m) = subscribers + n × m, and year y sums
    // 12 × subscribers + n × Σ_{m=12y−11..12y} m = 12 × subscribers + n × (144y − 66).
    const arb = fc.record({
      input: marginsArb,
      attachRatePct: lifeFigureArb('attachRatePct'),
      span: fc.integer({ min: 1, max: 20 }).chain((horizonYears) =>
        fc.record({ horizonYears: fc.constant(horizonYears), deviceLifetimeYears: fc.integer({ min: horizonYears + 1, max: 30 }) }),
      ),
    })
    fc.assert(
      fc.property(arb, ({ input, attachRatePct, span }) => {
        const { unitPrice, unitCost, unitsPerYear, channelSharePct } = input.product
        const { monthlyFee, monthlyCostToServe, subscribers, fixedCostPerYear } = input.service
        const n = (unitsPerYear / 12) * (attachRatePct / 100)
        const result = projectLifetime(input, { attachRatePct, monthlyChurnPct: 0, ...span })
        expect(result.years).toHaveLength(span.horizonYears)
        result.years.forEach((year, i) => {
          const y = i + 1
          const subscriberMonths = 12 * subscribers + n * (144 * y - 66)
          expect(year.year).toBe(y)
          expectClose(year.subscribersAtEnd, subscribers + n * 12 * y)
          expectYearLine(year.product, {
            revenue: unitPrice * (1 - channelSharePct / 100) * unitsPerYear,
            cost: unitCost * unitsPerYear + (input.product.fixedCostPerYear ?? 0),
          })
          expectYearLine(year.service, {
            revenue: monthlyFee * subscriberMonths,
            cost: monthlyCostToServe * subscriberMonths + fixedCostPerYear,
          })
          // Σ_{m=1..12y} (subscribers + n × m) = 12y × subscribers + n × 6y(12y + 1).
          const toDate = 12 * y * subscribers + n * 6 * y * (12 * y + 1)
          expectClose(
            year.cumulativeServiceProfit,
            (monthlyFee - monthlyCostToServe) * toDate - y * fixedCostPerYear,
            (monthlyFee + monthlyCostToServe) * toDate + y * fixedCostPerYear,
          )
        })
        expectClose(result.lifetimeValuePerSubscriber, (monthlyFee - monthlyCostToServe) * 12 * span.deviceLifetimeYears)
      }),
      { numRuns: 300 },
    )
  })

  it('matches a month-by-month reference written from the formulas', () => {
    fc.assert(
      fc.property(marginsArb, lifeInputArb, (input, lifeInput) => {
        const result = projectLifetime(input, lifeInput)
        const reference = referenceProjection(input, lifeInput)
        expect(result.years).toHaveLength(reference.years.length)
        result.years.forEach((year, i) => {
          const expected = reference.years[i]!
          expect(year.year).toBe(expected.year)
          expectClose(year.subscribersAtEnd, expected.subscribersAtEnd)
          expectYearLine(year.product, expected.product)
          expectYearLine(year.service, expected.service)
          expectYearLine(year.combined, expected.combined)
          expectClose(year.cumulativeServiceProfit, expected.cumulativeServiceProfit, expected.cumulativeScale)
        })
        expectClose(result.lifetimeValuePerSubscriber, reference.lifetimeValuePerSubscriber)

        // The first paying year, judged on the reference's figures: where a profit is within
        // rounding of 0 the two may differ in sign, so those years may go either way.
        const tolerance = (line: { revenue: number; cost: number }) =>
          1e-9 * Math.max(1, Math.abs(line.revenue), Math.abs(line.cost))
        const paying = reference.years.map((y) => {
          const profit = y.service.revenue - y.service.cost
          return profit >= tolerance(y.service) ? true : profit <= -tolerance(y.service) ? false : undefined
        })
        const paidBack = reference.years.map((y) =>
          y.cumulativeServiceProfit >= 1e-9 * y.cumulativeScale
            ? true
            : y.cumulativeServiceProfit <= -1e-9 * Math.max(1, y.cumulativeScale)
              ? false
              : undefined,
        )
        for (const [found, verdicts] of [
          [result.servicePaysYear, paying],
          [result.servicePaysBackYear, paidBack],
        ] as const) {
          const before = found === null ? verdicts : verdicts.slice(0, found - 1)
          expect(before.every((v) => v !== true)).toBe(true)
          if (found !== null) expect(verdicts[found - 1]).not.toBe(false)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('never has fewer than 0 subscribers', () => {
    fc.assert(
      fc.property(marginsArb, lifeInputArb, (input, lifeInput) => {
        for (const year of projectLifetime(input, lifeInput).years) {
          expect(year.subscribersAtEnd).toBeGreaterThanOrEqual(0)
          expect(year.service.revenue).toBeGreaterThanOrEqual(0)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('makes each year’s combined line the sum of product and service', () => {
    fc.assert(
      fc.property(marginsArb, lifeInputArb, (input, lifeInput) => {
        for (const { product, service, combined } of projectLifetime(input, lifeInput).years) {
          expectClose(combined.revenue, product.revenue + service.revenue)
          expectClose(combined.cost, product.cost + service.cost)
          expectClose(
            combined.profit,
            product.profit + service.profit,
            Math.max(combined.revenue, combined.cost),
          )
          expectClose(combined.profit, combined.revenue - combined.cost, Math.max(combined.revenue, combined.cost))
        }
      }),
      { numRuns: 300 },
    )
  })

  it('agrees with computeMargins over one year without new subscriptions or churn', () => {
    // Today's subscribers stay all year only while their devices do: a device life of 1 year
    // would retire them in month 12, so the one-year figures mean the same from 2 years on.
    const arb = fc.record({ input: marginsArb, deviceLifetimeYears: fc.integer({ min: 2, max: 30 }) })
    fc.assert(
      fc.property(arb, ({ input, deviceLifetimeYears }) => {
        const result = projectLifetime(input, { attachRatePct: 0, monthlyChurnPct: 0, deviceLifetimeYears, horizonYears: 1 })
        const oneYear = computeMargins(input)
        expect(result.years).toHaveLength(1)
        const [year] = result.years
        for (const side of ['product', 'service', 'combined'] as const) {
          expectYearLine(year![side], oneYear[side])
          expectClose(year![side].profit, oneYear[side].grossProfit, Math.max(oneYear[side].revenue, oneYear[side].cost))
        }
        expectClose(year!.subscribersAtEnd, input.service.subscribers)
      }),
      { numRuns: 500 },
    )
  })

  it('gives the geometric series as the lifetime value when subscribers churn', () => {
    // Σ_{k=0..L−1} margin × q^k = margin × (1 − q^L) ÷ (1 − q), with q = 1 − churn ÷ 100 < 1.
    const arb = fc.record({
      input: marginsArb,
      lifeInput: lifeInputArb.filter((l) => l.monthlyChurnPct > 0),
    })
    fc.assert(
      fc.property(arb, ({ input, lifeInput }) => {
        const q = 1 - lifeInput.monthlyChurnPct / 100
        const months = 12 * lifeInput.deviceLifetimeYears
        const margin = input.service.monthlyFee - input.service.monthlyCostToServe
        expectClose(projectLifetime(input, lifeInput).lifetimeValuePerSubscriber, (margin * (1 - q ** months)) / (1 - q))
      }),
      { numRuns: 500 },
    )
  })

  it.each([
    [0.0001, 1, (1 - 0.999999 ** 12) / 0.000001],
    [1, 2, (1 - 0.99 ** 24) / 0.01],
    [5, 5, (1 - 0.95 ** 60) / 0.05],
    [100, 30, 1],
  ])('lifetime value at %d %% churn over %i years is margin × %d', (churn, years, months) => {
    const result = projectLifetime(
      margins({}, { monthlyFee: 7.5, monthlyCostToServe: 2.5 }),
      life({ monthlyChurnPct: churn, deviceLifetimeYears: years }),
    )
    expectClose(result.lifetimeValuePerSubscriber, 5 * months)
  })

  it('reports the first paying years and the profit share from its own years', () => {
    fc.assert(
      fc.property(marginsArb, lifeInputArb, (input, lifeInput) => {
        const result = projectLifetime(input, lifeInput)
        const first = (found: number) => (found === -1 ? null : found + 1)
        expect(result.servicePaysYear).toBe(first(result.years.findIndex((y) => y.service.profit >= 0)))
        expect(result.servicePaysBackYear).toBe(first(result.years.findIndex((y) => y.cumulativeServiceProfit >= 0)))
        const combinedProfit = result.years.reduce((sum, y) => sum + y.combined.profit, 0)
        const serviceProfit = result.years.reduce((sum, y) => sum + y.service.profit, 0)
        expect(result.years.at(-1)!.cumulativeServiceProfit).toBe(serviceProfit)
        if (combinedProfit === 0) expect(result.serviceShareOfProfitPct).toBeNull()
        else expect(result.serviceShareOfProfitPct).toBe((serviceProfit / combinedProfit) * 100)
      }),
      { numRuns: 300 },
    )
  })
})

describe('checkFigure on the figures of the product’s life', () => {
  it.each<[keyof LifeInput, number, string | undefined]>([
    ['attachRatePct', 0, undefined],
    ['attachRatePct', 100, undefined],
    ['attachRatePct', 37.5, undefined],
    ['attachRatePct', 12.3456, undefined],
    ['attachRatePct', 12.34567, 'too-precise'],
    ['attachRatePct', 100.0001, 'too-large'],
    ['attachRatePct', -0.0001, 'negative'],
    ['attachRatePct', NaN, 'not-a-number'],
    ['attachRatePct', Infinity, 'too-large'],
    ['attachRatePct', -Infinity, 'negative'],
    ['monthlyChurnPct', 0, undefined],
    ['monthlyChurnPct', 2.5, undefined],
    ['monthlyChurnPct', 101, 'too-large'],
    ['monthlyChurnPct', -1, 'negative'],
    ['deviceLifetimeYears', 1, undefined],
    ['deviceLifetimeYears', 30, undefined],
    ['deviceLifetimeYears', 31, 'too-large'],
    ['deviceLifetimeYears', 2.5, 'not-whole'],
    ['deviceLifetimeYears', 0.5, 'not-whole'],
    ['deviceLifetimeYears', 0, 'too-small'],
    ['deviceLifetimeYears', -1, 'too-small'],
    ['horizonYears', 1, undefined],
    ['horizonYears', 20, undefined],
    ['horizonYears', 21, 'too-large'],
    ['horizonYears', 1.5, 'not-whole'],
    ['horizonYears', 0, 'too-small'],
  ])('%s = %d → %s', (key, value, problem) => {
    expect(checkFigure(key, value)).toBe(problem)
  })
})

describe('lifeInputSchema', () => {
  const valid: LifeInput = { attachRatePct: 60, monthlyChurnPct: 1.5, deviceLifetimeYears: 12, horizonYears: 10 }

  it('accepts valid figures and returns them as they are', () => {
    expect(lifeInputSchema.parse(valid)).toEqual(valid)
    fc.assert(
      fc.property(lifeInputArb, (input) => {
        expect(lifeInputSchema.parse(input)).toEqual(input)
      }),
    )
  })

  it.each<[keyof LifeInput, unknown, string]>([
    ['attachRatePct', -1, 'negative'],
    ['attachRatePct', 100.5, 'too-large'],
    ['attachRatePct', 0.00001, 'too-precise'],
    ['attachRatePct', NaN, 'not-a-number'],
    ['attachRatePct', Infinity, 'too-large'],
    ['attachRatePct', '50', 'not-a-number'],
    ['monthlyChurnPct', -0.5, 'negative'],
    ['monthlyChurnPct', 1000, 'too-large'],
    ['monthlyChurnPct', null, 'not-a-number'],
    ['deviceLifetimeYears', 0, 'too-small'],
    ['deviceLifetimeYears', 31, 'too-large'],
    ['deviceLifetimeYears', 7.5, 'not-whole'],
    ['deviceLifetimeYears', -Infinity, 'negative'],
    ['horizonYears', 0, 'too-small'],
    ['horizonYears', 21, 'too-large'],
    ['horizonYears', 2.25, 'not-whole'],
    ['horizonYears', undefined, 'not-a-number'],
  ])('%s = %s → one issue, "%s", on that field', (key, value, problem) => {
    const result = lifeInputSchema.safeParse({ ...valid, [key]: value })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => ({ path: i.path, message: i.message }))).toEqual([
      { path: [key], message: problem },
    ])
  })

  it('takes its fields, in the order of LifeInput, and their bounds from the one table of figures', () => {
    expect(FIGURE_FIELDS.filter((f) => f.side === 'life').map((f) => [f.key, f.min, f.max])).toEqual([
      ['attachRatePct', 0, 100],
      ['monthlyChurnPct', 0, 100],
      ['deviceLifetimeYears', 1, 30],
      ['horizonYears', 1, 20],
    ])
  })
})

// The product's fixed cost per year is an input of the projection; these pin down what it
// does to the one-year margins and how it is checked at a boundary.
describe('the product’s fixed cost in the one-year margins', () => {
  const withFixedCost = (fixedCostPerYear?: number): MarginInput => ({
    ...EXAMPLE_MARGIN_INPUT,
    product: { ...EXAMPLE_MARGIN_INPUT.product, fixedCostPerYear },
  })

  it('adds to the product cost, and counts as 0 when left out', () => {
    const without = computeMargins(EXAMPLE_MARGIN_INPUT)
    // 980 × 12 000, as before the product had a fixed cost.
    expect(without.product.cost).toBe(11_760_000)
    expect(computeMargins(withFixedCost(0))).toEqual(without)
    expect(computeMargins(withFixedCost(undefined))).toEqual(without)

    const result = computeMargins(withFixedCost(2_000_000))
    // 980 × 12 000 + 2 000 000; revenue 2100 × 0.65 × 12 000 = 16 380 000 as before.
    expect(result.product.revenue).toBe(16_380_000)
    expect(result.product.cost).toBe(13_760_000)
    expect(result.product.grossProfit).toBe(2_620_000)
    expectClose(result.product.marginPct, (2_620_000 / 16_380_000) * 100)
    expect(result.combined.cost).toBe(13_760_000 + 518_560)
    // The service and its break-even do not change: the product's fixed cost is not theirs.
    expect(result.service).toEqual(without.service)
    expect(result.breakEvenSubscribers).toBe(12_795)
  })

  it('adds exactly its amount, whatever the other figures', () => {
    fc.assert(
      fc.property(marginsArb, (input) => {
        const fixed = input.product.fixedCostPerYear ?? 0
        const result = computeMargins(input)
        expectClose(result.product.cost, input.product.unitCost * input.product.unitsPerYear + fixed)
        const without = computeMargins({ ...input, product: { ...input.product, fixedCostPerYear: undefined } })
        expect(result.product.revenue).toBe(without.product.revenue)
        expect(result.service).toEqual(without.service)
        expect(result.breakEvenSubscribers).toBe(without.breakEvenSubscribers)
      }),
      { numRuns: 300 },
    )
  })

  it('is checked like the other money figures, up to 1e11', () => {
    expect(FIGURE_FIELDS.find((f) => f.key === 'productFixedCostPerYear')).toMatchObject({ side: 'product', kind: 'money', max: 1e11 })
    expect(checkFigure('productFixedCostPerYear', 1e11)).toBeUndefined()
    expect(checkFigure('productFixedCostPerYear', 1e11 + 1)).toBe('too-large')
    expect(checkFigure('productFixedCostPerYear', 0.00001)).toBe('too-precise')
    expect(checkFigure('productFixedCostPerYear', -1)).toBe('negative')
    // The eight figures of the link format are unchanged, and their fixed cost is the service's.
    expect(MARGIN_FIELDS).toHaveLength(8)
    expect(MARGIN_FIELDS.filter((f) => f.key === 'fixedCostPerYear').map((f) => f.side)).toEqual(['service'])
    expect(checkFigure('fixedCostPerYear', 1e11 + 1)).toBe('too-large')
  })

  it.each([undefined, 0, 1e11, 1234.5678])('marginInputSchema accepts a product fixed cost of %s and keeps it', (value) => {
    const result = marginInputSchema.safeParse(withFixedCost(value))
    expect(result.success).toBe(true)
    expect(result.data?.product.fixedCostPerYear).toBe(value)
  })

  it('marginInputSchema accepts random valid figures with or without it', () => {
    fc.assert(
      fc.property(marginsArb, (input) => {
        expect(marginInputSchema.parse(input)).toEqual(input)
      }),
    )
  })

  it.each<[unknown, string]>([
    [-1, 'negative'],
    [1e11 + 1, 'too-large'],
    [0.00001, 'too-precise'],
    [NaN, 'not-a-number'],
    [Infinity, 'too-large'],
    [-Infinity, 'negative'],
    ['12', 'not-a-number'],
    [null, 'not-a-number'],
  ])('marginInputSchema refuses a product fixed cost of %s: "%s", on its path', (value, problem) => {
    const input = JSON.parse(JSON.stringify(EXAMPLE_MARGIN_INPUT)) as Record<string, Record<string, unknown>>
    input.product!.fixedCostPerYear = value
    const result = marginInputSchema.safeParse(input)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => ({ path: i.path, message: i.message }))).toEqual([
      { path: ['product', 'fixedCostPerYear'], message: problem },
    ])
  })
})

describe('the worked example', () => {
  it('tells an honest story: the service loses money for five years, pays its way from year 6 and has not paid back within ten', () => {
    const input = { ...EXAMPLE_MARGIN_INPUT, product: { ...EXAMPLE_MARGIN_INPUT.product, fixedCostPerYear: 1_500_000 } }
    const projection = projectLifetime(input, EXAMPLE_LIFE)
    expect(computeMargins(input).service.marginPct).toBeLessThan(0)
    expect(projection.years.slice(0, 5).every((y) => y.service.profit < 0)).toBe(true)
    expect(projection.servicePaysYear).toBe(6)
    // Only just: with the rest after night call-outs costed, year 6 ends about €800 up on €645,000 of revenue.
    expect(projection.years[5]!.service.profit).toBeGreaterThan(0)
    expect(projection.years[5]!.service.profit).toBeLessThan(1000)
    expect(projection.years.slice(5).every((y) => y.service.profit > 0)).toBe(true)
    expect(projection.servicePaysBackYear).toBeNull()
    expect(projection.years).toHaveLength(10)
    expect(projection.years[9]!.cumulativeServiceProfit).toBeLessThan(0)
    // Five more years, and the losses are made up in year 13.
    expect(projectLifetime(input, { ...EXAMPLE_LIFE, horizonYears: 15 }).servicePaysBackYear).toBe(13)
    // 2.66 a month for as long as a subscriber stays: Σ 0.99^k over 180 months = (1 − 0.99^180) ÷ 0.01
    expectClose(projection.lifetimeValuePerSubscriber, 2.66 * ((1 - 0.99 ** 180) / 0.01))
  })
})
