import type { ServiceMargin } from '@/domain/findings'
import type { Level, QuestionIdOf, QuestionSet } from '@/domain/questionSet'
import type { QUESTION_SET_V1 } from '@/domain/questions.v1'
import type { QUESTION_SET_V2 } from '@/domain/questions.v2'
import type { QUESTION_SET_V3 } from '@/domain/questions.v3'
import type { FindingFormat, results as english } from '../en/results'
import type { Messages } from '../messages'
import { plural } from './app'

/** A loss as a margin; one that rounds to 0,0 % still says it is a loss. */
const pctOfLoss = (pct: number, fmt: FindingFormat) => (pct > -0.05 ? 'Marge knapp unter 0 %' : `Marge ${fmt.pct(pct)}`)

const serviceMargin = (margin: ServiceMargin, fmt: FindingFormat) => pctOfLoss(margin.serviceMarginPct, fmt)

/** The product's margin beside the service's, worded for a product that makes money or loses it. */
const besideProduct = (margin: ServiceMargin, fmt: FindingFormat) =>
  margin.productMarginPct === null
    ? ''
    : margin.productMarginPct < 0
      ? `, während das Produkt${margin.serviceMarginPct < 0 ? ' ebenfalls' : ''} Verlust macht (${pctOfLoss(margin.productMarginPct, fmt)})`
      : `, bei einer Produktmarge von ${fmt.pct(margin.productMarginPct)}`

/** "ein Jahr", "10 Jahre" (nominative and accusative). */
const years = (n: number) => plural(n, { one: 'ein Jahr', other: '# Jahre' })

