import type { assessment as english } from '../en/assessment'
import type { Messages } from '../messages'
import { plural } from './app'

/** The words of the assessment. */
export const assessment: Messages<typeof english> = {
  assessment: {
    title: 'Selbsteinschätzung',
    progressLabel: 'Schritte',
    step: (n: number, total: number) => `Schritt ${n} von ${total}`,
    // “Done” counts “don’t know” too: the results count only real answers (coverage).
    answeredOf: (done: number, total: number) => `${done} von ${total} erledigt`,
    overall: (done: number, total: number) => `${done} von ${total} Fragen erledigt (beantwortet oder „weiß nicht“)`,
    back: 'Zurück',
    next: 'Weiter',
    toResults: 'Zu meinen Ergebnissen',
    saved: 'Auf diesem Gerät gespeichert',
    dontKnow: 'Weiß nicht / trifft nicht zu',
    whyWeAsk: 'Warum wir das fragen',
    essaySays: (section: string) => `Aus dem Essay, Abschnitt „${section}“:`,
    question: (n: number) => `Frage ${n}`,
  },
  sides: {
    product: 'Produktseite',
    service: 'Serviceseite',
    both: 'Produkt und Service',
  },
  /** The names of the readiness levels, by level. */
  levels: {
    1: 'Nicht vorhanden',
    2: 'Ad hoc',
    3: 'Definiert',
    4: 'Gemessen',
    5: 'Integriert',
  },
  /** The essay's section headings, in German (the essay itself is English): where a question's passage comes from. */
  essaySections: {
    'long-form': 'Über digitalisiertes Produktmanagement',
    'product-vs-service': 'Produkt- und Servicegeschäft',
    methods: 'Managementmethoden',
    transformation: 'Digitalisierung erfordert digitale Transformation',
    decision: 'Digitale Transformation geschieht nicht ohne bewusste Entscheidung',
    both: 'Digitalisierte Produkte müssen beides berücksichtigen',
  },
  questionSet: {
    title: (current: number) => `Ein neuer Fragenkatalog ist verfügbar: Fragenkatalog ${current}`,
    body: (version: number) =>
      `Ihre Antworten beziehen sich auf Fragenkatalog ${version}, und Ihre Ergebnisse werden weiterhin genau wie bisher nach dessen Regeln berechnet. Sie können alles so lassen, wie es ist.`,
    whatChanged:
      'Für jede nächste Stufe sagt der neue Fragenkatalog, wer anfängt, und nennt einen ersten Schritt, den diese Person noch in diesem Monat in den Kalender eintragen kann. Er fragt nach der ersten Nutzung des Produkts (Installation, Kopplung, App, Übergabe durch den Fachhändler) und danach, wie schnell App und Gerät reagieren; jede seiner Stufen baut auf der vorigen auf. Fragen dazu, wie Produkt und Service zusammenspielen, zählen für den Punktwert ihrer Dimension, aber weder für den Punktwert der Produktseite noch für den der Serviceseite.',
    keepLink: (version: number) => `Ihr Ergebnis aus Fragenkatalog ${version} als Link behalten`,
    move: (current: number) => `Meine Antworten in Fragenkatalog ${current} übernehmen`,
    confirm: (carried: number, answered: number, current: number) =>
      (carried === 0
        ? `Keine Ihrer Antworten wird in Fragenkatalog ${current} übernommen`
        : carried === answered
          ? `Alle Ihre Antworten werden in Fragenkatalog ${current} übernommen`
          : `${carried} von ${plural(answered, { one: 'Ihrer # Antwort', other: 'Ihren # Antworten' })} ${carried === 1 ? 'wird' : 'werden'} in Fragenkatalog ${current} übernommen`) +
      '. Übernommen werden nur Antworten, deren Frage und Stufen unverändert sind. Neue oder umformulierte Fragen müssen Sie erneut beantworten. Eine Kopie Ihrer jetzigen Antworten bleibt in diesem Browser erhalten. Fortfahren?',
    yes: 'Ja, Antworten übernehmen',
    no: 'Jetzt nicht',
  },
  startOver: {
    button: 'Neu beginnen',
    confirm: (done: number, unreadable: boolean) =>
      (unreadable
        ? 'Damit verwerfen Sie die gespeicherten Antworten, die sich nicht lesen ließen (laden Sie vorher eine Kopie herunter, wenn Sie sie behalten möchten)' +
          (done > 0
            ? `, und löschen ${plural(done, { one: 'Ihre seitdem gegebene Antwort', other: 'Ihre # seitdem gegebenen Antworten' })}`
            : '') +
          '. Das lässt sich nicht rückgängig machen.'
        : `Damit löschen Sie ${plural(done, { one: 'Ihre in diesem Browser gespeicherte Antwort', other: 'Ihre # in diesem Browser gespeicherten Antworten' })}. Das lässt sich nicht rückgängig machen.`),
    yes: 'Ja, meine Antworten löschen',
    no: 'Meine Antworten behalten',
  },
}
