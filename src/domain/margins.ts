import { z } from 'zod/mini'

/** The figures of a physical product sold through a retail chain. */
export interface ProductFigures {
  unitPrice: number
  unitCost: number
  unitsPerYear: number
  /** The part of the retail price that stays with the retail chain, 0–100. */
  channelSharePct: number
  /** Development, tooling, warranty: whatever the number of units. Left out, it counts as 0. */
  fixedCostPerYear?: number
}

/** The figures of the connected service attached to the product. */
export interface ServiceFigures {
  monthlyFee: number
  /** Cost to serve one subscriber for a month. */
  monthlyCostToServe: number
  subscribers: number
  /** Running the service: platform, on-call, support desk. */
  fixedCostPerYear: number
}

/** The figures the margin calculator takes: eight, and the product's optional fixed cost. */
export interface MarginInput {
  product: ProductFigures
  service: ServiceFigures
}

/** Revenue, cost and gross profit per year; `marginPct` is null when there is no revenue. */
export interface MarginLine {
  revenue: number
  cost: number
  grossProfit: number
  marginPct: number | null
}

/** What `computeMargins` returns. */
export interface MarginResult {
  product: MarginLine
  service: MarginLine
  combined: MarginLine
  serviceShareOfRevenuePct: number | null
  /** Subscribers needed to cover the fixed cost; null when the fee does not cover the cost to serve. */
  breakEvenSubscribers: number | null
}

export type MarginField = keyof ProductFigures | keyof ServiceFigures
export type MarginFieldKind = 'money' | 'count' | 'percent'

/** Every input field, in the order the form shows them, with its kind and upper bound. */
export const MARGIN_FIELDS: readonly { side: 'product' | 'service'; key: MarginField; kind: MarginFieldKind; max: number }[] = [
  { side: 'product', key: 'unitPrice', kind: 'money', max: 1e7 },
  { side: 'product', key: 'unitCost', kind: 'money', max: 1e7 },
  { side: 'product', key: 'unitsPerYear', kind: 'count', max: 1e9 },
  { side: 'product', key: 'channelSharePct', kind: 'percent', max: 100 },
  { side: 'service', key: 'monthlyFee', kind: 'money', max: 1e6 },
  { side: 'service', key: 'monthlyCostToServe', kind: 'money', max: 1e6 },
  { side: 'service', key: 'subscribers', kind: 'count', max: 1e9 },
  { side: 'service', key: 'fixedCostPerYear', kind: 'money', max: 1e11 },
]

/**
 * The product's optional fixed cost per year. It is not in MARGIN_FIELDS: its key is also
 * the service's, so a lookup there by key finds the service's field, and the links
 * released so far carry exactly the eight figures listed there.
 */
export const PRODUCT_FIXED_COST_FIELD = {
  side: 'product',
  key: 'fixedCostPerYear',
  kind: 'money',
  max: 1e11,
} as const satisfies (typeof MARGIN_FIELDS)[number]

/** Most decimal places a figure may have (a ten-thousandth of a currency unit or percent). */
export const MAX_DECIMALS = 4

/** The number of decimal places of a finite number, or Infinity beyond what a double shows exactly. */
export function decimalPlaces(value: number): number {
  for (let places = 0; places <= 15; places++) {
    const scale = 10 ** places
    if (Math.round(value * scale) / scale === value) return places
  }
  return Infinity
}

function line(revenue: number, cost: number): MarginLine {
  const grossProfit = revenue - cost
  return { revenue, cost, grossProfit, marginPct: revenue === 0 ? null : (grossProfit / revenue) * 100 }
}