/** "a", "a und b", "a, b und c". */
const listOf = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`

/** The transformation questions of every question set, which the "chip in it" finding names. */
type TransformationQuestionId = Extract<
  QuestionIdOf<typeof QUESTION_SET_V1> | QuestionIdOf<typeof QUESTION_SET_V2> | QuestionIdOf<typeof QUESTION_SET_V3>,
  `transformation-${string}`
>

/** What each transformation question is about, short enough to list after a colon. */
const transformationTopics = {
  'transformation-offer': 'das Nutzenversprechen des vernetzten Produkts gegenüber Kunden',
  'transformation-model': 'das Erlösmodell des vernetzten Service',
  'transformation-expectations': 'das Wissen um die heutigen Erwartungen der Kunden an das vernetzte Produkt',
  'transformation-channel': 'die Rolle der Fachhändler bei Verkauf und Betreuung des Service',
  'transformation-home': 'die Verankerung des Service in der Organisation',
  'transformation-sell': 'wofür Käufer laut Verkaufsbotschaft bezahlen',
  'transformation-payment': 'das Bezahlmodell des Service',
  'transformation-convenience': 'die Entlastung der Kunden von Arbeiten rund um das Produkt',
  'transformation-competitor': 'Wettbewerber mit Komfortangeboten rund um das Produkt',
  'transformation-dealers': 'die Rolle der Fachhändler beim Verkauf des Service',
  'transformation-evolution': 'die Weiterentwicklung des Service nach der Markteinführung',
} satisfies Record<TransformationQuestionId, string>

/** "erreicht der Service gerade die Gewinnschwelle" or "erzielt der Service eine Marge von 12,5 %", after "Nach Ihren Zahlen". */
const serviceMakes = (serviceMarginPct: number, fmt: FindingFormat, thin = false) =>
  serviceMarginPct === 0
    ? 'erreicht der Service gerade die Gewinnschwelle'
    : `erzielt der Service ${thin ? 'nur eine dünne' : 'eine'} Marge von ${fmt.pct(serviceMarginPct)}`

/** The words of the results, findings, sharing and shared-link pages. */
export const results: Messages<typeof english> = {
  results: {
    title: 'Ihre Ergebnisse',
    sharedTitle: 'Geteilte Ergebnisse',
    empty: 'Sie haben noch keine Frage beantwortet.',
    emptyAction: 'Reifegrad-Check beginnen',
    overall: 'Reifegrad insgesamt',
    level: (level: Level, name: string) => `Stufe ${level}: ${name}`,
    outOf: 'von 100',
    notAssessed: 'nicht bewertet',
    notAssessedOverall: 'Nicht bewertet: Beantworten Sie mindestens eine Frage.',
    dimensionsTitle: 'Die fünf Dimensionen',
    radarLabel: (summary: string) => `Netzdiagramm der Punktwerte der fünf Dimensionen. ${summary}`,
    tableCaption: 'Punktwerte je Dimension (0–100)',
    dimension: 'Dimension',
    score: 'Punktwert',
    levelColumn: 'Stufe',
    answered: 'Beantwortet',
    sidesTitle: 'Produktseite und Serviceseite',
    sidesExplain: {
      'counts-for-both':
        'Fragen zum Produkt zählen für die Produktseite, Fragen zum Service für die Serviceseite und Fragen zu beidem für beide Seiten (die Regel von Fragenkatalog 1).',
      'counts-for-neither':
        'Fragen zum Produkt zählen für die Produktseite, Fragen zum Service für die Serviceseite. Fragen dazu, wie beides zusammengeführt wird, zählen in ihrer Dimension, aber für keine der beiden Seiten. So werden die Seiten nur an Fragen verglichen, die zu einer von ihnen gehören.',
    } satisfies Record<QuestionSet['bothSide'], string>,
    sideGap: (gap: number, ahead: string) =>
      gap === 0 ? 'Beide Seiten liegen gleichauf.' : `Die ${ahead} liegt ${plural(gap, { one: '# Punkt', other: '# Punkte' })} vorn.`,
    coverage: 'Abdeckung',
    coverageText: (answered: number, total: number, pct: number) =>
      `${answered} von ${total} Fragen beantwortet (${pct} %). „Weiß nicht“ zählt als unbeantwortet.`,
    findingsTitle: 'Befunde',
    noFindings: 'Kein Befund sticht heraus: Sehen Sie sich die Punktwerte der Dimensionen und die nächsten Schritte unten an.',
    recommendationsTitle: 'Nächste Schritte',
    recommendationsIntro: (named: boolean) =>
      named
        ? 'Jede Antwort unter Stufe 5: wer anfängt, was innerhalb des nächsten Monats zu tun ist und zu welcher Stufe das führt. Beginnen Sie mit den ersten drei; die übrigen sind nach Dimension geordnet.'
        : 'Jede Antwort unter Stufe 5, mit dem, was zu tun ist, um die nächste Stufe zu erreichen. Beginnen Sie mit den ersten drei; die übrigen sind nach Dimension geordnet.',
    prioritiesTitle: 'Wo Sie anfangen',
    prioritiesIntro: (order: readonly string[]) =>
      `Eine niedrige Antwort auf die Frage, wer entschieden hat, kommt zuerst: Ohne eine bewusste Entscheidung von jemandem, der hoch genug steht, hat nichts anderes Bestand. Danach kommen die niedrigsten Antworten; bei gleich niedrigen Antworten entscheidet die Dimension, in dieser Reihenfolge: ${order.join(', ')}.`,
    restTitle: 'Die übrigen Schritte, nach Dimension',
    noRecommendations: 'Jede beantwortete Frage steht auf der höchsten Stufe, oder es ist noch keine beantwortet.',
    youAnswered: (level: number) => `Beantwortet mit Stufe ${level}.`,
    stepAdvice: (from: number, to: number) => `Von Stufe ${from} auf ${to}:`,
    nextLevel: (level: number) => `So sieht Stufe ${level} aus:`,
    whoMovesFirst: 'Wer anfängt:',
    firstMove: 'Erster Schritt, innerhalb eines Monats:',
    leadsTo: (level: number) => `Führt zu Stufe ${level}:`,
    marginsTitle: 'Produkt- und Servicemargen',
    marginsEdit: 'Margenrechner öffnen',
    marginsNone: 'Füllen Sie den Margenrechner aus, dann sehen Sie hier Ihre Produkt- und Servicemargen.',
    marginsIncomplete:
      'Ihre Margenzahlen sind unvollständig: Eine Zahl fehlt oder ist nicht lesbar. Margen und Befunde lassen sie außen vor, bis jede Zahl im Margenrechner gültig ist.',
    answersTitle: 'Die Antworten',
    answerNone: 'Nicht beantwortet',
    howTitle: 'So werden die Punktwerte berechnet',
    how: (order: readonly string[]) => [
      'Jede Frage hat fünf Stufen, von 1 (am wenigsten ausgereift) bis 5 (am weitesten ausgereift). „Weiß nicht / trifft nicht zu“ zählt als unbeantwortet.',
      'Der Punktwert einer Dimension ist (mittlere Stufe ihrer beantworteten Fragen − 1) ÷ 4 × 100: Stehen alle Antworten auf Stufe 1, ergibt das 0, stehen alle auf Stufe 5, ergibt das 100. Eine Dimension ohne beantwortete Frage ist „nicht bewertet“.',
      'Der Reifegrad insgesamt ist der Mittelwert der Punktwerte aller bewerteten Dimensionen.',
      'Die Punktwerte der Produkt- und der Serviceseite folgen derselben Formel, gerechnet über die Fragen zum Produkt bzw. zum Service. Ab Fragenkatalog 2 zählen Fragen zu beidem für keine der beiden Seiten (in Fragenkatalog 1 zählten sie für beide); ein Link wird immer nach den Regeln seines eigenen Fragenkatalogs bewertet.',
      `Nächste Schritte: jede Antwort unter Stufe 5, mit der Empfehlung für die beantwortete Stufe (ab Fragenkatalog 3: wer anfängt und mit welchem ersten Schritt). Eine niedrige Antwort auf die Frage, wer entschieden hat, kommt zuerst, dann die niedrigsten Stufen; gleich niedrige Antworten nach Dimension, in der Reihenfolge dieses Fragenkatalogs: ${order.join(', ')}.`,
      'Stufen: 1 unter 20, 2 unter 40, 3 unter 60, 4 unter 80, 5 ab 80. Punktwerte werden gerundet angezeigt; die Stufen ergeben sich aus dem ungerundeten Punktwert.',
      'Die Abdeckung ist der Anteil der beantworteten Fragen.',
    ],
    print: 'Bericht drucken',
    /** The line under the printed report's title. */
    printed: (date: string, version: number) => `Gedruckt am ${date}. Antworten zu Fragenkatalog ${version}.`,
  },
  findings: {
    'no-sponsor': {
      title: 'Niemand, der hoch genug steht, trägt die Entscheidung',
      seen: (f) =>
        f.level === 1
          ? 'Niemand hat entschieden, dass das Unternehmen einen vernetzten Service betreibt (Stufe 1): Es gibt ihn, weil er einmal in einem Entwicklungsprojekt mit entstanden ist. Ohne eine bewusste Entscheidung von jemandem, der hoch genug steht, fällt er wahrscheinlich der ersten Budgetrunde zum Opfer, in der das Geld anderswo gebraucht wird.'
          : 'Eine Führungskraft aus dem mittleren Management setzt sich für den Service ein (Stufe 2), ohne Befugnis über Budgets oder andere Abteilungen. Ohne eine Entscheidung von jemandem, der hoch genug steht, verliert der Service jeden Konflikt mit einer Abteilung, die andere Ziele verfolgt.',
      todo: null,
    },
    'service-judged-on-money': {
      title: 'Die Serviceverantwortlichen werden an finanziellen Zielen gemessen',
      seen: (f, fmt) =>
        (f.level === 1
          ? 'Die Verantwortlichen für den Service werden ausschließlich an finanziellen Zielen gemessen, genau wie ihre Kollegen auf der Produktseite (Stufe 1).'
          : 'Die Verantwortlichen für den Service werden vor allem an finanziellen Zielen gemessen; was Kunden sagen, kommt in ihren Zielgesprächen nur informell zur Sprache (Stufe 2).') +
        (f.margin === null
          ? ' Ein Service lebt von der Kundenzufriedenheit und arbeitet mit dünnen Margen: Ein Margen- oder Kostenziel verlangt von ihnen, genau an dem zu sparen, wofür Kunden bezahlen.'
          : f.margin.kind === 'loss'
            ? ` Nach Ihren Zahlen macht der Service Verlust (${serviceMargin(f.margin, fmt)}): Ein Margen- oder Kostenziel kann ihnen nur bescheinigen, dass sie es verfehlen, und sie werden voraussichtlich an dem sparen, wofür Kunden bezahlen.`
            : f.margin.kind === 'thin'
              ? ` Da der Service ${f.margin.serviceMarginPct === 0 ? 'gerade die Gewinnschwelle erreicht' : `nur eine dünne Marge von ${fmt.pct(f.margin.serviceMarginPct)} erzielt`}, wird ein Margenziel ihnen meist nur bescheinigen, dass sie es verfehlen.`
              : ` Ihre Servicemarge von ${fmt.pct(f.margin.serviceMarginPct)} sieht heute gesund aus, doch auch dann belohnt ein Margenziel Einsparungen an genau der Verfügbarkeit, für die Kunden bezahlen.`),
      todo: null,
    },
    'hardware-margin-expected': {
      title: 'Keine eigenen finanziellen Erwartungen an den Service',
      seen: (f, fmt) =>
        (f.level === 1
          ? 'Die Geschäftsführung erwartet vom Service die Marge der Hardware und streicht ihn bei der nächsten Überprüfung, wenn er sie nicht erreicht (Stufe 1).'
          : 'Dünne Servicemargen werden stillschweigend und von Fall zu Fall hingenommen, ohne dass eigene Erwartungen an den Service schriftlich festgehalten sind (Stufe 2): Die erste Überprüfung, die ihn mit der Hardware vergleicht, kann sein Ende bedeuten.') +
        (f.margin === null
          ? ' Ein Service wird Monat für Monat bezahlt und arbeitet mit dünnen Margen; an der Marge der Hardware gemessen, sieht er gerade in den Jahren wie ein Misserfolg aus, in denen er wachsen muss.'
          : f.margin.kind === 'loss'
            ? ` Nach Ihren Zahlen macht der Service Verlust (${serviceMargin(f.margin, fmt)})${besideProduct(f.margin, fmt)}: An der Marge gemessen, die von der Hardware erwartet wird, dürfte er gestrichen werden, bevor er sich trägt.`
            : f.margin.productMarginPct !== null && f.margin.productMarginPct < 0
              ? ` Nach Ihren Zahlen ${serviceMakes(f.margin.serviceMarginPct, fmt)}${besideProduct(f.margin, fmt)}: Heute steht der Service besser da als das Produkt, doch er wird an der Marge gemessen, die die Hardware erzielen soll, nicht an der, die sie tatsächlich erzielt. Im ersten Jahr, in dem er diese Vorgabe verfehlt, wird er infrage gestellt.`
              : f.margin.productMarginPct !== null && f.margin.productMarginPct < f.margin.serviceMarginPct
                ? ` Nach Ihren Zahlen ${serviceMakes(f.margin.serviceMarginPct, fmt)}${besideProduct(f.margin, fmt)}: Heute verdient das Produkt weniger, aber die Marge eines Service hängt an der Zahl seiner Abonnenten. Im ersten Jahr, in dem sie unter die des Geräts fällt, wird er infrage gestellt.`
                : f.margin.kind === 'thin'
                  ? ` Nach Ihren Zahlen ${serviceMakes(f.margin.serviceMarginPct, fmt, true)}${besideProduct(f.margin, fmt)}: Für einen Service ist das normal, am Maßstab der Hardware ein Misserfolg.`
                  : f.margin.productMarginPct !== null && f.margin.productMarginPct > f.margin.serviceMarginPct
                    ? ` Nach Ihren Zahlen ${serviceMakes(f.margin.serviceMarginPct, fmt)}${besideProduct(f.margin, fmt)}: Für einen Service ist das gesund, liegt aber schon heute unter der Marge des Produkts. Am Maßstab der Hardware gemessen, wird er bei der nächsten Überprüfung infrage gestellt.`
                    : ` Nach Ihren Zahlen ${serviceMakes(f.margin.serviceMarginPct, fmt)}${besideProduct(f.margin, fmt)}: Für einen Service ist das heute gesund, doch am Maßstab der Hardware wird er im ersten Jahr infrage gestellt, in dem seine Marge sinkt.`),
      todo: null,
    },
    'chip-in-it': {
      title: 'Ein Chip im Produkt, aber noch wenig Transformation',
      seen: (f, fmt) =>
        `Die Dimension Transformation kommt auf einen Punktwert von ${fmt.score(f.transformation)}` +
        (f.product !== null && f.product >= 50 ? `, die Produktseite dagegen auf ${fmt.score(f.product)}` : '') +
        `. Das Gerät ist vernetzt, aber ${f.low.length === 1 ? 'bei diesem Thema steht Ihre Antwort' : 'bei diesen Themen stehen Ihre Antworten'} noch auf Stufe 1 oder 2: ` +
        `${listOf(f.low.map((q) => `${transformationTopics[q.questionId as TransformationQuestionId]} (Stufe ${q.level})`))}.`,
      todo: 'Beginnen Sie bei den nächsten Schritten unten mit dem, was hier genannt ist, die niedrigste Stufe zuerst. Einen Chip ins Produkt zu setzen war der leichte Teil; zu entscheiden, was Kunden bezahlen und wofür, das ist die Transformation.',
    },
    'service-behind': {
      title: 'Die Serviceseite liegt hinter der Produktseite zurück',
      seen: (f, fmt) =>
        `Die Serviceseite kommt auf einen Punktwert von ${fmt.score(f.service)}, ${fmt.score(f.gap)} Punkte weniger als die Produktseite mit ${fmt.score(f.product)}. Kunden erwarten, dass ein Service jederzeit verfügbar ist; er kann nicht mit weniger Aufmerksamkeit auskommen als das Gerät.`,
      todo: 'Beginnen Sie bei den nächsten Schritten mit Ihren niedrigsten Antworten auf der Serviceseite: Nachtbereitschaft, Reaktions- und Lösungszeiten, Kundenzufriedenheit, Supportpersonal für Spitzenzeiten.',
    },
    'product-behind': {
      title: 'Die Produktseite liegt hinter der Serviceseite zurück',
      seen: (f, fmt) =>
        `Die Produktseite kommt auf einen Punktwert von ${fmt.score(f.product)}, ${fmt.score(f.gap)} Punkte weniger als die Serviceseite mit ${fmt.score(f.service)}. Ein Service kann ein Gerät, das nicht solide oder nicht lieferbar ist, nicht wettmachen.`,
      todo: 'Beginnen Sie bei den nächsten Schritten mit Ihren niedrigsten Antworten auf der Produktseite: die schriftlich festgelegte Lebensdauer des Geräts, Bestands- und Beschaffungsplanung, die Marge nach Abzug der Handelsspanne, die End-of-Line-Prüfung der Verbindung.',
    },
    'nobody-at-night': {
      title: 'Um 2 Uhr nachts hat niemand Bereitschaft',
      seen: (f) =>
        f.level === 1
          ? 'Niemand reagiert, wenn der Service nachts ausfällt (Stufe 1): Die Kunden bemerken den Ausfall, und er bleibt bis zum nächsten Werktag liegen. Kunden erwarten, dass ein Service jederzeit verfügbar ist, buchstäblich auch mitten in der Nacht.'
          : 'Nachts hängt der Service an ein paar engagierten Leuten, die ans Telefon gehen, wenn sie zufällig etwas bemerken (Stufe 2). Eingeplant ist niemand: Die Abdeckung endet in der Woche, in der einer von ihnen Urlaub hat, und Nachtarbeit ohne jede Vereinbarung ist ein Problem mit dem Arbeitszeitgesetz und dem Betriebsrat.',
      todo: null,
    },
    'managed-apart': {
      title: 'Gerät und Service werden getrennt geführt',
      seen: (f) =>
        f.level === 1
          ? 'Niemand verantwortet Gerät und Service als Ganzes (Stufe 1): Beide werden in getrennten Teilen des Unternehmens geführt, und Entscheidungen, die beide betreffen, fallen auf einer Seite ohne die andere.'
          : 'Gerät und Service werden nur informell abgestimmt, wenn Probleme auftauchen (Stufe 2): Zielkonflikte zwischen beiden werden erst geklärt, wenn ein Kunde schon auf das Problem gestoßen ist.',
      todo: null,
    },
    'hardware-method': {
      title: 'Der Service hat keine eigene Methode',
      seen: (f) =>
        (f.level === 2
          ? 'Dringende Änderungen am Service werden nur als informelle Ausnahmen vom Phasenplan der Hardware ausgeliefert (Stufe 2): Das funktioniert, solange die Leute da sind, die die Schleichwege kennen, und niemand kann sagen, wie eine Änderung zu den Kunden gelangt.'
          : f.version < 3
            ? 'Der Service läuft über den Phasenplan der Hardware oder über gar keine Methode (Stufe 1): Eine Korrektur, die Kunden diese Woche brauchen, wartet auf Freigaben, die für Produkte mit jahrelanger Entwicklung gemacht sind.'
            : 'Jede Änderung am Service muss auf die Phasenfreigaben und Release-Termine der Hardware warten (Stufe 1): Eine Korrektur, die Kunden diese Woche brauchen, hängt an Freigaben, die für Produkte mit jahrelanger Entwicklung gemacht sind.') +
        ' Ein Service wird betrieben, nicht produziert: Er braucht einen eigenen Weg, Änderungen auszuliefern.',
      todo: null,
    },
    'first-to-be-cut': {
      title: 'Das Budget des Service ist nicht geschützt',
      seen: (f) =>
        f.level === 1
          ? 'Werden die Budgets knapp, wird zuerst der Service gestrichen, noch bevor im Hardware-Budget irgendetwas gekürzt wird (Stufe 1). Seine Kosten fallen jeden Monat an, seine Erlöse wachsen nur langsam; früh gestrichen, erreicht er nie die Jahre, in denen er sich trägt.'
          : 'Der Service übersteht eine Budgetrunde nur, wenn sich jemand mit Nachdruck für ihn einsetzt (Stufe 2). In dem Jahr, in dem diese Person keine Zeit hat oder nicht mehr da ist, wird er gestrichen, und die Kunden, die das Gerät seinetwegen gekauft haben, verlieren ihn.',
      todo: null,
    },
    'loss-without-staying-power': {
      title: 'Ein Service mit Verlust und ohne geschütztes Budget',
      seen: (f, fmt) =>
        (f.serviceMarginPct === null
          ? 'Der Service bringt noch keinen Umsatz: Nach Ihren Zahlen verliert er in diesem Jahr alles, was er kostet.'
          : `Bei der heutigen Zahl an Abonnenten macht der Service nach Ihren Zahlen auf ein Jahr gerechnet Verlust (${pctOfLoss(f.serviceMarginPct, fmt)}).`) +
        (f.breakEvenSubscribers === null
          ? ' Der Abopreis liegt nicht über den Kosten je Abonnent: Mehr Abonnenten beenden den Verlust also nicht.'
          : (f.subscribers === 0
              ? ' Noch zahlt kein Abonnent'
              : ` Heute ${plural(f.subscribers, { one: `zahlt ${fmt.whole(f.subscribers)} Abonnent`, other: `zahlen ${fmt.whole(f.subscribers)} Abonnenten` })}`) +
            `; für die Gewinnschwelle ${plural(f.breakEvenSubscribers, { one: `wäre ${fmt.whole(f.breakEvenSubscribers)} Abonnent`, other: `wären ${fmt.whole(f.breakEvenSubscribers)} Abonnenten` })} nötig.`) +
        (f.turn === null
          ? ''
          : f.turn.paysYear === null
            ? ` In der Projektion über ${years(f.turn.horizonYears)} trägt er sich ${f.turn.horizonYears === 1 ? 'nicht' : 'in keinem Jahr'}.`
            : f.turn.paysYear === 1
              ? ' Rechnet man die Abonnenten ein, die durch die Verkäufe dieses Jahres Monat für Monat hinzukommen, schreibt er laut Projektion schon im ersten Jahr schwarze Zahlen: Legen Sie diese Projektion mit ihren Annahmen (Anteil der Käufer, die ein Abo abschließen, und Kündigungen) der Person vor, die das Budget festlegt.'
              : ` Über die Lebensdauer des Produkts gerechnet, trägt er sich erstmals im ${f.turn.paysYear}. Jahr` +
                (f.turn.paysBackYear === null
                  ? `, hat seine früheren Verluste in der Projektion über ${years(f.turn.horizonYears)} aber nicht wieder eingespielt.`
                  : ` und hat seine früheren Verluste bis zum Ende des ${f.turn.paysBackYear}. Jahres wieder eingespielt.`)) +
        (f.level === 1
          ? ' Da bei knappen Budgets zuerst am Service gespart wird (Stufe 1), wird er voraussichtlich schon wegen des Verlusts eines einzigen Jahres bei heutiger Abonnentenzahl gestrichen.'
          : ' Da er nur überlebt, wenn sich jemand mit Nachdruck für ihn einsetzt (Stufe 2), wird er wegen dieses Verlusts in dem Jahr gestrichen, in dem das niemand tut.'),
      todo: 'Vereinbaren Sie vor der nächsten Budgetrunde mit der Person, die das Budget des Service festlegt, wie viel Verlust er insgesamt machen darf, bis zu welchem Jahr und was den Verlust beendet (mehr Abonnenten, ein höherer Abopreis oder niedrigere Kosten je Abonnent). Berichten Sie jedes Quartal über den Fortschritt.',
    },
    'many-unknowns': {
      title: 'Viele Fragen sind noch offen',
      seen: (f) =>
        `Erst ${f.answered} von ${f.total} Fragen ${plural(f.answered, { one: 'ist', other: 'sind' })} beantwortet: Die Punktwerte zeigen also nur einen Teil des Bildes.`,
      todo: 'Bitten Sie Kolleginnen und Kollegen aus Produkt, Service und Finanzen, die offenen Fragen mit Ihnen zu beantworten, oder lassen Sie sie den Reifegrad-Check selbst ausfüllen und vergleichen Sie die Links.',
    },
    'in-balance': {
      title: 'Produkt und Service sind ausgewogen',
      seen: (f, fmt) =>
        `Beide Seiten erreichen 60 Punkte oder mehr (Produktseite ${fmt.score(f.product)}, Serviceseite ${fmt.score(f.service)}) und liegen weniger als 10 Punkte auseinander.`,
      todo: 'Messen Sie beide Seiten weiterhin an ihren eigenen Maßstäben, und arbeiten Sie die nächsten Schritte unten ab, beginnend mit den ersten drei.',
    },
  },
  snapshots: {
    title: 'Fortschritt im Zeitverlauf',
    intro:
      'Speichern Sie eine datierte Momentaufnahme dieses Ergebnisses in diesem Browser, und vergleichen Sie nach einem Quartal Arbeit damit, was sich bewegt hat, je Dimension und je Frage.',
    save: 'Momentaufnahme dieses Ergebnisses speichern',
    cap: (max: number, count: number) =>
      `Bis zu ${max} Momentaufnahmen werden aufbewahrt; Sie haben ${count}. Sind es ${max}, entfernt jede weitere die älteste; Sie werden vorher gefragt.`,
    saveRemovingOldest: (max: number, date: string) =>
      `Sie haben ${max} Momentaufnahmen, mehr werden nicht aufbewahrt. Wenn Sie diese speichern, wird die älteste vom ${date} entfernt. Speichern und die älteste entfernen?`,
    saveRemovingOldestYes: 'Ja, speichern und die älteste entfernen',
    saveRemovingOldestNo: 'Abbrechen',
    saved: 'Momentaufnahme gespeichert.',
    savedOldestRemoved: (date: string) => `Momentaufnahme gespeichert; die älteste vom ${date} wurde entfernt.`,
    sameAsLast: (date: string) => `Nicht erneut gespeichert: Ihre Antworten sind dieselben wie in der Momentaufnahme vom ${date}.`,
    full: (max: number, date: string) =>
      `Nicht gespeichert: Sie haben ${max} Momentaufnahmen, mehr werden nicht aufbewahrt. Entfernen Sie eine, oder bestätigen Sie, dass die älteste vom ${date} entfernt wird.`,
    none: 'Noch keine Momentaufnahme gespeichert.',
    overall: (score: string) => `gesamt ${score}`,
    compare: 'Mit heute vergleichen',
    compareLabel: (date: string) => `Momentaufnahme vom ${date} mit heute vergleichen`,
    removeLabel: (date: string) => `Momentaufnahme vom ${date} entfernen`,
    removeConfirm: (date: string) => `Momentaufnahme vom ${date} entfernen? Das lässt sich nicht rückgängig machen.`,
    removeYes: 'Ja, entfernen',
    removeNo: 'Behalten',
    comparisonTitle: 'Heute im Vergleich zur Momentaufnahme',
    radar: 'Netzdiagramm der Punktwerte der Dimensionen, in der Momentaufnahme und heute; die Tabelle zeigt die Veränderungen.',
    tableCaption: 'Veränderung seit der Momentaufnahme, in Punkten (Skala 0–100)',
    change: 'Veränderung',
    questionsTitle: 'Geänderte Antworten',
    noQuestionChanges: 'Keine Antwort hat sich geändert, oder die Momentaufnahme stammt aus einem anderen Fragenkatalog.',
    level: (level: number) => `Stufe ${level}`,
    then: 'Momentaufnahme',
    now: 'Heute',
  },
  yourData: {
    title: 'Ihre Daten',
    intro:
      'Alles, was Sie in diesem Browser haben (Ihre Antworten, Margenzahlen und Momentaufnahmen), in einer Datei: zum Aufbewahren oder um es in einen anderen Browser mitzunehmen. Dazu Ihre Antworten als Tabelle.',
    exportJson: 'Alles als Datei herunterladen (JSON)',
    exportCsv: 'Meine Antworten als Tabelle herunterladen (CSV)',
    importLabel: 'Eine aus diesem Tool heruntergeladene Datei öffnen',
    importHint: 'Sie sehen, was die Datei enthält, bevor etwas ersetzt wird.',
    summaryLabel: 'Inhalt der Datei',
    holds: (name: string, date: string) => `„${name}“ (heruntergeladen am ${date}) enthält:`,
    draft: (answered: number, total: number, version: number) => `Antworten auf ${answered} von ${total} Fragen (Fragenkatalog ${version})`,
    noDraft: 'keine Antworten',
    margins: 'Margenzahlen',
    noMargins: 'keine Margenzahlen',
    unknownCurrency: (found: string, kept: string) =>
      `(ihre Währung „${found}“ kennt dieses Tool nicht: Die Zahlen werden in ${kept} angezeigt; ist das falsch, ändern Sie es auf der Seite „Margen“)`,
    snapshots: (count: number) => plural(count, { one: '# Momentaufnahme', other: '# Momentaufnahmen' }),
    replaces:
      'Wenn Sie die Datei öffnen, ersetzt sie Ihre Antworten und Momentaufnahmen in diesem Browser, dazu Ihre Margenzahlen, falls die Datei welche enthält. Möchten Sie Ihre eigenen behalten, laden Sie sie vorher herunter.',
    /** A copy of one part, which a notice about saving offered: it replaces that part alone. */
    replacesOnly: (part: 'answers' | 'figures' | 'snapshots') =>
      `Die Datei ist eine Kopie nur Ihrer ${{ answers: 'Antworten', figures: 'Margenzahlen', snapshots: 'Momentaufnahmen' }[part]}: Wenn Sie sie öffnen, ersetzt sie diese in diesem Browser und sonst nichts. Möchten Sie Ihre eigenen behalten, laden Sie sie vorher herunter.`,
    confirm: 'Meine Daten durch diese Datei ersetzen',
    applied: 'Die Datei wurde vollständig übernommen: Ihre Antworten, Momentaufnahmen und, falls die Datei welche enthielt, Margenzahlen sind jetzt die aus der Datei.',
    cancel: 'Abbrechen',
    errors: {
      'not-json': 'Diese Datei stammt nicht aus diesem Tool: Es ist keine JSON-Datei. Es wurde nichts geändert.',
      'not-ours': 'Diese Datei wurde nicht aus More than a Chip heruntergeladen. Es wurde nichts geändert.',
      newer: 'Diese Datei stammt aus einer neueren Version von More than a Chip als der hier geöffneten. Es wurde nichts geändert. Laden Sie die Seite mit Internetverbindung neu; wenn sie die neue Version anbietet, wählen Sie „Jetzt aktualisieren“ und öffnen Sie die Datei dann erneut. Wird keine neue Version angeboten, wurde die Datei bearbeitet oder ist beschädigt.',
      damaged: 'Diese Datei ist beschädigt oder wurde bearbeitet: Ein Teil ihres Inhalts ist ungültig. Es wurde nichts geändert.',
      'set-aside':
        'Diese Datei ist eine Kopie gespeicherter Daten, die dieser Browser nicht lesen konnte; sie wurde heruntergeladen, damit nichts verloren geht. Dieses Tool kann sie nicht öffnen: Bewahren Sie sie als Beleg auf. Es wurde nichts geändert.',
      unreadable: 'Die Datei konnte nicht gelesen werden. Es wurde nichts geändert.',
      notStored:
        'Dieser Browser konnte nicht alles aus der Datei speichern (sein Speicher ist voll), daher wurde nichts davon übernommen: Ihre Antworten, Margenzahlen und Momentaufnahmen sind unverändert. Schaffen Sie Platz (etwa indem Sie Momentaufnahmen entfernen), und versuchen Sie es erneut.',
    },
    fileName: 'more-than-a-chip.json',
    // The file names are the same in every language: other tools look for them.
    csvName: (version: number) => `more-than-a-chip-answers-edition-${version}.csv`,
    csv: {
      columns: ['Fragenkatalog', 'Frage', 'Dimension', 'Betrifft', 'Zählt für', 'Stufe (1–5)', 'Name der Stufe', 'So sieht diese Stufe aus'],
      countsFor: { product: 'Produktseite', service: 'Serviceseite', both: 'Beide Seiten', neither: 'Keine Seite' },
      notAnswered: 'Nicht beantwortet',
    },
  },
  findingTone: { risk: 'Risiko', strength: 'Stärke', note: 'Hinweis' },
  findingSeen: 'Was wir sehen',
  findingTodo: 'Was als Nächstes zu tun ist',
  /** A finding's next step from its question: who moves first, where the question set names one. */
  findingStep: (owner: string | null, move: string) => (owner === null ? move : `${owner}: ${move}`),
}
