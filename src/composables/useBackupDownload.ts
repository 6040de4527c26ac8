import { makeBackup } from '@/domain/backup'
import { t } from '@/i18n/results'
import { useAssessmentStore } from '@/stores/assessment'
import { useMarginsStore } from '@/stores/margins'
import { useSnapshotsStore } from '@/stores/snapshots'
import { downloadText } from '@/lib/download'

/**
 * Downloads everything the person has in this browser as the file "Your data" makes and imports:
 * what is on screen, saved or not. The app shell offers it on every page while the browser is not
 * saving, and loads this module on the click, so that the start page does not carry the stores.
 */
export function useBackupDownload(): () => void {
  const draft = useAssessmentStore()
  const margins = useMarginsStore()
  const snapshots = useSnapshotsStore()
  return () => {
    const backup = makeBackup({
      draft: { questionSetVersion: draft.questionSetVersion, answers: draft.answers },
      margins: { fields: margins.fields, currency: margins.currency, included: margins.included },
      snapshots: snapshots.snapshots,
    })
    downloadText(t.yourData.fileName, JSON.stringify(backup, null, 2))
  }
}