/** Product, service and combined margins exactly as the product brief defines them. */
export function computeMargins(input: MarginInput): MarginResult {
  const { product: p, service: s } = input
  const product = line(
    p.unitPrice * (1 - p.channelSharePct / 100) * p.unitsPerYear,
    p.unitCost * p.unitsPerYear + (p.fixedCostPerYear ?? 0),
  )
  const service = line(
    s.monthlyFee * s.subscribers * 12,
    s.monthlyCostToServe * s.subscribers * 12 + s.fixedCostPerYear,
  )
  const combined = line(product.revenue + service.revenue, product.cost + service.cost)
  return {
    product,
    service,
    combined,
    serviceShareOfRevenuePct: combined.revenue === 0 ? null : (service.revenue / combined.revenue) * 100,
    breakEvenSubscribers:
      s.monthlyFee <= s.monthlyCostToServe ? null : breakEven(s.fixedCostPerYear, s.monthlyFee, s.monthlyCostToServe),
  }
}

/**
 * fixed ÷ ((fee − cost) × 12), rounded up, in exact decimal arithmetic where the figures allow:
 * in floating point 4 − 1.99 is 2.0100000000000002, and 24,120 ÷ (2.01 × 12) would round up to 1,001
 * when exactly 1,000 subscribers break even.
 */
function breakEven(fixed: number, fee: number, cost: number): number {
  const scale = 10 ** Math.max(decimalPlaces(fixed), decimalPlaces(fee), decimalPlaces(cost))
  const [f, a, b] = [fixed, fee, cost].map((x) => Math.round(x * scale))
  if (![f, a, b].every((x) => Number.isSafeInteger(x) && Number.isFinite(scale))) {
    return Math.ceil(fixed / ((fee - cost) * 12))
  }
  const numerator = BigInt(f!)
  const denominator = BigInt(a! - b!) * 12n
  return Number((numerator + denominator - 1n) / denominator)
}

/** One point of the sensitivity curve: margins at a given number of subscribers. */
export interface SensitivityPoint {
  subscribers: number
  /** Subscribers ÷ units sold per year × 100. */
  attachRatePct: number
  serviceMarginPct: number | null
  combinedMarginPct: number | null
}

/**
 * Service and combined margin as subscribers grow from 0 to the units sold per year
 * (attach rate 0–100 %), in `steps` equal steps. Everything else stays as entered.
 */
export function marginSensitivity(input: MarginInput, steps = 40): SensitivityPoint[] {
  const top = input.product.unitsPerYear
  const count = top === 0 ? 1 : steps
  return Array.from({ length: count + 1 }, (_, i) => {
    const subscribers = Math.round((top * i) / count)
    const result = computeMargins({ ...input, service: { ...input.service, subscribers } })
    return {
      subscribers,
      attachRatePct: top === 0 ? 0 : (subscribers / top) * 100,
      serviceMarginPct: result.service.marginPct,
      combinedMarginPct: result.combined.marginPct,
    }
  })
}

/** Why a figure was refused, as a code the interface turns into words. */
export type FigureProblem = 'not-a-number' | 'negative' | 'too-large' | 'not-whole' | 'too-precise'

/** What a figure is checked against: its kind and its upper bound. */
export interface FigureRule {
  kind: MarginFieldKind
  max: number
}

/**
 * Checks one figure against its field's rules. For 'fixedCostPerYear' these are the
 * service's; the product's is checked with `checkFigureAgainst(PRODUCT_FIXED_COST_FIELD, value)`.
 */
export function checkFigure(key: MarginField, value: number): FigureProblem | undefined {
  const field = MARGIN_FIELDS.find((f) => f.key === key)
  return field ? checkFigureAgainst(field, value) : 'not-a-number'
}

/** Checks one figure against a rule: at least 0, at most `max`, whole for counts, at most four decimals. */
export function checkFigureAgainst(field: FigureRule, value: number): FigureProblem | undefined {
  if (Number.isNaN(value)) return 'not-a-number'
  if (value < 0) return 'negative'
  if (!Number.isFinite(value)) return 'too-large'
  if (value > field.max) return 'too-large'
  if (field.kind === 'count' && !Number.isInteger(value)) return 'not-whole'
  if (decimalPlaces(value) > MAX_DECIMALS) return 'too-precise'
  return undefined
}

