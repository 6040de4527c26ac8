import { z } from 'zod/mini'
import type { LifeInput, LifetimeProjection } from './lifetime'

/** The figures of a physical product sold through a retail chain. */
export interface ProductFigures {
  unitPrice: number
  unitCost: number
  unitsPerYear: number
  /** The part of the retail price that stays with the retail chain, 0–100. */
  channelSharePct: number
  /** Development, depreciation of tooling, certification: whatever the number of units. Left out, it counts as 0. */
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

/** A key of the eight one-year figures, as `MarginInput` names them. */
export type MarginField = keyof ServiceFigures | Exclude<keyof ProductFigures, 'fixedCostPerYear'>

/**
 * Every figure the margin calculator takes, each by a key of its own: the product's fixed cost
 * is `productFixedCostPerYear` (the service has a `fixedCostPerYear` too), and the four figures
 * of the product's life come from `LifeInput`.
 */
export type FigureKey = MarginField | 'productFixedCostPerYear' | keyof LifeInput

/** Which part of the calculator a figure belongs to. */
type FigureGroup = 'product' | 'service' | 'life'
export type MarginFieldKind = 'money' | 'count' | 'percent'

/** One figure: where it belongs, its kind and the values it may take. */
export interface FigureField {
  /** `side` for the form's groups: the product, the service, or the product's life. */
  side: FigureGroup
  key: FigureKey
  kind: MarginFieldKind
  min: number
  max: number
}

/**
 * The one table of the calculator's figures. Everything that reads, checks, stores or links the
 * figures reads this table. It is in link order, append only: the eight one-year figures every
 * link version carries, then the product's fixed cost and the product's life, which newer links
 * add. The form shows the figures grouped by `side`.
 */
export const FIGURE_FIELDS: readonly FigureField[] = [
  { side: 'product', key: 'unitPrice', kind: 'money', min: 0, max: 1e7 },
  { side: 'product', key: 'unitCost', kind: 'money', min: 0, max: 1e7 },
  { side: 'product', key: 'unitsPerYear', kind: 'count', min: 0, max: 1e9 },
  { side: 'product', key: 'channelSharePct', kind: 'percent', min: 0, max: 100 },
  { side: 'service', key: 'monthlyFee', kind: 'money', min: 0, max: 1e6 },
  { side: 'service', key: 'monthlyCostToServe', kind: 'money', min: 0, max: 1e6 },
  { side: 'service', key: 'subscribers', kind: 'count', min: 0, max: 1e9 },
  { side: 'service', key: 'fixedCostPerYear', kind: 'money', min: 0, max: 1e11 },
  { side: 'product', key: 'productFixedCostPerYear', kind: 'money', min: 0, max: 1e11 },
  { side: 'life', key: 'attachRatePct', kind: 'percent', min: 0, max: 100 },
  { side: 'life', key: 'monthlyChurnPct', kind: 'percent', min: 0, max: 100 },
  { side: 'life', key: 'deviceLifetimeYears', kind: 'count', min: 1, max: 30 },
  { side: 'life', key: 'horizonYears', kind: 'count', min: 1, max: 20 },
]

/** The eight one-year figures with their rules, in link order: never reorder. */
export const MARGIN_FIELDS = FIGURE_FIELDS.slice(0, 8) as readonly (FigureField & { side: 'product' | 'service'; key: MarginField })[]

/** The four figures of the product's life, in link order. */
export const LIFE_KEYS = FIGURE_FIELDS.filter((f) => f.side === 'life').map((f) => f.key as keyof LifeInput)

/** Every figure by its key. */
export type Figures = Record<FigureKey, number>

/** The margin input the figures describe; the product's fixed cost only when it is given (links older than version 4 have none). */
export function marginInputOf(f: Record<MarginField, number> & { productFixedCostPerYear?: number }): MarginInput {
  return {
    product: {
      unitPrice: f.unitPrice,
      unitCost: f.unitCost,
      unitsPerYear: f.unitsPerYear,
      channelSharePct: f.channelSharePct,
      ...(f.productFixedCostPerYear === undefined ? {} : { fixedCostPerYear: f.productFixedCostPerYear }),
    },
    service: {
      monthlyFee: f.monthlyFee,
      monthlyCostToServe: f.monthlyCostToServe,
      subscribers: f.subscribers,
      fixedCostPerYear: f.fixedCostPerYear,
    },
  }
}

/** The life input the figures describe. */
export function lifeInputOf(f: LifeInput): LifeInput {
  return {
    attachRatePct: f.attachRatePct,
    monthlyChurnPct: f.monthlyChurnPct,
    deviceLifetimeYears: f.deviceLifetimeYears,
    horizonYears: f.horizonYears,
  }
}

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
export type FigureProblem = 'not-a-number' | 'negative' | 'too-small' | 'too-large' | 'not-whole' | 'too-precise'

/** Checks one figure against its field's rules: within its bounds, whole for counts, at most four decimals. */
export function checkFigure(key: FigureKey, value: number): FigureProblem | undefined {
  const field = FIGURE_FIELDS.find((f) => f.key === key)
  if (!field || Number.isNaN(value)) return 'not-a-number'
  // Below a lowest value of 1 ("years"), say so, rather than only "not negative".
  if (value < field.min && field.min > 0 && Number.isFinite(value)) return Number.isInteger(value) ? 'too-small' : 'not-whole'
  if (value < 0) return 'negative'
  if (!Number.isFinite(value)) return 'too-large'
  if (value > field.max) return 'too-large'
  if (field.kind === 'count' && !Number.isInteger(value)) return 'not-whole'
  if (decimalPlaces(value) > MAX_DECIMALS) return 'too-precise'
  return undefined
}

/** A figure at a boundary (storage, a link). Issue messages are `FigureProblem` codes, on the path of the figure. */
export const figureSchema = (key: FigureKey) =>
  z
    .number({
      error: (issue) =>
        issue.input === Infinity ? 'too-large' : issue.input === -Infinity ? 'negative' : 'not-a-number',
    })
    .check(
      z.superRefine((value, ctx) => {
        const problem = checkFigure(key, value)
        if (problem) ctx.issues.push({ code: 'custom', message: problem, input: value })
      }),
    )


/**
 * The margin input as it may cross a boundary (storage, a link). Issue messages are
 * `FigureProblem` codes, on the path of the field they concern.
 */
export const marginInputSchema = z.object({
  product: z.object({
    unitPrice: figureSchema('unitPrice'),
    unitCost: figureSchema('unitCost'),
    unitsPerYear: figureSchema('unitsPerYear'),
    channelSharePct: figureSchema('channelSharePct'),
    fixedCostPerYear: z.optional(figureSchema('productFixedCostPerYear')),
  }),
  service: z.object({
    monthlyFee: figureSchema('monthlyFee'),
    monthlyCostToServe: figureSchema('monthlyCostToServe'),
    subscribers: figureSchema('subscribers'),
    fixedCostPerYear: figureSchema('fixedCostPerYear'),
  }),
})

/**
 * What the worked example rests on, for a reader to check: a mid-sized maker of connected wood
 * stoves in Germany. Prices with VAT are what a consumer sees; the calculator takes them without.
 * Every cost is the maker's own, without VAT; people's pay includes the employer's on-costs.
 * Neither side carries sales, marketing or administration: both margins are before overheads.
 */
export interface ExampleBasis {
  /** VAT on the retail price and on the fee, in %. */
  vatPct: number
  /** The stove's retail price and the monthly fee as a consumer sees them, VAT included. */
  unitPriceWithVat: number
  monthlyFeeWithVat: number
  /** A warranty provision booked for each stove sold: part of the unit cost, not a fixed cost. */
  warrantyProvisionPerUnit: number
  /**
   * Cost to serve a subscriber a month: cloud and data, the app store's commission on the fee
   * without VAT (its small-business rate), first-line support bought per contact.
   */
  costToServe: { cloudPerMonth: number; storeFeePct: number; supportContactsPerYear: number; costPerContact: number }
  /**
   * Night and weekend cover, as the questionnaire recommends: a paid rota with a path for
   * escalation to engineering, call-outs paid, agreed with HR and the works council. The rest
   * someone takes after a night call-out is working time lost, and is costed too.
   */
  onCall: {
    rotaPeople: number
    standbyPerWeek: number
    engineers: number
    engineerStandbyPerWeek: number
    callOutsPerYear: number
    hoursPerCallOut: number
    payPerCallOutHour: number
    /** Hours of rest after each call-out, taken from the next working day. */
    restHoursPerCallOut: number
    /** What an hour of working time lost to that rest costs. */
    restCostPerHour: number
  }
  /** The support desk in office hours, for what first-line support cannot answer. */
  supportDesk: { people: number; costPerPerson: number }
  /** Cloud base, device-management licence, monitoring and paging tools; the people who keep app and platform up to date and secure. */
  platform: { running: number; developers: number; costPerDeveloper: number }
}

export const EXAMPLE_BASIS: ExampleBasis = {
  vatPct: 19,
  unitPriceWithVat: 2499,
  monthlyFeeWithVat: 4.99,
  warrantyProvisionPerUnit: 40,
  costToServe: { cloudPerMonth: 0.3, storeFeePct: 15, supportContactsPerYear: 0.6, costPerContact: 12 },
  onCall: {
    rotaPeople: 5,
    standbyPerWeek: 400,
    engineers: 4,
    engineerStandbyPerWeek: 200,
    callOutsPerYear: 120,
    hoursPerCallOut: 2,
    payPerCallOutHour: 80,
    restHoursPerCallOut: 3,
    restCostPerHour: 50,
  },
  supportDesk: { people: 2, costPerPerson: 60_000 },
  platform: { running: 40_000, developers: 2, costPerDeveloper: 90_000 },
}

/** To the cent, so that a figure worked out from the basis is what a person would type. */
const cents = (amount: number) => Math.round(amount * 100) / 100

/** The worked example's costs, part by part, as its basis gives them. */
export interface ExampleCosts {
  unitPrice: number
  monthlyFee: number
  costToServe: { cloud: number; storeFee: number; support: number; total: number }
  /** Night and weekend cover: the two rotas' allowances, call-outs paid, and the rest after call-outs. */
  onCall: { standby: number; engineerStandby: number; callOuts: number; rest: number; total: number }
  supportDesk: number
  platform: number
  /** The service's fixed cost per year: night cover, support desk and platform. */
  serviceFixedCost: number
}

/** Works the example's figures out from its basis: net prices to the cent, costs part by part. */
export function exampleCostsOf(b: ExampleBasis): ExampleCosts {
  const net = (withVat: number) => cents(withVat / (1 + b.vatPct / 100))
  const monthlyFee = net(b.monthlyFeeWithVat)
  const c = b.costToServe
  const cloud = c.cloudPerMonth
  const storeFee = cents((monthlyFee * c.storeFeePct) / 100)
  const support = cents((c.supportContactsPerYear * c.costPerContact) / 12)
  const o = b.onCall
  const onCall = {
    standby: 52 * o.standbyPerWeek,
    engineerStandby: 52 * o.engineerStandbyPerWeek,
    callOuts: o.callOutsPerYear * o.hoursPerCallOut * o.payPerCallOutHour,
    rest: o.callOutsPerYear * o.restHoursPerCallOut * o.restCostPerHour,
  }
  const onCallTotal = onCall.standby + onCall.engineerStandby + onCall.callOuts + onCall.rest
  const supportDesk = b.supportDesk.people * b.supportDesk.costPerPerson
  const platform = b.platform.running + b.platform.developers * b.platform.costPerDeveloper
  return {
    unitPrice: net(b.unitPriceWithVat),
    monthlyFee,
    costToServe: { cloud, storeFee, support, total: cents(cloud + storeFee + support) },
    onCall: { ...onCall, total: onCallTotal },
    supportDesk,
    platform,
    serviceFixedCost: onCallTotal + supportDesk + platform,
  }
}

/** The worked example's costs, worked out from `EXAMPLE_BASIS`. */
export const EXAMPLE_COSTS: ExampleCosts = exampleCostsOf(EXAMPLE_BASIS)

/**
 * The worked example's one-year figures, without VAT: a connected wood stove sold through dealers,
 * with an app-and-service subscription whose fixed cost pays for night cover, a support desk and
 * the platform (see `EXAMPLE_BASIS`). What they show is worked out from them, not written here.
 */
export const EXAMPLE_MARGIN_INPUT: MarginInput = {
  product: { unitPrice: EXAMPLE_COSTS.unitPrice, unitCost: 980, unitsPerYear: 12000, channelSharePct: 35 },
  service: {
    monthlyFee: EXAMPLE_COSTS.monthlyFee,
    monthlyCostToServe: EXAMPLE_COSTS.costToServe.total,
    subscribers: 6000,
    fixedCostPerYear: EXAMPLE_COSTS.serviceFixedCost,
  },
}

/** The worked example's figures for the years ahead: a fifth of the buyers subscribe, 1 % of subscribers leave each month, stoves last fifteen years. */
export const EXAMPLE_LIFE: LifeInput = { attachRatePct: 20, monthlyChurnPct: 1, deviceLifetimeYears: 15, horizonYears: 10 }

/**
 * Every figure of the worked example, including the product's fixed cost (development, depreciation
 * of tooling, certification); the warranty provision is in the unit cost (see `EXAMPLE_BASIS`).
 */
export const EXAMPLE_FIGURES: Figures = {
  ...EXAMPLE_MARGIN_INPUT.product,
  ...EXAMPLE_MARGIN_INPUT.service,
  productFixedCostPerYear: 1_500_000,
  ...EXAMPLE_LIFE,
}

/** A service margin below this (percent) is thin; below 0 it is a loss. */
const THIN_MARGIN_PCT = 10

/** How a margin reads: below 0 % a loss, from 0 to under 10 % thin, from 10 % healthy. */
export function marginKind(marginPct: number): 'loss' | 'thin' | 'healthy' {
  return marginPct < 0 ? 'loss' : marginPct < THIN_MARGIN_PCT ? 'thin' : 'healthy'
}

/** One plain-language statement about a set of figures; the interface words it. */
export type MarginReading =
  /** The service loses money in the first year; when it turns, from the projection (null: not within the horizon; horizon 0: no projection). */
  | { id: 'service-loss'; values: { marginPct: number; paysYear: number | null; paysBackYear: number | null; horizonYears: number } }
  /** A service margin from 0 (break-even, not a loss) to under 10 %. */
  | { id: 'service-thin'; values: { marginPct: number } }
  | { id: 'fee-below-cost'; values: { fee: number; cost: number } }
  /** Each subscriber breaks even; `fixedCost` is what is then left uncovered. */
  | { id: 'fee-equals-cost'; values: { fee: number; fixedCost: number } }
  | { id: 'below-break-even'; values: { breakEven: number; subscribers: number } }
  /** Subscribers at or past break-even; a break-even of 0 means there is no fixed cost to cover. */
  | { id: 'past-break-even'; values: { breakEven: number; subscribers: number } }
  | { id: 'attach-rate'; values: { pct: number } }
  /** Both margins over a year; either may be a loss (below 0) or exactly break-even (0). */
  | { id: 'margins-compared'; values: { product: number; service: number } }
  | { id: 'channel-share'; values: { perUnit: number; pct: number } }
  | { id: 'product-below-cost'; values: { netPrice: number; cost: number } }

/**
 * What a manager should notice in these figures, most important first. With `projection`, a
 * service that loses money in its first year is read with the year it turns.
 */
export function readMargins(input: MarginInput, result: MarginResult, projection?: LifetimeProjection): MarginReading[] {
  const { product: p, service: s } = input
  const readings: MarginReading[] = []
  if (s.monthlyFee < s.monthlyCostToServe) {
    readings.push({ id: 'fee-below-cost', values: { fee: s.monthlyFee, cost: s.monthlyCostToServe } })
  } else if (s.monthlyFee === s.monthlyCostToServe) {
    readings.push({ id: 'fee-equals-cost', values: { fee: s.monthlyFee, fixedCost: s.fixedCostPerYear } })
  } else if (result.breakEvenSubscribers !== null) {
    const values = { breakEven: result.breakEvenSubscribers, subscribers: s.subscribers }
    readings.push({ id: s.subscribers < values.breakEven ? 'below-break-even' : 'past-break-even', values })
  }
  const serviceMargin = result.service.marginPct
  const kind = serviceMargin === null ? null : marginKind(serviceMargin)
  if (serviceMargin !== null && kind === 'loss') {
    readings.push({
      id: 'service-loss',
      values: {
        marginPct: serviceMargin,
        paysYear: projection?.servicePaysYear ?? null,
        paysBackYear: projection?.servicePaysBackYear ?? null,
        horizonYears: projection?.years.length ?? 0,
      },
    })
  } else if (serviceMargin !== null && kind === 'thin') {
    readings.push({ id: 'service-thin', values: { marginPct: serviceMargin } })
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
