import type { LifetimeProjection } from '@/domain/lifetime'
import type { ExampleBasis, ExampleCosts, FigureKey, FigureProblem, Figures, MarginReading, MarginResult } from '@/domain/margins'

/** The formatters the margin readings and the worked example use. */
export interface MarginFormat {
  /** An amount in the chosen currency. */
  money: (n: number) => string
  pct: (n: number) => string
  /** A count as typed back, e.g. "12,795". */
  count: (n: number) => string
}

/** Each reading worded from its own figures, so no wording can ask for a figure its reading lacks. */
type ReadingWords = {
  [Id in MarginReading['id']]: (values: Extract<MarginReading, { id: Id }>['values'], fmt: MarginFormat) => string
}

const years = (n: number) => (n === 1 ? 'year' : `${n} years`)

/** A loss as a margin: "a margin of -12.0 %"; one that rounds to 0.0 % is "just below 0 %". */
const lossMargin = (pct: number, fmt: Pick<MarginFormat, 'pct'>) => `a margin ${pct > -0.05 ? 'just below 0 %' : `of ${fmt.pct(pct)}`}`

/**
 * A margin as a verb phrase that reads right on either side of 0: a loss is lost, never earned;
 * exactly 0 breaks even; a margin that shows as 0.0 % but is not 0 says which side it is on.
 */
export function marginPhrase(pct: number, fmt: Pick<MarginFormat, 'pct'>): string {
  if (pct === 0) return 'breaks even'
  if (pct < 0) return `loses money (${lossMargin(pct, fmt)})`
  return `makes a margin ${pct < 0.05 ? 'just above 0 %' : `of ${fmt.pct(pct)}`}`
}

/** The turn of a loss-making service, from the projection; nothing without one. */
function turnOf(v: { paysYear: number | null; paysBackYear: number | null; horizonYears: number }): string {
  if (v.horizonYears === 0) return ''
  if (v.paysYear === null)
    return ` Over the ${years(v.horizonYears)} projected it does not pay its way in any year: look at the fee, the cost to serve and the fixed cost.`
  if (v.paysYear === 1)
    return ' Counting the subscribers that this year’s sales add month by month, the projection already has the service paying its way in year 1: the one-year view at today’s subscribers understates it.'
  const back =
    v.paysBackYear === null
      ? `, but has not made up its earlier losses within the ${years(v.horizonYears)} projected`
      : ` and has paid back its earlier losses by the end of year ${v.paysBackYear}`
  return ` Adding the subscribers that each month’s sales bring in, it first pays its way in year ${v.paysYear}${back}.`
}

const readings: ReadingWords = {
  'service-loss': (v, fmt) =>
    `At today’s number of subscribers, the service loses money over a year (${lossMargin(v.marginPct, fmt)}).${turnOf(v)}`,
  'service-thin': (v, fmt) =>
    v.marginPct === 0
      ? 'The service breaks even over a year: its revenue covers its costs exactly, with nothing left over and no loss. Thin margins are common for a service, which is paid for as long as customers stay, and they stay if they are satisfied.'
      : `The service runs on a thin margin ${v.marginPct < 0.05 ? 'just above 0 %' : `of ${fmt.pct(v.marginPct)}`}: common for a service, which is paid for as long as customers stay, and they stay if they are satisfied.`,
  'fee-below-cost': (v, fmt) =>
    `Each subscriber costs more to serve (${fmt.money(v.cost)} a month) than they pay (${fmt.money(v.fee)}): every new subscriber deepens the loss.`,
  'fee-equals-cost': (v, fmt) => {
    const each = v.fee === 0 ? 'Subscribers pay nothing and cost nothing to serve' : `The fee of ${fmt.money(v.fee)} a month equals the cost to serve a subscriber`
    return v.fixedCost === 0
      ? `${each}, and the service has no fixed cost: it breaks even at any number of subscribers.`
      : `${each}: each subscriber breaks even, and nothing is left to pay the service’s fixed cost of ${fmt.money(v.fixedCost)} a year, whatever the number of subscribers.`
  },
  'below-break-even': (v, fmt) =>
    `The service needs ${fmt.count(v.breakEven)} subscribers to cover its fixed costs; you have ${fmt.count(v.subscribers)}.`,
  'past-break-even': (v, fmt) =>
    v.breakEven === 0
      ? 'The service has no fixed cost to cover, and each subscriber pays more than they cost to serve: it pays its way at any number of subscribers.'
      : `The service covers its fixed costs from ${fmt.count(v.breakEven)} subscribers; with ${fmt.count(v.subscribers)} it ${v.subscribers === v.breakEven ? 'just pays' : 'pays'} its way.`,
  'margins-compared': (v, fmt) =>
    `Over a year the product ${marginPhrase(v.product, fmt)} and the service ${marginPhrase(v.service, fmt)}. Judge each on its own terms: the product on its margin, the service on customer satisfaction and on whether it pays its way over the years.`,
  'attach-rate': (v, fmt) =>
    `Today’s subscribers equal ${fmt.pct(v.pct)} of one year’s units sold. Subscribers build up over several years of sales, so this is not the share of buyers who subscribe: enter that share above, in “Buyers who subscribe (%)”.`,
  'product-below-cost': (v, fmt) =>
    `After the retail chain’s share, a unit brings in ${fmt.money(v.netPrice)} but costs ${fmt.money(v.cost)} to make and deliver: the product loses money on every unit, before any fixed cost.`,
  'channel-share': (v, fmt) =>
    `The retail chain keeps ${fmt.money(v.perUnit)} of every unit’s retail price without VAT (${fmt.pct(v.pct)}).`,
}