/** A number at a boundary, checked by `check`. Issue messages are `FigureProblem` codes, on the path of the figure. */
export const figureSchema = (check: (value: number) => FigureProblem | undefined) =>
  z
    .number({
      error: (issue) =>
        issue.input === Infinity ? 'too-large' : issue.input === -Infinity ? 'negative' : 'not-a-number',
    })
    .check(
      z.superRefine((value, ctx) => {
        const problem = check(value)
        if (problem) ctx.issues.push({ code: 'custom', message: problem, input: value })
      }),
    )

const figure = (key: MarginField) => figureSchema((value) => checkFigure(key, value))

/**
 * The margin input as it may cross a boundary (storage, a link). Issue messages are
 * `FigureProblem` codes, on the path of the field they concern.
 */
export const marginInputSchema = z.object({
  product: z.object({
    unitPrice: figure('unitPrice'),
    unitCost: figure('unitCost'),
    unitsPerYear: figure('unitsPerYear'),
    channelSharePct: figure('channelSharePct'),
    fixedCostPerYear: z.optional(figureSchema((value) => checkFigureAgainst(PRODUCT_FIXED_COST_FIELD, value))),
  }),
  service: z.object({
    monthlyFee: figure('monthlyFee'),
    monthlyCostToServe: figure('monthlyCostToServe'),
    subscribers: figure('subscribers'),
    fixedCostPerYear: figure('fixedCostPerYear'),
  }),
})

/** The worked example: a connected wood stove that sells well through dealers, with a thin app-and-service subscription. */
export const EXAMPLE_MARGIN_INPUT: MarginInput = {
  product: { unitPrice: 2490, unitCost: 1150, unitsPerYear: 12000, channelSharePct: 35 },
  service: { monthlyFee: 4.99, monthlyCostToServe: 3.04, subscribers: 6000, fixedCostPerYear: 180000 },
}

/** One plain-language statement about a set of figures; the interface words it. */
export type MarginReading =
  | { id: 'fee-below-cost'; values: { fee: number; cost: number } }
  | { id: 'fee-equals-cost'; values: { fee: number } }
  | { id: 'below-break-even'; values: { breakEven: number; subscribers: number } }
  | { id: 'past-break-even'; values: { breakEven: number; subscribers: number } }
  | { id: 'attach-rate'; values: { pct: number } }
  | { id: 'margins-compared'; values: { product: number; service: number } }
  | { id: 'channel-share'; values: { perUnit: number; pct: number } }
  | { id: 'product-below-cost'; values: { netPrice: number; cost: number } }

/** What a manager should notice in these figures, most important first. */
export function readMargins(input: MarginInput, result: MarginResult): MarginReading[] {
  const { product: p, service: s } = input
  const readings: MarginReading[] = []
  if (s.monthlyFee < s.monthlyCostToServe) {
    readings.push({ id: 'fee-below-cost', values: { fee: s.monthlyFee, cost: s.monthlyCostToServe } })
  } else if (s.monthlyFee === s.monthlyCostToServe) {
    readings.push({ id: 'fee-equals-cost', values: { fee: s.monthlyFee } })
  } else if (result.breakEvenSubscribers !== null) {
    const values = { breakEven: result.breakEvenSubscribers, subscribers: s.subscribers }
    readings.push({ id: s.subscribers < values.breakEven ? 'below-break-even' : 'past-break-even', values })
  }
  if (result.product.marginPct !== null && result.service.marginPct !== null) {
    readings.push({
      id: 'margins-compared',
      values: { product: result.product.marginPct, service: result.service.marginPct },
    })
  }
  if (p.unitsPerYear > 0) {
    readings.push({ id: 'attach-rate', values: { pct: (s.subscribers / p.unitsPerYear) * 100 } })
  }
  const netPrice = p.unitPrice * (1 - p.channelSharePct / 100)
  if (p.unitsPerYear > 0 && netPrice < p.unitCost) {
    readings.push({ id: 'product-below-cost', values: { netPrice, cost: p.unitCost } })
  }
  if (p.channelSharePct > 0) {
    readings.push({ id: 'channel-share', values: { perUnit: p.unitPrice - netPrice, pct: p.channelSharePct } })
  }
  return readings
}
