import type { storage as english } from '../en/storage'
import type { Messages } from '../messages'
import { plural } from './app'

/** Whose saved data a storage notice speaks of (the English module's own subjects). */
type StoredSubject = Parameters<typeof english.storage.setAside>[0]

// All three are plural in German ("Ihre Antworten", "Ihre Margenzahlen", "Ihre Momentaufnahmen"), so "sie" refers to each.
const subjectWords: Record<StoredSubject, { saved: string; notSaved: string; what: string; copy: string }> = {
  answers: {
    saved: 'Ihre gespeicherten Antworten',
    notSaved: 'werden Ihre Antworten nicht gespeichert',
    what: 'Antworten',
    copy: 'Kopie meiner Antworten herunterladen',
  },
  figures: {
    saved: 'Ihre gespeicherten Margenzahlen',
    notSaved: 'werden Ihre Margenzahlen nicht gespeichert',
    what: 'Margenzahlen',
    copy: 'Kopie meiner Zahlen herunterladen',
  },
  snapshots: {
    saved: 'Ihre gespeicherten Momentaufnahmen',
    notSaved: 'werden Ihre Momentaufnahmen nicht gespeichert',
    what: 'Momentaufnahmen',
    copy: 'Kopie meiner Momentaufnahmen herunterladen',
  },
}

/** What another tab did, for data it saved that this page cannot read. */
const byAnotherTab = (subject: StoredSubject) =>
  `Ein anderer Tab dieses Browsers, vermutlich mit einer neueren Version von More than a Chip, hat Ihre ${subjectWords[subject].what} in einem Format gespeichert, das diese Seite nicht lesen kann.`

/** What to do while two tabs of different versions are open. */
const oneTab =
  'Arbeiten Sie nur in einem Tab: Laden Sie diese Seite neu, um sie zu aktualisieren, oder schließen Sie sie und arbeiten Sie im anderen Tab weiter.'

/** What the download of unreadable data is for: it cannot be opened in the app, by its nature. */
const setAsideCopy =
  'Eine heruntergeladene Kopie enthält diese Daten genau so, wie sie waren: Dieses Tool kann sie nicht öffnen, aber Sie können sie zur Dokumentation aufbewahren.'

/** The words of the notices about data saved in this browser. */
export const storage: Messages<typeof english> = {
  storage: {
    setAside: (subject: StoredSubject, key: string, anotherTab = false) =>
      (anotherTab
        ? `${byAnotherTab(subject)} Wir haben sie unter „${key}“ im Speicher dieses Browsers beiseitegelegt, und diese Seite speichert nun an ihrer Stelle ihre eigenen ${subjectWords[subject].what}. ${oneTab}`
        : `${subjectWords[subject].saved} ließen sich nicht lesen. Wir haben sie daher unter „${key}“ im Speicher dieses Browsers beiseitegelegt und ` +
          (subject === 'figures' ? 'stattdessen das Beispiel angezeigt.' : 'von vorn begonnen.')) +
      ' Es wurde nichts gelöscht. ' +
      setAsideCopy,
    unreadable: (subject: StoredSubject, anotherTab = false) =>
      anotherTab
        ? `${byAnotherTab(subject)} Es ist kein Platz, um sie beiseitezulegen; damit sie nicht überschrieben werden, speichert diese Seite nichts. ${oneTab} Laden Sie vorher eine Kopie herunter, falls Sie sie noch brauchen könnten. ` +
          setAsideCopy
        : `${subjectWords[subject].saved} ließen sich nicht lesen, und es war kein Platz, um sie beiseitezulegen. Sie bleiben daher unverändert. ` +
          {
            answers: 'Antworten, die Sie jetzt geben, werden erst gespeichert, wenn Sie „Neu beginnen“ wählen; dabei werden die nicht lesbaren verworfen',
            figures:
              'Zahlen, die Sie jetzt eingeben, werden erst gespeichert, wenn Sie die Beispielzahlen wiederherstellen; dabei werden die nicht lesbaren verworfen',
            snapshots: 'Neue Momentaufnahmen werden erst gespeichert, wenn Sie eine Datei importieren; dabei werden die nicht lesbaren verworfen',
          }[subject] +
          '. Laden Sie vorher eine Kopie herunter, wenn Sie diese behalten möchten. ' +
          setAsideCopy,
    repaired: (dropped: number, key: string | null) =>
      `Ihre gespeicherten Antworten enthielten ${plural(dropped, { one: '# Antwort', other: '# Antworten' })} auf Fragen, die es in diesem Fragenkatalog nicht gibt. ${dropped === 1 ? 'Sie wurde' : 'Sie wurden'} herausgenommen und ${dropped === 1 ? 'zählt' : 'zählen'} nicht mit. ` +
      (key === null
        ? 'Es war kein Platz, den bisherigen Stand daneben aufzubewahren. Er bleibt daher gespeichert, bis Sie die nächste Antwort geben: Laden Sie vorher eine Kopie herunter, wenn Sie ihn behalten möchten.'
        : `Der bisherige Stand ist unter „${key}“ beiseitegelegt.`),
    added:
      'Der Rechner fragt jetzt auch nach den Fixkosten des Produkts und nach vier Zahlen zur Lebensdauer des Produkts. Ihre eigenen Zahlen bleiben erhalten; für die neuen gelten zunächst: keine Fixkosten des Produkts, 20 % der Käufer mit Abo, 1 % Kündigungen im Monat, 12 Jahre Lebensdauer des Geräts und 10 Jahre Betrachtungszeitraum. Bitte prüfen Sie diese Werte unten.',
    notSaved: (subject: StoredSubject) =>
      `Ihr Browser hat das Speichern auf diesem Gerät nicht zugelassen (der Speicher ist voll oder abgeschaltet), daher ${subjectWords[subject].notSaved}. Arbeiten Sie in diesem Tab zu Ende oder laden Sie eine Kopie herunter, um sie zu behalten: Über „Ihre Daten“ auf der Ergebnisseite können Sie die Kopie wieder öffnen.`,
    download: 'Eine Kopie davon herunterladen',
    downloadAsSaved: 'Den gespeicherten Stand herunterladen',
    downloadCurrent: (subject: StoredSubject) => subjectWords[subject].copy,
  },
}
