import type { lifetime as english } from '../en/lifetime'
import type { Messages } from '../messages'

const caption = 'Ergebnis von Produkt und Service, Jahr für Jahr'

/** The words of the margins over the product's life (the two clocks) and of the margin chart. */
export const lifetime: Messages<typeof english> = {
  lifetime: {
    caption,
    // A no-break space keeps “Jahr 12” on one line in a narrow table.
    year: (year: number) => `Jahr\u00a0${year}`,
    columns: {
      year: 'Jahr',
      subscribersAtEnd: 'Abonnenten zum Jahresende',
      productProfit: 'Ergebnis Produkt',
      serviceProfit: 'Ergebnis Service',
      cumulativeServiceProfit: 'Ergebnis Service kumuliert',
      combinedProfit: 'Gesamtergebnis',
    },
    servicePaysMark: 'Service trägt sich',
    // The table puts it in brackets after the amount, so it has none of its own: "(Verluste wieder eingespielt, nicht abgezinst)".
    servicePaysBackMark: 'Verluste wieder eingespielt, nicht abgezinst',
    chartLabel: `Balkendiagramm des Ergebnisses von Produkt und Service in jedem Jahr, mit einer Linie für das kumulierte Ergebnis des Service; die Tabelle „${caption}“ enthält dieselben Zahlen.`,
    productAxis: 'Ergebnis Produkt pro Jahr',
    serviceAxis: 'Ergebnis Service, pro Jahr und kumuliert',
    marginChartLabel:
      'Balkendiagramm der Marge in % über ein Jahr für Produkt, Service und beide zusammen; die Tabelle oben enthält dieselben Zahlen.',
    marginAxis: 'Marge in %',
    /** A bar of the margin chart whose margin runs below the chart's floor, e.g. "Service (-912,3 %, abgeschnitten)". */
    offScale: (side: string, margin: string) => `${side} (${margin}, abgeschnitten)`,
  },
}
