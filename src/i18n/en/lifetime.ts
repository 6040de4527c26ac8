const caption = 'Profit of the product and the service, year by year'

/** The words of the margins over the product's life (the two clocks) and of the margin chart. */
export const lifetime = {
  lifetime: {
    caption,
    // A no-break space keeps “Year 12” on one line in a narrow table.
    year: (year: number) => `Year\u00a0${year}`,
    columns: {
      year: 'Year',
      subscribersAtEnd: 'Subscribers at year end',
      productProfit: 'Product profit',
      serviceProfit: 'Service profit',
      cumulativeServiceProfit: 'Service profit so far',
      combinedProfit: 'Combined profit',
    },
    servicePaysMark: 'service pays its way',
    // The table puts it in brackets after the amount, so it has none of its own: "(losses paid back, not discounted)".
    servicePaysBackMark: 'losses paid back, not discounted',
    chartLabel: `Bar chart of the product’s and the service’s profit in each year, with a line for the service profit so far; the table “${caption}” has the same figures.`,
    productAxis: 'Product profit per year',
    serviceAxis: 'Service profit, per year and so far',
    marginChartLabel:
      'Bar chart of the margin in % over one year of the product, the service and both together; the table above has the same figures.',
    marginAxis: 'Margin in %',
    /** A bar of the margin chart whose margin runs below the chart's floor, e.g. "Service (-912.3 %, cut off)". */
    offScale: (side: string, margin: string) => `${side} (${margin}, cut off)`,
  },
}