/** The worked example's own figures and what they come to, as the page works them out. */
export interface ExampleSeen {
  figures: Figures
  result: MarginResult
  projection: LifetimeProjection
}

const example = {
  intro:
    'The figures start as a worked example, not figures from the essay: a mid-sized maker sells connected wood stoves through dealers, with an app-and-service subscription. Its figures are without VAT, as the calculator takes them.',
  /** What the example's figures come to, worked out from them: the words follow the figures. */
  story: ({ figures: f, result, projection }: ExampleSeen, fmt: MarginFormat): string => {
    const productPct = result.product.marginPct
    // "of its revenue" only after a margin made: a loss already says its margin in brackets.
    const product =
      productPct === null
        ? ''
        : `The stove business ${marginPhrase(productPct, fmt)}${productPct > 0 ? ' of its revenue' : ''} after the dealers’ share and the product’s fixed cost, before sales, marketing and overheads. `
    const profit = result.service.grossProfit
    const today =
      profit < 0
        ? `At today’s ${fmt.count(f.subscribers)} subscribers the service loses ${fmt.money(-profit)} a year`
        : `At today’s ${fmt.count(f.subscribers)} subscribers the service ${profit === 0 ? 'breaks even' : `makes ${fmt.money(profit)} a year`}`
    const breakEven =
      result.breakEvenSubscribers === null
        ? ': the fee does not cover the cost to serve, so no number of subscribers covers its fixed cost.'
        : `; it needs ${fmt.count(result.breakEvenSubscribers)} to cover its fixed cost of ${fmt.money(f.fixedCostPerYear)}.`
    const horizon = years(projection.years.length)
    const { servicePaysYear: pays, servicePaysBackYear: back } = projection
    const turn =
      pays === null
        ? `it does not pay its way in any of the ${horizon} looked at.`
        : pays === 1
          ? 'it pays its way from year 1.'
          : `it first pays its way in year ${pays} and ${back === null ? `has not made up its earlier losses within the ${horizon} looked at` : `has made up its earlier losses by the end of year ${back}`}.`
    return `${product}${today}${breakEven} With ${fmt.count(f.attachRatePct)} % of buyers subscribing, ${turn} Replace the figures with your own.`
  },
  basisTitle: 'What the example assumes',
  /** The example's assumptions, one line each, in euros: its prices carry Germany's VAT. */
  basis: (b: ExampleBasis, c: ExampleCosts, f: Figures, fmt: MarginFormat): string[] => [
    `Prices: the stove sells for ${fmt.money(b.unitPriceWithVat)} and the subscription for ${fmt.money(b.monthlyFeeWithVat)} a month, both with ${b.vatPct} % VAT; the calculator takes them without: ${fmt.money(c.unitPrice)} and ${fmt.money(c.monthlyFee)}.`,
    `The product: ${fmt.count(f.unitsPerYear)} stoves a year; dealers keep ${fmt.count(f.channelSharePct)} % of the price without VAT; making and delivering a stove, including a warranty provision of ${fmt.money(b.warrantyProvisionPerUnit)}, costs ${fmt.money(f.unitCost)}; development, depreciation of tooling and certification ${fmt.money(f.productFixedCostPerYear)} a year.`,
    `Cost to serve a subscriber, ${fmt.money(c.costToServe.total)} a month: cloud and data ${fmt.money(c.costToServe.cloud)}; the app store’s commission of ${b.costToServe.storeFeePct} % (the small-business rate) on the fee without VAT, ${fmt.money(c.costToServe.storeFee)}; first-line support from an outside service desk, ${fmt.money(c.costToServe.support)} (${fmt.count(b.costToServe.supportContactsPerYear)} contacts a subscriber a year at ${fmt.money(b.costToServe.costPerContact)} each).`,
    `Night and weekend cover, ${fmt.money(c.onCall.total)} a year, agreed with HR and the works council: a rota of ${b.onCall.rotaPeople} people who take turns by the week (each on call about one week in ${b.onCall.rotaPeople}), with a standby allowance of ${fmt.money(b.onCall.standbyPerWeek)} a week (${fmt.money(c.onCall.standby)}); behind them, an escalation rota of ${b.onCall.engineers} engineers at ${fmt.money(b.onCall.engineerStandbyPerWeek)} a week (${fmt.money(c.onCall.engineerStandby)}); ${b.onCall.callOutsPerYear} call-outs a year of ${b.onCall.hoursPerCallOut} hours, paid at ${fmt.money(b.onCall.payPerCallOutHour)} an hour with night and weekend premiums (${fmt.money(c.onCall.callOuts)}); after each call-out, ${b.onCall.restHoursPerCallOut} hours of rest taken from the next working day, working time lost at ${fmt.money(b.onCall.restCostPerHour)} an hour (${fmt.money(c.onCall.rest)}). The rota is drawn from the support desk, the platform developers and IT; the escalation engineers are the firmware team.`,
    `Support desk in office hours, for what first-line support cannot answer, ${fmt.money(c.supportDesk)} a year: ${b.supportDesk.people} people at ${fmt.money(b.supportDesk.costPerPerson)} each.`,
    `Platform, ${fmt.money(c.platform)} a year: cloud base, device-management licence, monitoring and paging tools ${fmt.money(b.platform.running)}; ${b.platform.developers} developers who keep the app and the platform up to date and secure, at ${fmt.money(b.platform.costPerDeveloper)} each.`,
    `So the service’s fixed cost is ${fmt.money(c.onCall.total)} + ${fmt.money(c.supportDesk)} + ${fmt.money(c.platform)} = ${fmt.money(c.serviceFixedCost)} a year. People’s pay includes the employer’s on-costs.`,
    'Neither side carries sales, marketing or administration: the stove’s figures leave out its field sales and dealer support; the service’s include its own support desk.',
    `Subscribers: ${fmt.count(f.subscribers)} today; ${fmt.count(f.attachRatePct)} % of buyers subscribe; ${fmt.count(f.monthlyChurnPct)} % of subscribers cancel each month; stoves last ${years(f.deviceLifetimeYears)}.`,
    `Fee, costs and yearly sales stay at today’s level for ${f.horizonYears === 1 ? 'the whole year' : `all ${fmt.count(f.horizonYears)} years`}.`,
  ],
}

