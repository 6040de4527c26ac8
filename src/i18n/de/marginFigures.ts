import type { marginFigures as english } from '../en/marginFigures'
import type { Messages } from '../messages'

/** The words of the margin figures table, shown on the margins and the results pages. */
export const marginFigures: Messages<typeof english> = {
  marginFigures: {
    line: { product: 'Produkt', service: 'Service', combined: 'Gesamt' },
    revenue: 'Umsatz',
    cost: 'Kosten',
    grossProfit: 'Ergebnis vor Gemeinkosten',
    margin: 'Marge',
    noRevenue: '—',
    noRevenueExplain: 'Kein Umsatz, also keine Marge.',
    serviceShare: 'Anteil des Service am Umsatz',
    breakEven: 'Gewinnschwelle (Abonnenten)',
    never: 'nie erreicht',
    neverExplain: 'Der Abopreis deckt die Kosten je Abonnent nicht, daher deckt keine Zahl von Abonnenten die Fixkosten.',
    figuresCaption:
      'Umsatz, Kosten und Marge von Produkt, Service und beiden zusammen, ohne Umsatzsteuer; Ergebnis und Marge nach Abzug der Handelsspanne und der von Ihnen eingegebenen Fixkosten, vor Gemeinkosten (Vertrieb, Marketing, Verwaltung)',
    years: {
      title: 'Über die Lebensdauer des Produkts',
      paysYear: 'Der Service trägt sich erstmals',
      paysBack: 'Der Service hat frühere Verluste wieder eingespielt (nicht abgezinst)',
      value: 'Deckungsbeitrag je Abonnent über seine durchschnittliche Verweildauer',
      /** When the fee does not cover the cost to serve: the amount is then shown as a loss, without a minus sign. */
      valueLoss: 'Verlust je Abonnent über seine durchschnittliche Verweildauer',
      valueExplain:
        'Abopreis abzüglich der Kosten je Abonnent, zum heutigen Abopreis, über die durchschnittliche Verweildauer eines Abonnenten; vor den Fixkosten des Service und nicht abgezinst.',
      share: 'Anteil des Service am Gesamtergebnis dieser Jahre',
      inYear: (year: number) => `im Jahr ${year}`,
      byYear: (year: number) => `bis zum Ende von Jahr ${year}`,
      neverWithin: (horizon: number) =>
        `nicht innerhalb ${horizon === 1 ? 'des betrachteten Jahres' : `der betrachteten ${horizon} Jahre`}`,
      noShare: 'entfällt (insgesamt kein Gewinn)',
      /** The product and the service together lose money over the horizon: there is no profit to share. */
      noProfit: 'entfällt: Produkt und Service machen in diesen Jahren zusammen Verlust',
      /** A share below 0: the service's losses come off the product's profit. */
      shareBelowZero: 'die Verluste des Service schmälern den Gewinn des Produkts',
      /** A share above 100 %: the product loses money and the service makes up for it. */
      shareAboveAll: 'mehr als der gesamte Gewinn: Der Service gleicht die Verluste des Produkts aus',
    },
  },
}
