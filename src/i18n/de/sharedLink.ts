import type { ResultLinkError } from '@/domain/resultLink'
import type { shared as english } from '../en/sharedLink'
import type { Messages } from '../messages'

/** The words of a results link opened by someone else, and of links that cannot be read. */
export const shared: Messages<typeof english> = {
  shared: {
    toMyResults: 'Zu meinen Ergebnissen',
    compareTable: 'Tabelle der geteilten und Ihrer eigenen Punktwerte',
    noCurrency: 'Beträge so, wie der Absender sie eingegeben hat: Links aus der Zeit, bevor Links eine Währung enthielten, nennen keine.',
    banner: 'Sie sehen die Ergebnisse einer anderen Person, geöffnet über einen Link.',
    label: 'Bezeichnung',
    version: (v: number) => `Fragenkatalog ${v}`,
    readOnly: 'Nur zur Ansicht: Nichts hier ändert Ihre eigenen Antworten.',
    startOwn: 'Eigenen Reifegrad-Check beginnen',
    compare: 'Mit meinen Ergebnissen vergleichen',
    hideCompare: 'Vergleich ausblenden',
    compareTitle: 'Geteilte und eigene Ergebnisse',
    theirs: 'Geteilt',
    mine: 'Eigene',
    difference: 'Differenz (eigene − geteilte)',
    compareRadar: 'Netzdiagramm, das die geteilten Punktwerte der Dimensionen mit Ihren vergleicht.',
    otherQuestionSet: (theirs: number, mine: number) =>
      `Der Absender hat Fragenkatalog ${theirs} beantwortet, Sie Fragenkatalog ${mine}. Jedes Ergebnis wird nach den Regeln seines eigenen Katalogs bewertet, und die Kataloge stellen teils andere Fragen: Betrachten Sie die Unterschiede daher als Näherung. ` +
      (mine < theirs
        ? `Für einen direkten Vergleich übertragen Sie Ihre Antworten auf der Seite „Selbsteinschätzung“ in Fragenkatalog ${theirs}.`
        : `Für einen direkten Vergleich bitten Sie den Absender, Fragenkatalog ${mine} zu beantworten und Ihnen einen neuen Link zu schicken.`),
    sidesLeftOut:
      'Die Punktwerte der Produkt- und der Serviceseite werden nicht gezeigt: Fragenkatalog 1 zählte Fragen zu Produkt und Service für beide Seiten, spätere Kataloge für keine. Diese Punktwerte lassen sich daher nicht vergleichen.',
    overallRow: 'Reifegrad insgesamt',
    errorTitle: 'Dieser Ergebnis-Link lässt sich nicht öffnen',
    errors: {
      'not-a-link': 'Der Link enthält keine Ergebnisse.',
      'bad-character': 'Der Link enthält Zeichen, die in einem Ergebnis-Link nie vorkommen. Vielleicht hat ein E-Mail-Programm ihn verändert oder in zwei Teile getrennt.',
      truncated: 'Der Link ist unvollständig: Sein Ende fehlt. Wahrscheinlich wurde er beim Kopieren abgeschnitten oder auf mehrere Zeilen umbrochen.',
      'too-long': 'Der Link ist länger als jeder Ergebnis-Link: Es wurde etwas angehängt.',
      checksum: 'Der Link ist beschädigt: Seine Prüfsumme stimmt nicht, mindestens ein Zeichen wurde also verändert.',
      'unknown-version':
        'Der Link stammt aus einer neueren Version dieses Tools als der hier geöffneten. Laden Sie die Seite neu; wenn sie die neue Version anbietet, wählen Sie „Jetzt aktualisieren“ und öffnen Sie den Link dann erneut. Wird keine neue Version angeboten, ist der Link beschädigt.',
      'out-of-range':
        'Der Link enthält Werte, die dieses Tool nie schreibt (eine Zahl außerhalb des zulässigen Bereichs, eine unbekannte Währung oder eine Bezeichnung mit unsichtbaren oder die Leserichtung umkehrenden Zeichen): Er ist also beschädigt oder wurde verändert.',
    } satisfies Record<ResultLinkError, string>,
    errorTodo: 'Bitten Sie den Absender, den ganzen Link noch einmal zu kopieren, und fügen Sie ihn in einem Stück ein. Ihre eigenen Antworten bleiben unberührt.',
  },
}
