/** The words of the margin figures table, shown on the margins and the results pages. */
export const marginFigures = {
  marginFigures: {
    line: { product: 'Product', service: 'Service', combined: 'Combined' },
    revenue: 'Revenue',
    cost: 'Cost',
    grossProfit: 'Gross profit',
    margin: 'Margin',
    noRevenue: '—',
    noRevenueExplain: 'No revenue, so no margin.',
    serviceShare: 'Service share of revenue',
    breakEven: 'Break-even subscribers',
    never: 'never',
    neverExplain: 'The fee does not cover the cost to serve a subscriber, so no number of subscribers covers the fixed cost.',
    figuresCaption: 'Revenue, cost and margin of the product, the service and both together',
  },
}
