import type { workshop as english } from '../en/workshop'
import type { Messages } from '../messages'
import { plural } from './app'

/** The words of the page that compares several results links. */
export const workshop: Messages<typeof english> = {
  workshop: {
    title: 'Mehrere Ergebnisse vergleichen',
    lead: 'Für einen Workshop: Sammeln Sie die Ergebnis-Links Ihrer Kolleginnen und Kollegen und fügen Sie sie hier ein, einen pro Zeile, dann sehen Sie alle Punktwerte nebeneinander. Nichts wird gespeichert oder irgendwohin gesendet: Um später zu dieser Ansicht zurückzukehren, bewahren Sie den einen Link mit allen Ergebnissen auf, der weiter unten steht.',
    linksLabel: 'Ergebnis-Links, einer pro Zeile',
    linksHint: 'Fügen Sie ganze Links ein oder nur den Teil nach „#/r/“. Bis zu 50 Links.',
    includeMine: 'Meine eigenen Ergebnisse einbeziehen',
    lineOk: (n: number) => `Zeile ${n}:`,
    lineError: (n: number, message: string) => `Zeile ${n}: ${message}`,
    lineDuplicate: (n: number, first: number) => `Zeile ${n} ist dasselbe Ergebnis wie Zeile ${first}: Es wird nur einmal gezählt.`,
    lineTeam: (n: number, people: number) =>
      `Zeile ${n} ist ein Team-Link: ${plural(people, { one: 'Die Person darin wird', other: 'Die # Personen darin werden' })} unten hinzugefügt.`,
    teamDuplicates: (copies: number) =>
      plural(copies, {
        one: 'Der Team-Link enthielt eine Kopie eines Ergebnisses, das bereits darin war: Diese Kopie wurde weggelassen, damit jede Person nur einmal zählt.',
        other: 'Der Team-Link enthielt # Kopien von Ergebnissen, die bereits darin waren: Diese Kopien wurden weggelassen, damit jede Person nur einmal zählt.',
      }),
    tooMany: (max: number, withMine: boolean) =>
      withMine
        ? `Nur die ersten ${max} Links werden angezeigt: Mit Ihren eigenen Ergebnissen sind das ${max + 1}, mehr fasst eine Ansicht nicht.`
        : `Nur die ersten ${max} Links werden angezeigt: Eine Ansicht fasst höchstens ${max} Personen.`,
    person: (n: number) => `Link ${n}`,
    mine: 'Eigene',
    tableCaption: 'Punktwerte nebeneinander (0–100)',
    measure: 'Punktwert',
    radar: (names: string) => `Netzdiagramm der Punktwerte je Dimension für ${names}; die Tabelle enthält dieselben Zahlen.`,
    empty: 'Fügen Sie mindestens einen Ergebnis-Link ein, um zu vergleichen.',
    mixedQuestionSets:
      'Diese Personen haben unterschiedliche Fragenkataloge beantwortet. Jedes Ergebnis wird nach den Regeln seines eigenen Katalogs bewertet, und die Kataloge stellen teils andere Fragen: Vergleichen Sie die Punktwerte der Dimensionen daher nur grob; die Mediane des Teams mischen die Kataloge. Frage für Frage werden Antworten nur zwischen Personen verglichen, die denselben Katalog beantwortet haben. Für einen direkten Vergleich bitten Sie alle mit einem älteren Katalog, den aktuellen zu beantworten und Ihnen einen neuen Link zu schicken.',
    mixedSides:
      'Vergleichen Sie die Punktwerte der Produkt- und der Serviceseite nicht: Fragenkatalog 1 zählte Fragen zu Produkt und Service für beide Seiten, spätere Kataloge für keine.',
    questionSetPeople: (version: number, current: boolean) => `Fragenkatalog ${version}${current ? ' (aktuell)' : ' (älter)'}:`,
    questionSet: (version: number, current: boolean) => `Fragenkatalog ${version}${current ? ' (aktuell)' : ' (älter)'}`,
    teamLinkLabel: 'Ein Link mit allen Ergebnissen',
    teamLinkHint: (length: number) =>
      `Verschicken oder behalten Sie diesen Link: Wo immer er geöffnet wird, zeigt er dieselbe Teamansicht. Alle Ergebnisse stehen im Link selbst (${length} Zeichen nach dem „#“): Browser senden diesen Teil nie an einen Server, aber jeder, dem Sie den Link schicken, kann sie lesen. Manche Chat- und E-Mail-Programme kürzen lange Links: Öffnen Sie ihn nach dem Verschicken einmal, um zu prüfen, ob er funktioniert.`,
    teamLinkErrors: {
      'not-a-link': 'Diese Adresse enthält keinen Team-Link.',
      'bad-character': 'Der Team-Link enthält Zeichen, die in einem Link nie vorkommen: Er wurde beim Kopieren verändert oder abgeschnitten.',
      truncated: 'Der Team-Link ist unvollständig: Ein Teil ging beim Kopieren verloren.',
      'too-long': 'Der Team-Link hat am Ende überzählige Zeichen: Beim Kopieren wurde etwas angehängt.',
      checksum: 'Der Team-Link ist beschädigt: Ein Teil wurde beim Kopieren verändert oder ging verloren.',
      'unknown-version': 'Dieser Team-Link stammt aus einer neueren Version von More than a Chip als der hier geöffneten.',
      'too-many': 'Der Team-Link ist beschädigt: Er nennt eine Zahl von Personen, die ein Team-Link nicht enthalten kann (möglich sind 1 bis 50).',
      'bad-person': 'Die Ergebnisse einer Person im Team-Link sind beschädigt.',
    },
    teamLinkTodo: 'Ihre eigenen gespeicherten Antworten wurden nicht verändert. Lassen Sie sich den Link noch einmal schicken, vollständig kopiert, oder fügen Sie unten die einzelnen Ergebnis-Links aller Beteiligten ein.',
    teamLinkTodoNewer:
      'Ihre eigenen gespeicherten Antworten wurden nicht verändert. Laden Sie die Seite neu; wenn sie die neue Version anbietet, wählen Sie „Jetzt aktualisieren“ und öffnen Sie den Link dann erneut. Wird keine neue Version angeboten, ist der Link beschädigt.',
    startTitle: 'So starten Sie einen Workshop',
    qrLabel: (address: string) => `QR-Code der Adresse dieses Tools, ${address}`,
    step1: 'Bitten Sie alle, den Code zu scannen oder diese Adresse zu öffnen, jeweils auf dem eigenen Smartphone oder Laptop:',
    step2: 'Jede Person antwortet für sich, in etwa zehn Minuten; nichts, was sie eingibt, verlässt ihren Browser, bevor sie Ihnen ihren Link schickt.',
    step3: 'Auf ihrer Ergebnisseite kopiert jede Person den Link unter „Diese Ergebnisse teilen“ und schickt ihn Ihnen per Chat oder E-Mail. Fügen Sie die Links unten ein, einen pro Zeile.',
    teamTitle: (people: number, questionSets: number) =>
      `Das Team: ${plural(people, { one: '# Person', other: '# Personen' })}${questionSets > 1 ? ` (${questionSets} Fragenkataloge gemischt)` : ''}`,
    teamCaption: 'Median und Spannweite (höchster − niedrigster Wert) jedes Punktwerts im Team, 0–100',
    median: 'Median',
    range: 'Spannweite',
    disagreementsTitle: 'Wo das Team uneins ist',
    disagreementsIntro:
      'Fragen, bei denen die Antworten zwei oder mehr Stufen auseinanderliegen, die größten Abstände zuerst: Beginnen Sie die Diskussion hier. Verglichen werden nur Personen, die denselben Fragenkatalog beantwortet haben; Antworten mit „Weiß nicht“ zählen nicht.',
    noDisagreements: 'Bei keiner Frage liegen zwei Personen, die denselben Fragenkatalog beantwortet haben, zwei oder mehr Stufen auseinander.',
    tooFewToCompare: 'Zu wenige Personen haben denselben Fragenkatalog beantwortet, um Antworten Frage für Frage zu vergleichen.',
    levelsApart: (range: number) => `Die Antworten liegen ${plural(range, { one: '# Stufe', other: '# Stufen' })} auseinander.`,
    levelsApartIn: (range: number, version: number) =>
      `Unter denen, die Fragenkatalog ${version} beantwortet haben, liegen die Antworten ${plural(range, { one: '# Stufe', other: '# Stufen' })} auseinander.`,
    level: (level: number) => `Stufe ${level}`,
    people: (count: number) => plural(count, { one: '# Person', other: '# Personen' }),
  },
}
