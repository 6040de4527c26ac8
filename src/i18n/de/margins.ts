import type { ExampleBasis, ExampleCosts, Figures } from '@/domain/margins'
import type { ExampleSeen, MarginFormat, margins as english } from '../en/margins'
import type { Messages } from '../messages'
import { plural } from './app'

/** Each reading worded from its own figures, so no wording can ask for a figure its reading lacks. */
type ReadingWords = (typeof english)['margins']['readings']

/** "ein Jahr", "12 Jahre" (nominative and accusative: "hält 12 Jahre", "über 10 Jahre"). */
const years = (n: number) => (n === 1 ? 'ein Jahr' : `${n} Jahre`)

/** "innerhalb des betrachteten Jahres", "innerhalb der betrachteten 10 Jahre". */
const withinYears = (n: number) => (n === 1 ? 'innerhalb des betrachteten Jahres' : `innerhalb der betrachteten ${n} Jahre`)

/** A count with its noun in the right number: "1 Person", "5 Personen", "0,6 Kontakte". */
const some = (n: number, one: string, other: string, fmt: Pick<MarginFormat, 'count'>) => `${fmt.count(n)} ${plural(n, { one, other })}`

/** A loss as a margin: "Marge von -12,0 %"; one that rounds to 0,0 % is "knapp unter 0 %". */
const lossMargin = (pct: number, fmt: Pick<MarginFormat, 'pct'>) => `Marge ${pct > -0.05 ? 'knapp unter 0 %' : `von ${fmt.pct(pct)}`}`

/**
 * A margin as a verb phrase that reads right on either side of 0, after its subject ("Das Produkt
 * erzielt …"): a loss is lost, never earned; exactly 0 breaks even; a margin that shows as 0,0 %
 * but is not 0 says which side it is on.
 */
export function marginPhrase(pct: number, fmt: Pick<MarginFormat, 'pct'>): string {
  if (pct === 0) return 'erreicht genau die Gewinnschwelle'
  if (pct < 0) return `macht Verlust (${lossMargin(pct, fmt)})`
  return `erzielt eine Marge ${pct < 0.05 ? 'knapp über 0 %' : `von ${fmt.pct(pct)}`}`
}

/** The turn of a loss-making service, from the projection; nothing without one. */
function turnOf(v: { paysYear: number | null; paysBackYear: number | null; horizonYears: number }): string {
  if (v.horizonYears === 0) return ''
  if (v.paysYear === null)
    return ` In der Projektion über ${years(v.horizonYears)} trägt er sich ${v.horizonYears === 1 ? 'nicht' : 'in keinem einzigen Jahr'}: Prüfen Sie Abopreis, Kosten je Abonnent und Fixkosten.`
  if (v.paysYear === 1)
    return ' Rechnet man die neuen Abonnenten hinzu, die die Verkäufe dieses Jahres Monat für Monat bringen, trägt sich der Service laut Projektion schon im Jahr 1: Die Betrachtung nur eines Jahres mit den heutigen Abonnenten stellt ihn zu schlecht dar.'
  const back =
    v.paysBackYear === null
      ? `, hat aber seine früheren Verluste ${withinYears(v.horizonYears)} nicht wieder eingespielt`
      : ` und hat seine früheren Verluste bis zum Ende von Jahr ${v.paysBackYear} wieder eingespielt`
  return ` Rechnet man die neuen Abonnenten aus den Verkäufen jedes Monats hinzu, trägt er sich erstmals im Jahr ${v.paysYear}${back}.`
}

