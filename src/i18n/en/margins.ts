import type { FigureKey, FigureProblem } from '@/domain/margins'

/** The words of the margin calculator. */
export const margins = {
  margins: {
    title: 'Product and service margins',
    lead: 'Things live off healthy margins through a retail chain; services live off customer satisfaction on thin margins. Enter the figures of your connected product to see both side by side.',
    example: 'The figures start as a worked example, not figures from the essay: a connected wood stove that sells well through dealers, with an app-and-service subscription that loses money in its first year and pays its way once enough stoves are connected. Replace them with your own.',
    useExample: 'Put the example figures back',
    useExampleConfirm: (unreadable: boolean) =>
      unreadable
        ? 'This discards the saved figures that could not be read (download a copy first if you want them) and shows the worked example. It cannot be undone.'
        : 'This replaces all thirteen figures with the worked example. Your own figures are not kept.',
    useExampleYes: 'Yes, use the example',
    useExampleNo: 'Keep my figures',
    currency: 'Currency',
    product: 'The product',
    service: 'The service',
    life: 'Over the product’s life',
    fields: {
      unitPrice: { label: 'Retail price per unit', hint: 'What the customer pays, without VAT or sales tax, before the retail chain’s share.' },
      unitCost: { label: 'Cost per unit', hint: 'What making and delivering one unit costs you.' },
      unitsPerYear: { label: 'Units sold per year', hint: 'A whole number.' },
      productFixedCostPerYear: {
        label: 'Fixed cost of the product per year',
        hint: 'Development, tooling, certification and any fixed warranty budget: costs that do not change with the number of units. Enter 0 to leave them out.',
      },
      channelSharePct: { label: 'Retail chain’s share (%)', hint: 'The part of the retail price that stays with dealers and retailers, 0–100.' },
      monthlyFee: {
        label: 'Monthly fee per subscriber',
        hint: 'What one subscriber pays a month. Service included in the device price? Take its part off the retail price above and enter it here per month, less the retail chain’s share.',
      },
      monthlyCostToServe: { label: 'Monthly cost to serve a subscriber', hint: 'Connectivity, cloud, payment or app-store fees, and the support contacts each subscriber causes, per subscriber and month.' },
      subscribers: { label: 'Subscribers', hint: 'Paying subscribers today, a whole number.' },
      fixedCostPerYear: { label: 'Fixed cost of the service per year', hint: 'Platform, on-call allowances and the support staff you keep whatever the number of subscribers.' },
      attachRatePct: { label: 'Buyers who subscribe (%)', hint: 'The share of units sold whose buyers take the service, 0–100.' },
      monthlyChurnPct: { label: 'Subscribers who cancel each month (%)', hint: 'The share of subscribers who leave in a month, 0–100; 1 % a month is about 11 % a year.' },
      deviceLifetimeYears: { label: 'Device lifetime (years)', hint: 'A whole number, 1–30: a subscription ends when its device retires.' },
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
    readAsAmbiguous: (value: string) =>
      `Read as ${value}. If you meant something else, type it without the separator, or with both (1.234,56).`,
    staleResults: 'Fix the marked figure: the results below still show the last complete set of figures.',
    resultsTitle: 'One year at today’s figures',
    resultsIntro: 'One year side by side: the product is sold once, so its year looks complete; the service earns every month for as long as customers stay, so its first year says little on its own. The years ahead are below.',
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
        `A product is sold once; its service earns every month for as long as the customer keeps it. Here are both over the next ${horizon === 1 ? 'year' : `${horizon} years`}, at today’s prices, costs and yearly sales, with new subscribers from each month’s sales and those who cancel or whose device retires.`,
    },
    readings: {
      'service-loss': (v: { margin: string; turn: string }) =>
        `At today’s number of subscribers, the service loses money over a year (a margin of ${v.margin}).${v.turn}`,
      serviceTurns: {
        now: ' Counting the subscribers that this year’s sales add month by month, the projection already has year 1 in profit: the one-year view at today’s subscribers understates the service.',
        later: (v: { paysYear: number; paysBack: string }) =>
          ` Adding the subscribers that each month’s sales bring in, it first pays its way in year ${v.paysYear}${v.paysBack}.`,
        paysBack: (year: number) => ` and has paid back its earlier losses by the end of year ${year}`,
        never: (horizon: number) =>
          ` Over the ${horizon === 1 ? 'year' : `${horizon} years`} projected it does not pay its way in any year: look at the fee, the cost to serve and the fixed cost.`,
      },
      'service-thin': (v: { margin: string }) =>
        `The service runs on a thin margin of ${v.margin}: common for a service, which earns for as long as customers stay, and they stay if they are satisfied.`,
      'fee-below-cost': (v: { fee: string; cost: string }) =>
        `Each subscriber costs more to serve (${v.cost} a month) than they pay (${v.fee}): every new subscriber deepens the loss.`,
      'fee-equals-cost': (v: { fee: string }) =>
        `The fee of ${v.fee} a month only just covers the cost to serve: nothing is left to pay for the fixed cost of the service.`,
      'below-break-even': (v: { breakEven: string; subscribers: string }) =>
        `The service needs ${v.breakEven} subscribers to cover its fixed costs; you have ${v.subscribers}.`,
      'past-break-even': (v: { breakEven: string; subscribers: string }) =>
        `The service covers its fixed costs from ${v.breakEven} subscribers; with ${v.subscribers} it pays its way.`,
      'margins-compared': (v: { product: string; service: string }) =>
        `The product earns a margin of ${v.product}, the service ${v.service}. Judge the product on its margin, the service on customer satisfaction and when it breaks even.`,
      'attach-rate': (v: { pct: string }) =>
        `Today’s subscribers equal ${v.pct} of one year’s units sold. Subscribers build up over several years of sales, so this is not the share of buyers who subscribe: enter that share above, in “Buyers who subscribe (%)”.`,
      'product-below-cost': (v: { netPrice: string; cost: string }) =>
        `After the retail chain’s share, a unit brings in ${v.netPrice} but costs ${v.cost}: the product loses money on every unit.`,
      'channel-share': (v: { perUnit: string; pct: string }) =>
        `The retail chain keeps ${v.perUnit} of every unit’s retail price (${v.pct}).`,
    },
  },
}
