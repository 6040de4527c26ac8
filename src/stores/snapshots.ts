import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { z } from 'zod/mini'
import { questionSetByVersion } from '@/domain/questionSets'
import type { ResultState } from '@/domain/resultState'
import { MAX_SNAPSHOTS, SNAPSHOTS_FORMAT, snapshotsEnvelopeSchema, type Snapshot } from '@/domain/snapshot'
import { sharedStored, type StoredParser } from './storage'

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

  /** Keeps a dated copy of `state`; the oldest goes when there are more than MAX_SNAPSHOTS. */
  function save(state: Pick<ResultState, 'questionSetVersion' | 'answers'>) {
    const savedAt = new Date().toISOString()
    change(() => {
      const snapshot: Snapshot = {
        id: `${savedAt}-${Math.random().toString(36).slice(2, 8)}`,
        savedAt,
        state: { questionSetVersion: state.questionSetVersion, answers: { ...state.answers } as Snapshot['state']['answers'] },
      }
      snapshots.value = [...snapshots.value, snapshot].slice(-MAX_SNAPSHOTS)
    })
  }

  function remove(id: string) {
    change(() => {
      snapshots.value = snapshots.value.filter((s) => s.id !== id)
    })
  }

  /** Replaces every snapshot (an import the person confirmed), discarding unreadable ones in their place. */
  function replaceAll(next: readonly Snapshot[]) {
    stored.replace(() => {
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