const readings: ReadingWords = {
  'service-loss': (v, fmt) =>
    `Bei der heutigen Zahl von Abonnenten macht der Service auf ein Jahr gerechnet Verlust (${lossMargin(v.marginPct, fmt)}).${turnOf(v)}`,
  'service-thin': (v, fmt) =>
    v.marginPct === 0
      ? 'Der Service erreicht auf ein Jahr gerechnet genau die Gewinnschwelle: Sein Umsatz deckt seine Kosten exakt, ohne Überschuss und ohne Verlust. Dünne Margen sind bei einem Service üblich: Er wird bezahlt, solange die Kunden bleiben, und sie bleiben, wenn sie zufrieden sind.'
      : `Der Service arbeitet mit einer dünnen Marge ${v.marginPct < 0.05 ? 'knapp über 0 %' : `von ${fmt.pct(v.marginPct)}`}. Das ist bei einem Service üblich: Er wird bezahlt, solange die Kunden bleiben, und sie bleiben, wenn sie zufrieden sind.`,
  'fee-below-cost': (v, fmt) =>
    `Jeder Abonnent kostet mehr (${fmt.money(v.cost)} im Monat), als er zahlt (${fmt.money(v.fee)}): Jeder neue Abonnent vergrößert den Verlust.`,
  'fee-equals-cost': (v, fmt) => {
    const each =
      v.fee === 0
        ? 'Abonnenten zahlen nichts und verursachen keine Kosten'
        : `Der Abopreis von ${fmt.money(v.fee)} im Monat entspricht genau den Kosten je Abonnent`
    return v.fixedCost === 0
      ? `${each}, und der Service hat keine Fixkosten: Er arbeitet bei jeder Zahl von Abonnenten genau kostendeckend.`
      : `${each}: Jeder Abonnent bringt genau so viel ein, wie er kostet, und für die Fixkosten des Service von ${fmt.money(v.fixedCost)} im Jahr bleibt nichts übrig, gleich wie viele Abonnenten es sind.`
  },
  // "Abonnenten" is also the singular after "braucht", "ab" and "mit": "ab 1 Abonnenten".
  'below-break-even': (v, fmt) =>
    `Der Service braucht ${fmt.count(v.breakEven)} Abonnenten, um seine Fixkosten zu decken; Sie haben ${fmt.count(v.subscribers)}.`,
  'past-break-even': (v, fmt) =>
    v.breakEven === 0
      ? 'Der Service hat keine Fixkosten zu decken, und jeder Abonnent zahlt mehr, als er an Kosten verursacht: Der Service trägt sich bei jeder Zahl von Abonnenten.'
      : `Der Service deckt seine Fixkosten ab ${fmt.count(v.breakEven)} Abonnenten; mit ${fmt.count(v.subscribers)} trägt er sich${v.subscribers === v.breakEven ? ' gerade so' : ''}.`,
  'margins-compared': (v, fmt) =>
    `Auf ein Jahr gerechnet: Das Produkt ${marginPhrase(v.product, fmt)} und der Service ${marginPhrase(v.service, fmt)}. Beurteilen Sie beide nach ihren eigenen Maßstäben: das Produkt nach seiner Marge, den Service nach der Kundenzufriedenheit und danach, ob er sich über die Jahre trägt.`,
  'attach-rate': (v, fmt) =>
    `Die heutigen Abonnenten entsprechen ${fmt.pct(v.pct)} der in einem Jahr verkauften Stückzahl. Abonnenten sammeln sich über mehrere Verkaufsjahre an; das ist also nicht der Anteil der Käufer, die ein Abo abschließen. Diesen Anteil tragen Sie oben unter „Käufer mit Abo (%)“ ein.`,
  'product-below-cost': (v, fmt) =>
    `Nach Abzug der Handelsspanne bringt ein Stück ${fmt.money(v.netPrice)} ein, Herstellung und Lieferung kosten aber ${fmt.money(v.cost)}: Das Produkt macht mit jedem verkauften Stück Verlust, noch vor allen Fixkosten.`,
  'channel-share': (v, fmt) =>
    `Vom Endverkaufspreis jedes Stücks ohne Umsatzsteuer behält der Handel ${fmt.money(v.perUnit)} (${fmt.pct(v.pct)}).`,
}

