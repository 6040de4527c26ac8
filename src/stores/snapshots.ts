import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { z } from 'zod/mini'
import { questionSetByVersion } from '@/domain/questionSets'
import type { ResultState } from '@/domain/resultState'
import { addSnapshot, SNAPSHOTS_FORMAT, snapshotsEnvelopeSchema, type Snapshot, type SnapshotSaveOutcome } from '@/domain/snapshot'
import { sharedStored, type StoredParser } from '@/persistence/sharedStored'

export const SNAPSHOTS_KEY = 'more-than-a-chip:snapshots'

type Envelope = z.infer<typeof snapshotsEnvelopeSchema>

/** Snapshots of released questionnaires only; anything else is set aside whole. */
const parseSnapshots: StoredParser<Envelope> = (data) => {
  const parsed = snapshotsEnvelopeSchema.safeParse(data)
  return parsed.success && parsed.data.snapshots.every((s) => questionSetByVersion(s.state.questionSetVersion)) ? parsed.data : undefined
}

/** Dated copies of the person's result, to see what moved since. Same guarantees as the draft. */
export const useSnapshotsStore = defineStore('snapshots', () => {
  const snapshots = ref<Snapshot[]>([])
  const stored = sharedStored<Envelope>(SNAPSHOTS_KEY, parseSnapshots, (value) => {
    snapshots.value = value.snapshots
  })
  const { notice, blocked } = stored
  if (stored.loaded.status === 'ok') stored.take(stored.loaded.value)

  const envelopeOf = (revision: number): Envelope => ({ format: SNAPSHOTS_FORMAT, revision, snapshots: snapshots.value })

  /** Applies one change on top of the newest stored snapshots, then saves them as the next revision. */
  function change(apply: () => void) {
    stored.change(apply, envelopeOf)
  }

  /**
   * Keeps a dated copy of `state`, unless it repeats the newest snapshot. At MAX_SNAPSHOTS the
   * oldest is removed only with `removeOldest` (the person confirmed); otherwise nothing is kept.
   * Says what happened, so that the view can tell the person.
   */
  function save(state: Pick<ResultState, 'questionSetVersion' | 'answers'>, { removeOldest = false } = {}): SnapshotSaveOutcome {
    const savedAt = new Date().toISOString()
    const snapshot: Snapshot = {
      id: `${savedAt}-${Math.random().toString(36).slice(2, 8)}`,
      savedAt,
      state: { questionSetVersion: state.questionSetVersion, answers: { ...state.answers } as Snapshot['state']['answers'] },
    }
    // Checked first against the snapshots on hand, so that a refusal writes nothing; then again
    // on top of the newest stored ones, which another tab may have changed.
    const first = addSnapshot(snapshots.value, snapshot, removeOldest).outcome
    if (first.kind === 'same-as-last' || first.kind === 'full') return first
    let outcome: SnapshotSaveOutcome = first
    change(() => {
      const added = addSnapshot(snapshots.value, snapshot, removeOldest)
      snapshots.value = [...added.snapshots]
      outcome = added.outcome
    })
    return outcome
  }

  function remove(id: string) {
    change(() => {
      snapshots.value = snapshots.value.filter((s) => s.id !== id)
    })
  }

  /** Replaces every snapshot (an import the person confirmed), discarding unreadable ones in their place. False when not saved. */
  function replaceAll(next: readonly Snapshot[]): boolean {
    return stored.replace(() => {
      snapshots.value = [...next]
    }, envelopeOf)
  }

  function dismissNotice() {
    notice.value = null
  }

  /** The snapshots as a file the person can keep. */
  const currentText = computed(() => JSON.stringify({ format: SNAPSHOTS_FORMAT, snapshots: snapshots.value }, null, 2))

  return { snapshots, notice, blocked, currentText, save, remove, replaceAll, dismissNotice }
})
