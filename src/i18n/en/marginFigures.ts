/** The words of the margin figures table, shown on the margins and the results pages. */
export const marginFigures = {
  marginFigures: {
    line: { product: 'Product', service: 'Service', combined: 'Combined' },
    revenue: 'Revenue',
    cost: 'Cost',
    grossProfit: 'Profit',
    margin: 'Margin',
    noRevenue: '—',
    noRevenueExplain: 'No revenue, so no margin.',
    serviceShare: 'Service share of revenue',
    breakEven: 'Break-even subscribers',
    never: 'never',
    neverExplain: 'The fee does not cover the cost to serve a subscriber, so no number of subscribers covers the fixed cost.',
    figuresCaption: 'Revenue, cost and margin of the product, the service and both together; profit and margin are after the retail chain’s share and the fixed costs you entered',
    years: {
      title: 'Over the product’s life',
      paysYear: 'The service first pays its way',
      paysBack: 'The service has made up any earlier losses',
      value: 'A subscriber is worth, over the device’s life',
      valueExplain: 'Fee less cost to serve, at today’s fee, for as long as a subscriber stays on average; before the service’s fixed cost, and not discounted.',
      share: 'The service’s share of all profit over these years',
      inYear: (year: number) => `in year ${year}`,
      byYear: (year: number) => `by the end of year ${year}`,
      neverWithin: (horizon: number) => `not within the ${horizon === 1 ? 'year' : `${horizon} years`} looked at`,
      noShare: 'none (no profit overall)',
    },
  },
}