const example = {
  intro:
    'Die Zahlen sind zunächst ein durchgerechnetes Beispiel, keine Zahlen aus dem Essay: Ein mittelständischer Hersteller verkauft vernetzte Kaminöfen über Fachhändler, dazu ein Abonnement für App und Service. Alle Zahlen sind ohne Umsatzsteuer angegeben, so wie der Rechner sie erwartet.',
  /** What the example's figures come to, worked out from them: the words follow the figures. */
  story: ({ figures: f, result, projection }: ExampleSeen, fmt: MarginFormat): string => {
    const productPct = result.product.marginPct
    // "vom Umsatz" only after a margin made: a loss already says its margin in brackets.
    const product =
      productPct === null
        ? ''
        : `Das Ofengeschäft ${marginPhrase(productPct, fmt)}${productPct > 0 ? ' vom Umsatz' : ''}, nach Abzug der Handelsspanne und der Fixkosten des Produkts, aber vor Vertriebs-, Marketing- und sonstigen Gemeinkosten. `
    const profit = result.service.grossProfit
    const today =
      profit < 0
        ? `Bei heute ${fmt.count(f.subscribers)} Abonnenten macht der Service ${fmt.money(-profit)} Verlust im Jahr`
        : `Bei heute ${fmt.count(f.subscribers)} Abonnenten ${profit === 0 ? 'erreicht der Service genau die Gewinnschwelle' : `erzielt der Service ${fmt.money(profit)} Gewinn im Jahr`}`
    const breakEven =
      result.breakEvenSubscribers === null
        ? ': Der Abopreis deckt die Kosten je Abonnent nicht, daher deckt keine Zahl von Abonnenten die Fixkosten des Service.'
        : `; um seine Fixkosten von ${fmt.money(f.fixedCostPerYear)} zu decken, braucht er ${fmt.count(result.breakEvenSubscribers)} Abonnenten.`
    const horizon = projection.years.length
    const { servicePaysYear: pays, servicePaysBackYear: back } = projection
    const turn =
      pays === null
        ? horizon === 1
          ? 'trägt sich der Service im betrachteten Jahr nicht.'
          : `trägt sich der Service in keinem der betrachteten ${horizon} Jahre.`
        : pays === 1
          ? 'trägt sich der Service ab Jahr 1.'
          : `trägt sich der Service erstmals im Jahr ${pays}${back === null ? `, hat aber seine früheren Verluste ${withinYears(horizon)} nicht wieder eingespielt` : ` und hat seine früheren Verluste bis zum Ende von Jahr ${back} wieder eingespielt`}.`
    return `${product}${today}${breakEven} Wenn ${fmt.count(f.attachRatePct)} % der Käufer ein Abo abschließen, ${turn} Ersetzen Sie die Zahlen durch Ihre eigenen.`
  },
  basisTitle: 'Annahmen des Beispiels',
  /** The example's assumptions, one line each, in euros: its prices carry Germany's VAT. */
  basis: (b: ExampleBasis, c: ExampleCosts, f: Figures, fmt: MarginFormat): string[] => [
    `Preise: Der Ofen kostet ${fmt.money(b.unitPriceWithVat)}, das Abonnement ${fmt.money(b.monthlyFeeWithVat)} im Monat, jeweils einschließlich ${fmt.count(b.vatPct)} % Umsatzsteuer; in den Rechner gehen beide netto ein: ${fmt.money(c.unitPrice)} und ${fmt.money(c.monthlyFee)}.`,
    `Das Produkt: ${some(f.unitsPerYear, 'Ofen', 'Öfen', fmt)} im Jahr; die Fachhändler behalten ${fmt.count(f.channelSharePct)} % des Endverkaufspreises ohne Umsatzsteuer; Herstellung und Lieferung eines Ofens kosten ${fmt.money(f.unitCost)}, einschließlich einer Gewährleistungsrückstellung von ${fmt.money(b.warrantyProvisionPerUnit)}; Entwicklung, Abschreibungen auf Werkzeuge und Zertifizierung kosten ${fmt.money(f.productFixedCostPerYear)} im Jahr.`,
    `Kosten je Abonnent, ${fmt.money(c.costToServe.total)} im Monat: Cloud und Daten ${fmt.money(c.costToServe.cloud)}; die Provision des App-Stores von ${fmt.count(b.costToServe.storeFeePct)} % (der Satz für kleine Unternehmen) auf den Nettopreis des Abos, ${fmt.money(c.costToServe.storeFee)}; First-Level-Support durch einen externen Servicedesk, ${fmt.money(c.costToServe.support)} (${some(b.costToServe.supportContactsPerYear, 'Kontakt', 'Kontakte', fmt)} je Abonnent und Jahr zu je ${fmt.money(b.costToServe.costPerContact)}).`,
    `Rufbereitschaft nachts und am Wochenende, ${fmt.money(c.onCall.total)} im Jahr, mit Personalabteilung und Betriebsrat vereinbart: ein Bereitschaftsplan mit ${some(b.onCall.rotaPeople, 'Person', 'Personen', fmt)} im wöchentlichen Wechsel (jede Person hat etwa eine von ${fmt.count(b.onCall.rotaPeople)} Wochen Bereitschaft), mit einer Bereitschaftspauschale von ${fmt.money(b.onCall.standbyPerWeek)} pro Woche (${fmt.money(c.onCall.standby)}); dahinter eine Eskalationsbereitschaft aus ${some(b.onCall.engineers, 'Ingenieur', 'Ingenieuren', fmt)} zu ${fmt.money(b.onCall.engineerStandbyPerWeek)} pro Woche (${fmt.money(c.onCall.engineerStandby)}); ${some(b.onCall.callOutsPerYear, 'Einsatz', 'Einsätze', fmt)} im Jahr zu je ${some(b.onCall.hoursPerCallOut, 'Stunde', 'Stunden', fmt)}, vergütet mit ${fmt.money(b.onCall.payPerCallOutHour)} pro Stunde einschließlich Nacht- und Wochenendzuschlägen (${fmt.money(c.onCall.callOuts)}); nach jedem Einsatz ${some(b.onCall.restHoursPerCallOut, 'Stunde', 'Stunden', fmt)} Ruhezeit zulasten des nächsten Arbeitstags, als verlorene Arbeitszeit bewertet mit ${fmt.money(b.onCall.restCostPerHour)} pro Stunde (${fmt.money(c.onCall.rest)}). Den Bereitschaftsplan besetzen Support-Team, Plattformentwicklung und IT; die Eskalationsingenieure stellt das Firmware-Team.`,
    `Support-Team zu Bürozeiten für alles, was der First-Level-Support nicht lösen kann, ${fmt.money(c.supportDesk)} im Jahr: ${some(b.supportDesk.people, 'Person', 'Personen', fmt)} zu je ${fmt.money(b.supportDesk.costPerPerson)}.`,
    `Plattform, ${fmt.money(c.platform)} im Jahr: Cloud-Grundkosten, Lizenz für das Gerätemanagement, Monitoring- und Alarmierungswerkzeuge ${fmt.money(b.platform.running)}; ${some(b.platform.developers, 'Entwickler', 'Entwickler', fmt)} zu je ${fmt.money(b.platform.costPerDeveloper)}, um App und Plattform aktuell und sicher zu halten.`,
    `Die Fixkosten des Service betragen also ${fmt.money(c.onCall.total)} + ${fmt.money(c.supportDesk)} + ${fmt.money(c.platform)} = ${fmt.money(c.serviceFixedCost)} im Jahr. Alle Personalkosten enthalten die Lohnnebenkosten des Arbeitgebers.`,
    'Keine der beiden Seiten trägt Vertriebs-, Marketing- oder Verwaltungskosten: In den Zahlen des Ofens fehlen Außendienst und Händlerbetreuung; die Zahlen des Service enthalten sein eigenes Support-Team.',
    `Abonnenten: heute ${fmt.count(f.subscribers)}; ${fmt.count(f.attachRatePct)} % der Käufer schließen ein Abo ab; ${fmt.count(f.monthlyChurnPct)} % der Abonnenten kündigen pro Monat; ein Ofen hält ${f.deviceLifetimeYears === 1 ? 'ein Jahr' : `${fmt.count(f.deviceLifetimeYears)} Jahre`}.`,
    `Abopreis, Kosten und jährlicher Absatz bleiben ${f.horizonYears === 1 ? 'das ganze Jahr über' : `über alle ${fmt.count(f.horizonYears)} Jahre`} auf dem heutigen Stand.`,
  ],
}

