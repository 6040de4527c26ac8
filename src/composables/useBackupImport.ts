import type { Backup, BackupPart } from '@/domain/backup'
import { useAssessmentStore } from '@/stores/assessment'
import { DRAFT_KEY, readStoredText, saveText, storage } from '@/persistence/localStorage'
import { MARGINS_KEY, useMarginsStore } from '@/stores/margins'
import { SNAPSHOTS_KEY, useSnapshotsStore } from '@/stores/snapshots'

const KEYS = [DRAFT_KEY, MARGINS_KEY, SNAPSHOTS_KEY] as const

/** Puts `text` back under `key` as it was, or removes the key when there was nothing. */
function restoreText(key: string, text: string | null) {
  if (text !== null) {
    // It was stored before the import, so it fits again once the import's text is gone.
    storage()?.removeItem(key)
    saveText(key, text)
    return
  }
  try {
    storage()?.removeItem(key)
  } catch {
    // Storage switched off: nothing was written either.
  }
}

/**
 * Applies an imported file the person confirmed to the answers, the margin figures and the
 * snapshots, whole or not at all: when the browser refuses one write (storage full), what was
 * written is put back as it was, in storage and on screen, so that a reload never mixes the file
 * with what was there before.
 */
export function useBackupImport() {
  const draft = useAssessmentStore()
  const margins = useMarginsStore()
  const snapshots = useSnapshotsStore()

  /**
   * True when the whole file was applied; false when nothing was. `only`: the file is a copy of
   * one part (from a notice about saving), which replaces that part alone.
   */
  function applyBackup(backup: Backup, only?: BackupPart): boolean {
    const applies = (part: BackupPart) => only === undefined || only === part
    const texts = KEYS.map(readStoredText)
    const before = {
      draft: { questionSetVersion: draft.questionSetVersion, answers: draft.answers, notice: draft.notice, blocked: draft.blocked },
      margins: { fields: margins.fields, currency: margins.currency, included: margins.included, notice: margins.notice, blocked: margins.blocked },
      snapshots: { snapshots: snapshots.snapshots, notice: snapshots.notice, blocked: snapshots.blocked },
    }
    const steps = [
      // A file without answers leaves an empty draft of the current edition, as starting over does.
      () => !applies('answers') || (backup.draft ? draft.replaceDraft(backup.draft) : draft.startOver()),
      () => !applies('figures') || (backup.margins ? margins.replaceFigures(backup.margins) : true),
      () => !applies('snapshots') || snapshots.replaceAll(backup.snapshots),
    ]
    if (steps.every((step) => step())) return true
    try {
      KEYS.forEach((key, i) => restoreText(key, texts[i] ?? null))
    } catch {
      // Storage switched off while importing: nothing more can be put back there.
    }
    // Each property replaced whole: an object patch would merge the file's answers into the old.
    draft.$patch((state) => Object.assign(state, before.draft))
    margins.$patch((state) => Object.assign(state, before.margins))
    snapshots.$patch((state) => Object.assign(state, before.snapshots))
    return false
  }

  return { applyBackup }
}
