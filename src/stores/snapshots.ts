import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { z } from 'zod/mini'
import { questionSetByVersion } from '@/domain/questionSets'
import type { ResultState } from '@/domain/resultState'
import { MAX_SNAPSHOTS, SNAPSHOTS_FORMAT, snapshotsEnvelopeSchema, type Snapshot } from '@/domain/snapshot'
import { loadStored, parseStoredText, readStoredText, saveStored, watchStored, type StoredParser } from './storage'

export const SNAPSHOTS_KEY = 'more-than-a-chip:snapshots'

type Envelope = z.infer<typeof snapshotsEnvelopeSchema>

/** Snapshots of released questionnaires only; anything else is set aside whole. */
const parseSnapshots: StoredParser<Envelope> = (data) => {
  const parsed = snapshotsEnvelopeSchema.safeParse(data)
  return parsed.success && parsed.data.snapshots.every((s) => questionSetByVersion(s.state.questionSetVersion)) ? parsed.data : undefined
}

/** What the person should be told about their saved snapshots. */
export type SnapshotsNotice =
  | { kind: 'set-aside'; backupKey: string; text: string }
  | { kind: 'unreadable'; text: string }
  | { kind: 'not-saved' }

/** Dated copies of the person's result, to see what moved since. Same guarantees as the draft. */
export const useSnapshotsStore = defineStore('snapshots', () => {
  const snapshots = ref<Snapshot[]>([])
  let revision = 0
  const notice = ref<SnapshotsNotice | null>(null)
  const blocked = ref(false)

  function adopt(envelope: Envelope) {
    snapshots.value = envelope.snapshots
    revision = envelope.revision ?? 0
  }

  const loaded = loadStored(SNAPSHOTS_KEY, parseSnapshots)
  if (loaded.status === 'ok') adopt(loaded.value)
  else if (loaded.status === 'set-aside') notice.value = { kind: 'set-aside', backupKey: loaded.backupKey, text: loaded.text }
  else if (loaded.status === 'unreadable') {
    notice.value = { kind: 'unreadable', text: loaded.text }
    blocked.value = true
  } else if (loaded.status === 'unavailable') notice.value = { kind: 'not-saved' }

  function newerStored(): Envelope | undefined {
    const stored = parseStoredText(readStoredText(SNAPSHOTS_KEY), parseSnapshots)
    return stored && (stored.revision ?? 0) > revision ? stored : undefined
  }

  watchStored(SNAPSHOTS_KEY, () => {
    const stored = newerStored()
    if (stored) adopt(stored)
  })

  /** Applies one change on top of the newest stored snapshots, then saves them as the next revision. */
  function change(apply: () => void) {
    if (blocked.value) {
      notice.value = notice.value ?? { kind: 'not-saved' }
      return
    }
    const stored = newerStored()
    if (stored) adopt(stored)
    apply()
    const next = revision + 1
    if (saveStored(SNAPSHOTS_KEY, { format: SNAPSHOTS_FORMAT, revision: next, snapshots: snapshots.value })) {
      revision = next
      if (notice.value?.kind === 'not-saved') notice.value = null
    } else {
      notice.value = { kind: 'not-saved' }
    }
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
    blocked.value = false
    change(() => {
      snapshots.value = [...next]
    })
    if (notice.value?.kind === 'unreadable') notice.value = null
  }

  function dismissNotice() {
    notice.value = null
  }

  /** The snapshots as a file the person can keep. */
  const currentText = computed(() => JSON.stringify({ format: SNAPSHOTS_FORMAT, snapshots: snapshots.value }, null, 2))

  return { snapshots, notice, blocked, currentText, save, remove, replaceAll, dismissNotice }
})
