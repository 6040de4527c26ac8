/** The words of the margin figures table, shown on the margins and the results pages. */
export const marginFigures = {
  marginFigures: {
    line: { product: 'Product', service: 'Service', combined: 'Combined' },
    revenue: 'Revenue',
    cost: 'Cost',
    grossProfit: 'Profit before overheads',
    margin: 'Margin',
    noRevenue: '—',
    noRevenueExplain: 'No revenue, so no margin.',
    serviceShare: 'Service share of revenue',
    breakEven: 'Break-even subscribers',
    never: 'never',
    neverExplain: 'The fee does not cover the cost to serve a subscriber, so no number of subscribers covers the fixed cost.',
    figuresCaption: 'Revenue, cost and margin of the product, the service and both together, without VAT; profit and margin are after the retail chain’s share and the fixed costs you entered; before overheads (sales, marketing, administration)',
    years: {
      title: 'Over the product’s life',
      paysYear: 'The service first pays its way',
      paysBack: 'The service has made up any earlier losses (not discounted)',
      value: 'A subscriber is worth, over their average stay',
      /** When the fee does not cover the cost to serve: the amount is then shown as a loss, without a minus sign. */
      valueLoss: 'Each subscriber loses you, over their average stay',
      valueExplain: 'Fee less cost to serve, at today’s fee, for as long as a subscriber stays on average; before the service’s fixed cost, and not discounted.',
      share: 'The service’s share of all profit over these years',
      inYear: (year: number) => `in year ${year}`,
      byYear: (year: number) => `by the end of year ${year}`,
      neverWithin: (horizon: number) => `not within the ${horizon === 1 ? 'year' : `${horizon} years`} looked at`,
      noShare: 'none (no profit overall)',
      /** The product and the service together lose money over the horizon: there is no profit to share. */
      noProfit: 'none: together, product and service lose money over these years',
      /** A share below 0: the service's losses come off the product's profit. */
      shareBelowZero: 'the service’s losses come off the product’s profit',
      /** A share above 100 %: the product loses money and the service makes up for it. */
      shareAboveAll: 'more than all of it: the service makes up for the product’s losses',
    },
  },
}