/** The words of the margin calculator. */
export const margins: Messages<typeof english> = {
  margins: {
    title: 'Produkt- und Servicemargen',
    lead: 'Physische Produkte leben von auskömmlichen Margen im Handel; ein Service lebt von zufriedenen Kunden, bei dünnen Margen. Geben Sie die Zahlen Ihres vernetzten Produkts ein, um beides nebeneinander zu sehen.',
    example,
    restoreExample: 'Beispielzahlen wiederherstellen',
    restoreExampleConfirm: (unreadable: boolean) =>
      unreadable
        ? 'Damit verwerfen Sie die gespeicherten Zahlen, die sich nicht lesen ließen (laden Sie vorher eine Kopie herunter, wenn Sie sie behalten möchten), und sehen wieder das durchgerechnete Beispiel. Das lässt sich nicht rückgängig machen.'
        : 'Damit ersetzen Sie alle dreizehn Zahlen durch das durchgerechnete Beispiel. Ihre eigenen Zahlen werden nicht aufbewahrt.',
    restoreExampleYes: 'Ja, Beispiel verwenden',
    restoreExampleNo: 'Meine Zahlen behalten',
    currency: 'Währung',
    product: 'Das Produkt',
    service: 'Der Service',
    life: 'Über die Lebensdauer des Produkts',
    fields: {
      unitPrice: {
        label: 'Endverkaufspreis je Stück',
        hint: 'Was der Kunde zahlt, ohne Umsatzsteuer, vor Abzug der Handelsspanne.',
      },
      unitCost: {
        label: 'Kosten je Stück',
        hint: 'Was Herstellung und Lieferung eines Stücks Sie kosten, einschließlich der Gewährleistungsrückstellung, die Sie je verkauftem Stück bilden: Ihre eigenen Kosten, ohne abziehbare Vorsteuer.',
      },
      unitsPerYear: { label: 'Verkaufte Stückzahl pro Jahr', hint: 'Eine ganze Zahl.' },
      productFixedCostPerYear: {
        label: 'Fixkosten des Produkts pro Jahr',
        hint: 'Entwicklung, Abschreibungen auf Werkzeuge und Zertifizierung: Ihre eigenen Kosten, die sich mit der Stückzahl nicht ändern, ohne abziehbare Vorsteuer. Geben Sie 0 ein, um sie nicht zu berücksichtigen.',
      },
      channelSharePct: {
        label: 'Handelsspanne (%)',
        hint: 'Der Teil des Endverkaufspreises ohne Umsatzsteuer, der nicht bei Ihnen ankommt: Händlerrabatt, Jahresboni, Werbekostenzuschüsse und Skonti, 0–100.',
      },
      monthlyFee: {
        label: 'Monatlicher Abopreis je Abonnent',
        hint: 'Was ein Abonnent im Monat zahlt, ohne Umsatzsteuer. Ist der Service im Gerätepreis enthalten? Dann ziehen Sie seinen Anteil oben vom Endverkaufspreis ab und tragen ihn hier ein: ohne Umsatzsteuer, abzüglich der Handelsspanne, geteilt durch die Monate Service, die Sie zusagen (z. B. 120 € ohne Umsatzsteuer, abzüglich 35 % Handelsspanne, über 60 Monate: 1,30 €). Jedes aktive Gerät zählt dann als Abonnent, und der Anteil der Käufer mit Abo ist 100 %.',
      },
      monthlyCostToServe: {
        label: 'Monatliche Kosten je Abonnent',
        hint: 'Konnektivität, Cloud, Zahlungs- oder App-Store-Gebühren und die Support-Kontakte, die jeder Abonnent verursacht, je Abonnent und Monat: Ihre eigenen Kosten, ohne abziehbare Vorsteuer.',
      },
      subscribers: {
        label: 'Abonnenten',
        hint: 'Zahlende Abonnenten heute, als ganze Zahl; bei einem im Gerätepreis enthaltenen Service jedes aktive Gerät.',
      },
      fixedCostPerYear: {
        label: 'Fixkosten des Service pro Jahr',
        hint: 'Was Sie unabhängig von der Zahl der Abonnenten zahlen: die Plattform; die Rufbereitschaft nachts und am Wochenende (Pauschalen und Einsätze) und die Arbeitszeit, die durch Ruhezeiten nach nächtlichen Einsätzen verloren geht; das Support-Team; jeweils einschließlich der Lohnnebenkosten des Arbeitgebers und ohne abziehbare Vorsteuer.',
      },
      attachRatePct: {
        label: 'Käufer mit Abo (%)',
        hint: 'Der Anteil der verkauften Geräte, deren Käufer den Service abonnieren, 0–100; 100 bei einem im Gerätepreis enthaltenen Service.',
      },
      monthlyChurnPct: {
        label: 'Monatliche Kündigungsquote (%)',
        hint: 'Der Anteil der Abonnenten, die in einem Monat kündigen, 0–100; 1 % im Monat sind etwa 11 % im Jahr. Bei einem im Gerätepreis enthaltenen Service der Anteil der Geräte, die endgültig offline gehen.',
      },
      deviceLifetimeYears: {
        label: 'Lebensdauer des Geräts (Jahre)',
        hint: 'Eine ganze Zahl, 1–30: Ein Abonnement endet, wenn sein Gerät ausgemustert wird. Bei einem im Gerätepreis enthaltenen Service die Jahre Service, die Sie zusagen, falls es weniger sind.',
      },
      horizonYears: { label: 'Betrachtungszeitraum (Jahre)', hint: 'Eine ganze Zahl, 1–20.' },
    },
    problems: {
      empty: 'Geben Sie eine Zahl ein (0, wenn es keine gibt).',
      'not-a-number': 'Das ist keine Zahl. Verwenden Sie Ziffern, mit „,“ oder „.“ als Dezimalzeichen, z. B. 1234,56 oder 1.234,56.',
      negative: 'Geben Sie 0 oder mehr ein: Diese Zahl kann nicht negativ sein.',
      'too-small': (bounds: { min: string }) => `Geben Sie mindestens ${bounds.min} ein.`,
      'too-large': (bounds: { max: string }) => `Das ist mehr, als dieser Rechner annimmt: höchstens ${bounds.max}.`,
      'not-whole': 'Geben Sie eine ganze Zahl ein.',
      'too-precise': 'Verwenden Sie höchstens vier Nachkommastellen.',
    },
    readAs: (value: string) => `Gelesen als ${value}.`,
    notWholeReadAs: (value: string, thousands: string, digits: string) =>
      `Gelesen als ${value}, also keine ganze Zahl. Wenn Sie ${thousands} meinten, geben Sie ${digits} ein, ohne Trennzeichen.`,
    readAsAmbiguous: (value: string) =>
      `Gelesen als ${value}. Wenn Sie etwas anderes meinten, geben Sie die Zahl ohne Trennzeichen ein oder mit beiden (1.234,56).`,
    exampleResults: 'Korrigieren Sie die markierte Zahl: Bis dahin zeigen die Ergebnisse unten das durchgerechnete Beispiel, nicht Ihre Zahlen.',
    staleResults: 'Korrigieren Sie die markierte Zahl: Die Ergebnisse unten zeigen noch den letzten vollständigen Satz von Zahlen.',
    resultsTitle: 'Ein Jahr mit den heutigen Zahlen',
    resultsIntro:
      'Ein Jahr im Vergleich, alle Beträge ohne Umsatzsteuer: Das Produkt wird einmal verkauft, daher bildet ein Jahr sein Geschäft vollständig ab; der Service wird jeden Monat bezahlt, solange die Kunden bleiben, daher sagt sein erstes Jahr allein wenig aus. Die folgenden Jahre sehen Sie weiter unten.',
    readingTitle: 'Was die Zahlen sagen',
    sensitivityTitle: 'Wie viele Abonnenten braucht der Service?',
    sensitivityIntro:
      'Service- und Gesamtmarge in einem Jahr, wenn die Zahl der Abonnenten von null bis auf die Jahresstückzahl steigt, also auf einen Abonnenten je Stück, das in einem Jahr verkauft wird (0–100 %). Alles andere bleibt wie eingegeben. Über die Jahre kann die Zahl der Abonnenten die Jahresstückzahl übersteigen; so weit reicht das Diagramm nicht.',
    sensitivityLabel:
      'Liniendiagramm der Servicemarge und der Gesamtmarge nach Zahl der Abonnenten; die Tabelle unten enthält dieselben Zahlen.',
    sensitivityTableCaption: 'Margen nach Zahl der Abonnenten',
    sensitivityShow: 'Zahlen als Tabelle anzeigen',
    attachRate: 'Abonnenten im Verhältnis zur Jahresstückzahl',
    subscribers: 'Abonnenten',
    serviceMargin: 'Servicemarge',
    combinedMargin: 'Gesamtmarge',
    breakEvenMark: 'Gewinnschwelle',
    youMark: 'Sie heute',
    includedNote: 'Diese Zahlen erscheinen auf Ihrer Ergebnisseite.',
    includeButton: 'Diese Zahlen auf meiner Ergebnisseite zeigen',
    excludeButton: 'Nicht auf meiner Ergebnisseite zeigen',
    toResults: 'Zu meinen Ergebnissen',
    years: {
      title: 'Die kommenden Jahre: zwei Uhren, die verschieden ticken',
      intro: (horizon: number) =>
        `Ein Produkt wird einmal verkauft; sein Service wird jeden Monat bezahlt, solange der Kunde ihn behält. Hier sehen Sie beides über ${horizon === 1 ? 'das nächste Jahr' : `die nächsten ${horizon} Jahre`}, zu heutigen Preisen, Kosten und jährlichen Verkaufszahlen, mit den neuen Abonnenten aus den Verkäufen jedes Monats und ohne die, die kündigen oder deren Gerät ausgemustert wird. Die Beträge sind nicht abgezinst.`,
    },
    readings,
  },
}
