import type { landing as english } from '../en/landing'
import type { Messages } from '../messages'

/** The words of the start page. */
export const landing: Messages<typeof english> = {
  landing: {
    title: 'More than a Chip',
    tagline: 'Wie bereit ist Ihr Unternehmen für ein vernetztes Produkt: das Gerät und den Service dahinter?',
    lead: 'Ein Chip im Produkt ist noch keine digitale Transformation. Ein vernetztes Produkt braucht das Produktgeschäft und das Servicegeschäft, zwei Kulturen mit unterschiedlichen Methoden, und jemanden, der hoch genug steht, um das zu entscheiden und die Entscheidung durchzutragen.',
    forWhom: 'Für Führungskräfte aus Produktmanagement, Service und Produktion sowie die Geschäftsführung von Unternehmen, die physische Produkte herstellen und jetzt vernetzen.',
    howLong: '25 Fragen in fünf Dimensionen, etwa zehn Minuten. Sie können jederzeit „Weiß nicht“ antworten: Die Frage fließt dann nicht in den Punktwert ein.',
    privacy: 'Kein Konto, kein Tracking. Ihre Antworten bleiben in diesem Browser, solange Sie nicht selbst einen Link teilen.',
    what: 'Sie erhalten für jede der fünf Dimensionen einen Punktwert für den Reifegrad, die Ausgewogenheit zwischen Ihrer Produktseite und Ihrer Serviceseite, Befunde und nächste Schritte sowie einen Rechner für die Produkt- und Servicemargen Ihres vernetzten Produkts.',
    start: 'Reifegrad-Check starten',
    resume: 'Meinen Reifegrad-Check fortsetzen',
    resumeHint: 'Ihre bisherigen Antworten sind in diesem Browser gespeichert. Auf der Seite der Selbsteinschätzung können Sie neu beginnen.',
    results: 'Meine Ergebnisse ansehen',
    margins: 'Produkt- und Servicemargen vergleichen',
    dimensionsTitle: 'Die fünf Dimensionen',
  },
}
