import { computed, ref } from 'vue'
import type { ImportSummary } from '@/components/ResultsYourData.vue'
import { useAssessment } from '@/composables/useAssessment'
import { answeredIn, answersToCsv, makeBackup, parseBackup, type Backup, type BackupPart, type CsvWords } from '@/domain/backup'
import { isCurrencyCode } from '@/domain/currencies'
import { allQuestions } from '@/domain/questionSet'
import { questionSetByVersion } from '@/domain/questionSets'
import { decimalMark } from '@/i18n/format'
import { loadQuestionWords, t, wordsOf } from '@/i18n/results'
import { downloadText } from '@/lib/download'
import { DRAFT_KEY, readStoredText, restoreText } from '@/persistence/localStorage'
import { MARGINS_KEY, useMarginsStore } from '@/stores/margins'
import { SNAPSHOTS_KEY, useSnapshotsStore } from '@/stores/snapshots'

const KEYS = [DRAFT_KEY, MARGINS_KEY, SNAPSHOTS_KEY] as const

/**
 * Your data: everything the person has in this browser (the answers, the margin figures, the
 * snapshots) as one file to keep or carry to another browser, the answers as CSV, and an import
 * that shows what a file holds before it replaces anything. The app shell offers the download on
 * every page while the browser is not saving, and loads this module on the click, so that the
 * start page does not carry the stores. `onImported`: called when a confirmed file was applied.
 */
export function useYourData(options: { onImported?: () => void } = {}) {
  const { store: draft, questionSet, state } = useAssessment()
  const margins = useMarginsStore()
  const snapshots = useSnapshotsStore()

  /** Downloads everything as the file the import reads: what is on screen, saved or not. */
  function exportJson() {
    const backup = makeBackup({
      draft: { questionSetVersion: draft.questionSetVersion, answers: draft.answers },
      margins: { fields: margins.fields, currency: margins.currency, included: margins.included, decimal: margins.decimal },
      snapshots: snapshots.snapshots,
    })
    downloadText(t.yourData.fileName, JSON.stringify(backup, null, 2))
  }

  async function exportCsv() {
    // The rows quote the levels' words: an older question set's must be there first. Without them
    // (offline before the app was cached) no file: the page already says the words are missing.
    try {
      await loadQuestionWords([questionSet.value.version])
    } catch {
      return
    }
    // A spreadsheet that reads "," as the decimal mark splits columns on ";".
    const separator: CsvWords['separator'] = decimalMark() === ',' ? ';' : ','
    const words = {
      ...t.yourData.csv,
      sides: t.sides,
      levelNames: t.levels,
      dontKnow: t.assessment.dontKnow,
      question: wordsOf,
      dimensions: t.dimensions,
      separator,
    }
    downloadText(t.yourData.csvName(questionSet.value.version), answersToCsv(questionSet.value, state.value.answers, words), 'text/csv')
  }

  /**
   * Applies a file the person confirmed to the answers, the margin figures and the snapshots,
   * whole or not at all: when the browser refuses one write (storage full), what was written is
   * put back as it was, in storage and on screen, so that a reload never mixes the file with what
   * was there before. True when the whole file was applied; false when nothing was. `only`: the
   * file is a copy of one part (from a notice about saving), which replaces that part alone.
   */
  function applyBackup(backup: Backup, only?: BackupPart): boolean {
    const applies = (part: BackupPart) => only === undefined || only === part
    const texts = KEYS.map(readStoredText)
    const before = {
      draft: { questionSetVersion: draft.questionSetVersion, answers: draft.answers, notice: draft.notice, blocked: draft.blocked },
      margins: {
        fields: margins.fields,
        decimal: margins.decimal,
        currency: margins.currency,
        included: margins.included,
        notice: margins.notice,
        blocked: margins.blocked,
      },
      snapshots: { snapshots: snapshots.snapshots, notice: snapshots.notice, blocked: snapshots.blocked },
    }
    const steps = [
      // A file without answers leaves an empty draft of the current question set, as starting over does.
      () => !applies('answers') || (backup.draft ? draft.replaceDraft(backup.draft) : draft.startOver()),
      () => !applies('figures') || (backup.margins ? margins.replaceFigures(backup.margins) : true),
      () => !applies('snapshots') || snapshots.replaceAll(backup.snapshots),
    ]
    if (steps.every((step) => step())) return true
    KEYS.forEach((key, i) => restoreText(key, texts[i] ?? null))
    // Each property replaced whole: an object patch would merge the file's answers into the old.
    draft.$patch((s) => Object.assign(s, before.draft))
    margins.$patch((s) => Object.assign(s, before.margins))
    snapshots.$patch((s) => Object.assign(s, before.snapshots))
    return false
  }

  const pending = ref<{ backup: Backup; only?: BackupPart; summary: ImportSummary } | null>(null)
  /** What the file read holds, waiting for the person to confirm; null when nothing waits. */
  const importSummary = computed(() => pending.value?.summary ?? null)
  const importError = ref<string | null>(null)
  const importDone = ref<string | null>(null)

  /** Reads a chosen file and says what it holds; nothing is replaced yet. */
  async function readImport(file: File) {
    pending.value = null
    importError.value = null
    importDone.value = null
    let text: string
    try {
      text = await file.text()
    } catch {
      importError.value = t.yourData.errors.unreadable
      return
    }
    const parsed = parseBackup(text, file.name)
    if (!parsed.ok) {
      importError.value = t.yourData.errors[parsed.error]
      return
    }
    const { draft: fileDraft } = parsed.backup
    const set = fileDraft && questionSetByVersion(fileDraft.questionSetVersion)
    pending.value = {
      backup: parsed.backup,
      only: parsed.only,
      summary: {
        only: parsed.only,
        fileName: file.name,
        exportedAt: parsed.backup.exportedAt,
        answered: fileDraft && set ? answeredIn(set, fileDraft.answers) : null,
        total: set ? allQuestions(set).length : 0,
        version: fileDraft?.questionSetVersion ?? null,
        margins: parsed.backup.margins !== undefined,
        ...(parsed.backup.margins && !isCurrencyCode(parsed.backup.margins.currency)
          ? { unknownCurrency: { found: parsed.backup.margins.currency.slice(0, 12), kept: margins.currency } }
          : {}),
        snapshots: parsed.backup.snapshots.length,
      },
    }
  }

  /** Replaces the person's data with the file read, whole or not at all, and says which. */
  function confirmImport() {
    if (!pending.value) return
    const applied = applyBackup(pending.value.backup, pending.value.only)
    if (applied) options.onImported?.()
    importError.value = applied ? null : t.yourData.errors.notStored
    importDone.value = applied ? t.yourData.applied : null
    pending.value = null
  }

  function cancelImport() {
    pending.value = null
  }

  return { exportJson, exportCsv, importSummary, importError, importDone, readImport, confirmImport, cancelImport }
}
