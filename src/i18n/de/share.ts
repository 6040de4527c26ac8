import type { share as english } from '../en/share'
import type { Messages } from '../messages'
import { plural } from './app'

/** "a", "a und b", "a, b und c". */
const listOf = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`

/** The words of the share panel on one's own results. */
export const share: Messages<typeof english> = {
  share: {
    title: 'Diese Ergebnisse teilen',
    intro: 'Der Link enthält Ihre Ergebnisse im Teil nach dem „#“, den Browser nie an einen Server senden.',
    linkLabel: 'Ergebnis-Link',
    copy: 'Link kopieren',
    copied: 'Link in die Zwischenablage kopiert.',
    copyFailed: 'Der Browser hat das Kopieren nicht zugelassen: Markieren Sie den Link und kopieren Sie ihn selbst.',
    share: 'Teilen …',
    includeMargins: 'Meine Margenzahlen mitschicken (sie können vertraulich sein)',
    marginsUnavailable: 'Füllen Sie den Margenrechner aus, dann können Sie Margenzahlen mitschicken.',
    marginsIncomplete:
      'Eine Margenzahl fehlt oder ist nicht lesbar: Der Link lässt die Margen weg, bis jede Zahl im Margenrechner gültig ist.',
    labelLabel: 'Bezeichnung (optional)',
    labelHint: (max: number) => `Bis zu ${max} Zeichen, z. B. „Serviceteam, Q3“.`,
    labelTooLong: (max: number) =>
      `Die Bezeichnung darf höchstens ${max} Zeichen haben, muss etwas Lesbares enthalten und darf keine Zeilenumbrüche oder unsichtbaren Zeichen enthalten (etwa Richtungszeichen oder Leerzeichen ohne Breite).`,
    contains: (answers: number, margins: boolean, label: boolean) =>
      `Dieser Link enthält ${listOf([
        `Ihre Antworten auf ${plural(answers, { one: '# Frage', other: '# Fragen' })} („Weiß nicht“ eingeschlossen)`,
        'den zugehörigen Fragenkatalog',
        ...(margins ? ['alle dreizehn Margenzahlen mit ihrer Währung'] : []),
        ...(label ? ['die Bezeichnung'] : []),
      ])}. Sonst nichts: kein Name, kein Datum, keine Angaben zum Gerät.`,
    length: (n: number) => `${n} Zeichen nach „#/r/“.`,
  },
}
