import { pluralIn, type PluralForms } from '../plural'
import type { app as english } from '../en/app'
import type { Messages } from '../messages'

/** "1 Antwort", "3 Antworten": `plural(n, { one: '# Antwort', other: '# Antworten' })`. */
export const plural = (count: number, forms: PluralForms) => pluralIn('de', count, forms)

/** The words of the app shell and the start page. */
export const app: Messages<typeof english> = {
  locale: 'de',
  appName: 'More than a Chip',
  skipToContent: 'Zum Inhalt springen',
  titles: {
    home: 'Start',
    assessment: 'Selbsteinschätzung',
    results: 'Ihre Ergebnisse',
    margins: 'Produkt- und Servicemargen',
    shared: 'Geteilte Ergebnisse',
    compare: 'Mehrere Ergebnisse vergleichen',
    team: 'Ergebnisse eines Teams',
    'not-found': 'Seite nicht gefunden',
  },
  nav: { label: 'Hauptnavigation', assessment: 'Selbsteinschätzung', results: 'Ergebnisse', margins: 'Margen', compare: 'Vergleichen' },
  footer: 'Nichts, was Sie eingeben, verlässt diesen Browser. Ihre Antworten werden nur auf diesem Gerät gespeichert.',
  unsaved: {
    notice:
      'Ihr Browser speichert Ihre Arbeit auf diesem Gerät derzeit nicht; warum, steht im Hinweis auf dieser Seite. Alles, was Sie ändern, geht verloren, sobald Sie diesen Tab schließen oder neu laden. Laden Sie eine Kopie herunter, um es zu behalten.',
    download: 'Kopie herunterladen',
  },
  update: {
    ready:
      'Eine neue Version von More than a Chip ist verfügbar. Beim Aktualisieren wird die Seite neu geladen: Ihre Antworten, Margenzahlen und Momentaufnahmen bleiben erhalten. Verloren gehen Links, die Sie auf der Seite „Vergleichen“ eingefügt haben, und eine halb eingegebene Bezeichnung beim Teilen. Kopieren Sie also vorher den Team-Link.',
    readyUnsaved:
      'Eine neue Version von More than a Chip ist verfügbar, aber Ihr Browser speichert Ihre Arbeit derzeit nicht. Beim Aktualisieren wird die Seite neu geladen, und was nicht gespeichert ist, geht verloren, ebenso Links, die Sie auf der Seite „Vergleichen“ eingefügt haben, und eine Bezeichnung, die Sie beim Teilen gerade eingeben. Laden Sie vorher eine Kopie herunter.',
    apply: 'Jetzt aktualisieren',
    later: 'Später',
    elsewhere:
      'More than a Chip wurde in einem anderen Tab aktualisiert; auf dieser Seite läuft noch die alte Version. Laden Sie die Seite neu, um weiterzuarbeiten: Ihre Antworten, Margenzahlen und Momentaufnahmen bleiben erhalten. Verloren gehen Links, die Sie auf der Seite „Vergleichen“ eingefügt haben, und eine halb eingegebene Bezeichnung beim Teilen. Kopieren Sie also vorher den Team-Link.',
    elsewhereUnsaved:
      'More than a Chip wurde in einem anderen Tab aktualisiert; auf dieser Seite läuft noch die alte Version, und Ihr Browser speichert Ihre Arbeit derzeit nicht. Beim Neuladen geht verloren, was nicht gespeichert ist, ebenso Links, die Sie auf der Seite „Vergleichen“ eingefügt haben, und eine Bezeichnung, die Sie beim Teilen gerade eingeben. Laden Sie zuerst eine Kopie herunter und dann die Seite neu.',
    reload: 'Jetzt neu laden',
  },
  /** The marks around a quotation in running text. */
  quotes: { open: '„', close: '“' },
  dismiss: 'Schließen',
  olderQuestionSetInEnglish: (version: number): string | null =>
    `Diese Antworten gehören zu Fragenkatalog ${version}, den es nur auf Englisch gibt: Seine Fragen und Stufen stehen deshalb hier auf Englisch. Die Punktwerte sind dieselben.`,
  questionWordsUnavailable: (version: number) =>
    `Die Texte von Fragenkatalog ${version} ließen sich nicht laden. Laden Sie die Seite neu, wenn Sie wieder online sind; die Punktwerte sind davon nicht betroffen.`,
  notFound: { title: 'Seite nicht gefunden', body: 'Unter dieser Adresse gibt es keine Seite.', home: 'Zur Startseite' },
}