/** The words of the margin calculator. */
export const margins = {
  margins: {
    title: 'Product and service margins',
    lead: 'Things live off healthy margins through a retail chain; services live off customer satisfaction on thin margins. Enter the figures of your connected product to see both side by side.',
    example,
    restoreExample: 'Put the example figures back',
    restoreExampleConfirm: (unreadable: boolean) =>
      unreadable
        ? 'This discards the saved figures that could not be read (download a copy first if you want them) and shows the worked example. It cannot be undone.'
        : 'This replaces all thirteen figures with the worked example. Your own figures are not kept.',
    restoreExampleYes: 'Yes, use the example',
    restoreExampleNo: 'Keep my figures',
    currency: 'Currency',
    product: 'The product',
    service: 'The service',
    life: 'Over the product’s life',
    fields: {
      unitPrice: { label: 'Retail price per unit', hint: 'What the customer pays, without VAT or sales tax, before the retail chain’s share.' },
      unitCost: {
        label: 'Cost per unit',
        hint: 'What making and delivering one unit costs you, including the warranty provision you book for each unit sold: your own cost, without any VAT you reclaim.',
      },
      unitsPerYear: { label: 'Units sold per year', hint: 'A whole number.' },
      productFixedCostPerYear: {
        label: 'Fixed cost of the product per year',
        hint: 'Development, depreciation of tooling and certification: your own costs that do not change with the number of units, without any VAT you reclaim. Enter 0 to leave them out.',
      },
      channelSharePct: {
        label: 'Retail chain’s share (%)',
        hint: 'The part of the retail price without VAT that does not reach you: dealer discount, year-end rebates, marketing contributions and cash discounts, 0–100.',
      },
      monthlyFee: {
        label: 'Monthly fee per subscriber',
        hint: 'What one subscriber pays a month, without VAT or sales tax. Service included in the device price? Take its part off the retail price above; here, enter that part without VAT and less the retail chain’s share, divided by the months of service you promise (e.g. €120 without VAT, less a 35 % share, over 60 months: €1.30). Then every active device counts as a subscriber, and buyers who subscribe is 100 %.',
      },
      monthlyCostToServe: {
        label: 'Monthly cost to serve a subscriber',
        hint: 'Connectivity, cloud, payment or app-store fees, and the support contacts each subscriber causes, per subscriber and month: your own costs, without any VAT you reclaim.',
      },
      subscribers: { label: 'Subscribers', hint: 'Paying subscribers today, a whole number; for a service included in the device price, every active device.' },
      fixedCostPerYear: {
        label: 'Fixed cost of the service per year',
        hint: 'What you pay whatever the number of subscribers: platform; the night and weekend on-call rota (allowances and call-outs) and the working time lost to rest after night call-outs; the support staff; with the employer’s on-costs and without any VAT you reclaim.',
      },
      attachRatePct: { label: 'Buyers who subscribe (%)', hint: 'The share of units sold whose buyers take the service, 0–100; 100 for a service included in the device price.' },
      monthlyChurnPct: {
        label: 'Subscribers who cancel each month (%)',
        hint: 'The share of subscribers who leave in a month, 0–100; 1 % a month is about 11 % a year. For a service included in the device price, the share of devices that go offline for good.',
      },
      deviceLifetimeYears: {
        label: 'Device lifetime (years)',
        hint: 'A whole number, 1–30: a subscription ends when its device retires. For a service included in the device price, the years of service you promise, if fewer.',
      },
      horizonYears: { label: 'Years to look ahead', hint: 'A whole number, 1–20.' },
    } satisfies Record<FigureKey, { label: string; hint: string }>,
    problems: {
      empty: 'Enter a number (0 if there is none).',
      'not-a-number': 'This is not a number. Use digits, with “.” or “,” for decimals, e.g. 1234.56 or 1.234,56.',
      negative: 'Enter 0 or more: this figure cannot be negative.',
      'too-small': (bounds: { min: string }) => `Enter at least ${bounds.min}.`,
      'too-large': (bounds: { max: string }) => `That is more than this calculator accepts: at most ${bounds.max}.`,
      'not-whole': 'Enter a whole number.',
      'too-precise': 'Use at most four decimal places.',
    } satisfies Record<FigureProblem | 'empty', string | ((bounds: { min: string; max: string }) => string)>,
    readAs: (value: string) => `Read as ${value}.`,
    notWholeReadAs: (value: string, thousands: string, digits: string) =>
      `Read as ${value}, which is not a whole number. If you meant ${thousands}, type ${digits}, without the separator.`,
    readAsAmbiguous: (value: string) =>
      `Read as ${value}. If you meant something else, type it without the separator, or with both (1.234,56).`,
    exampleResults: 'Fix the marked figure: until then the results below are the worked example’s, not yours.',
    staleResults: 'Fix the marked figure: the results below still show the last complete set of figures.',
    resultsTitle: 'One year at today’s figures',
    resultsIntro: 'One year side by side, every amount without VAT: the product is sold once, so its year looks complete; the service is paid for every month for as long as customers stay, so its first year says little on its own. The years ahead are below.',
    readingTitle: 'What the figures say',
    sensitivityTitle: 'How many subscribers does the service need?',
    sensitivityIntro: 'Service and combined margin in one year as the number of subscribers grows from none to one for every unit sold in a year (0–100 %). Everything else stays as entered. Over the years subscribers can outnumber one year’s sales; the chart stops there.',
    sensitivityLabel: 'Line chart of the service margin and the combined margin against the number of subscribers; the table below has the same figures.',
    sensitivityTableCaption: 'Margins by number of subscribers',
    sensitivityShow: 'Show the figures as a table',
    attachRate: 'Subscribers per unit sold in a year',
    subscribers: 'Subscribers',
    serviceMargin: 'Service margin',
    combinedMargin: 'Combined margin',
    breakEvenMark: 'Break-even',
    youMark: 'You today',
    includedNote: 'These figures appear on your results page.',
    includeButton: 'Show these figures on my results page',
    excludeButton: 'Leave them off my results page',
    toResults: 'Go to my results',
    years: {
      title: 'The years ahead: two clocks',
      intro: (horizon: number) =>
        `A product is sold once; its service is paid for every month for as long as the customer keeps it. Here are both over the next ${horizon === 1 ? 'year' : `${horizon} years`}, at today’s prices, costs and yearly sales, with new subscribers from each month’s sales and those who cancel or whose device retires. Amounts are not discounted.`,
    },
    readings,
  },
}
