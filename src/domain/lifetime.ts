import { z } from 'zod/mini'
import { figureSchema, type MarginInput } from './margins'

/** How the connected product's business runs on over the years, beside the one-year margin figures. */
export interface LifeInput {
  /** Share of units sold whose buyers subscribe, 0–100. */
  attachRatePct: number
  /** Share of subscribers who cancel each month, 0–100. */
  monthlyChurnPct: number
  /** Whole years, 1–30: a subscription ends when its device retires. */
  deviceLifetimeYears: number
  /** Whole years to project, 1–20. */
  horizonYears: number
}

/** Revenue, cost and profit (= revenue − cost) summed over one year. */
export interface YearLine {
  revenue: number
  cost: number
  profit: number
}

/** One year of the projection. */
export interface YearProjection {
  /** 1 for the first year. */
  year: number
  /** Subscribers in the last month of the year; a fraction, as churn makes it. */
  subscribersAtEnd: number
  product: YearLine
  service: YearLine
  combined: YearLine
  /** Service profit of year 1 up to and including this year. */
  cumulativeServiceProfit: number
}

/** What `projectLifetime` returns. */
export interface LifetimeProjection {
  years: YearProjection[]
  /** The first year whose service profit is 0 or more; null when none within the horizon. */
  servicePaysYear: number | null
  /** The first year by whose end the service has earned back its losses; null when none within the horizon. */
  servicePaysBackYear: number | null
  /** What one subscriber earns over their device's life, fee less cost to serve, churn included. */
  lifetimeValuePerSubscriber: number
  /** The service's part of the profit over the horizon, in %; null when that profit is 0. */
  serviceShareOfProfitPct: number | null
}

/**
 * The life input as it may cross a boundary (storage, a link). Issue messages are
 * `FigureProblem` codes, on the path of the field they concern; the bounds are in `FIGURE_FIELDS`.
 */
export const lifeInputSchema = z.object({
  attachRatePct: figureSchema('attachRatePct'),
  monthlyChurnPct: figureSchema('monthlyChurnPct'),
  deviceLifetimeYears: figureSchema('deviceLifetimeYears'),
  horizonYears: figureSchema('horizonYears'),
})

const yearLine = (revenue: number, cost: number): YearLine => ({ revenue, cost, profit: revenue - cost })

/**
 * The years ahead, month by month as the product brief defines them: each month a twelfth
 * of the year's units is sold, the attach rate of them start a subscription, and every
 * subscription (today's included) lasts while churn spares it and its device has not retired.
 * The inputs must be valid (see `marginInputSchema` and `lifeInputSchema`).
 */
export function projectLifetime(margins: MarginInput, life: LifeInput): LifetimeProjection {
  const { product: p, service: s } = margins
  const months = 12 * life.horizonYears
  const lifetimeMonths = 12 * life.deviceLifetimeYears
  const unitsPerMonth = p.unitsPerYear / 12
  const startsPerMonth = (unitsPerMonth * life.attachRatePct) / 100
  const stay = 1 - life.monthlyChurnPct / 100
  const survival = (k: number) => (k < lifetimeMonths ? stay ** k : 0)

  const productRevenue = unitsPerMonth * p.unitPrice * (1 - p.channelSharePct / 100)
  const productCost = unitsPerMonth * p.unitCost + (p.fixedCostPerYear ?? 0) / 12
  const serviceFixedCost = s.fixedCostPerYear / 12
  const years: YearProjection[] = []
  let survivingSoFar = 0
  let cumulativeServiceProfit = 0
  // S(m) = subscribers × s(m) + n × Σ_{j=1..m} s(m − j), and Σ_{j=1..m} s(m − j) is
  // Σ_{k=0..m−1} s(k): a running sum makes the whole projection one pass over the months.
  let [productRevenueSum, productCostSum, serviceRevenueSum, serviceCostSum] = [0, 0, 0, 0]
  for (let m = 1; m <= months; m++) {
    survivingSoFar += survival(m - 1)
    const subscribers = s.subscribers * survival(m) + startsPerMonth * survivingSoFar
    productRevenueSum += productRevenue
    productCostSum += productCost
    serviceRevenueSum += subscribers * s.monthlyFee
    serviceCostSum += subscribers * s.monthlyCostToServe + serviceFixedCost
    if (m % 12 !== 0) continue
    const product = yearLine(productRevenueSum, productCostSum)
    const service = yearLine(serviceRevenueSum, serviceCostSum)
    cumulativeServiceProfit += service.profit
    years.push({
      year: m / 12,
      subscribersAtEnd: subscribers,
      product,
      service,
      combined: yearLine(product.revenue + service.revenue, product.cost + service.cost),
      cumulativeServiceProfit,
    })
    ;[productRevenueSum, productCostSum, serviceRevenueSum, serviceCostSum] = [0, 0, 0, 0]
  }

  let lifetimeMonthsSurvived = 0
  for (let k = 0; k < lifetimeMonths; k++) lifetimeMonthsSurvived += survival(k)
  const combinedProfit = years.reduce((sum, y) => sum + y.combined.profit, 0)
  const firstYear = (paid: (y: YearProjection) => boolean) => years.find(paid)?.year ?? null
  return {
    years,
    servicePaysYear: firstYear((y) => y.service.profit >= 0),
    servicePaysBackYear: firstYear((y) => y.cumulativeServiceProfit >= 0),
    lifetimeValuePerSubscriber: (s.monthlyFee - s.monthlyCostToServe) * lifetimeMonthsSurvived,
    serviceShareOfProfitPct: combinedProfit === 0 ? null : (cumulativeServiceProfit / combinedProfit) * 100,
  }
}
