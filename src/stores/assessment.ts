import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { DRAFT_FORMAT, draftSchema, type Draft } from '@/domain/draft'
import { allQuestions, type Answer } from '@/domain/questionSet'
import { CURRENT_QUESTION_SET, questionSetByVersion } from '@/domain/questionSets'
import {
  copyAside,
  DRAFT_KEY,
  loadStored,
  parseStoredText,
  readStoredText,
  saveStored,
  saveText,
  watchStored,
  type StoredParser,
} from './storage'

/** A draft for a questionnaire this version of the app knows; anything else is set aside. */
const parseDraft: StoredParser<Draft> = (data) => {
  const parsed = draftSchema.safeParse(data)
  return parsed.success && questionSetByVersion(parsed.data.state.questionSetVersion) ? parsed.data : undefined
}

/** The ids among `answers` that the draft's questionnaire does not ask. */
function unknownIds(draft: Draft): string[] {
  const ids = new Set(allQuestions(questionSetByVersion(draft.state.questionSetVersion)!).map((q) => q.id))
  return Object.keys(draft.state.answers).filter((id) => !ids.has(id))
}

/** What the person should be told about their saved draft. */
export type DraftNotice =
  /** Unreadable data, copied aside under `backupKey`; `text` is what was set aside, for a download. */
  | { kind: 'set-aside'; backupKey: string; text: string }
  /** Unreadable data that could not be copied aside: it stays in place, and `text` can be downloaded. */
  | { kind: 'unreadable'; text: string }
  /** Answers to `dropped` questions the questionnaire does not have were left out; the draft as it was is under `backupKey`. */
  | { kind: 'repaired'; dropped: number; backupKey: string | null; text: string }
  /** The browser refused to save: the answers on screen are not saved. */
  | { kind: 'not-saved' }

export const useAssessmentStore = defineStore('assessment', () => {
  const questionSetVersion = ref(CURRENT_QUESTION_SET.version)
  const answers = ref<Record<string, Answer>>({})
  const savedAt = ref<string | null>(null)
  /** The revision of the stored draft these answers were built on (see `Draft.revision`). */
  const revision = ref(0)
  const notice = ref<DraftNotice | null>(null)
  /** True while unreadable data sits in the draft's place: nothing is saved over it until the person starts over. */
  const blocked = ref(false)

  function adopt(draft: Draft) {
    questionSetVersion.value = draft.state.questionSetVersion
    answers.value = { ...draft.state.answers } as Record<string, Answer>
    savedAt.value = draft.savedAt
    revision.value = draft.revision ?? 0
  }

  const loaded = loadStored(DRAFT_KEY, parseDraft)
  if (loaded.status === 'ok') {
    const dropped = unknownIds(loaded.value)
    if (dropped.length === 0) adopt(loaded.value)
    else {
      // Never counted, never shown: the answers to questions that do not exist are left out,
      // and the draft as it was is kept aside first.
      const text = readStoredText(DRAFT_KEY) ?? ''
      const backupKey = copyAside(DRAFT_KEY, text)
      const known = Object.fromEntries(Object.entries(loaded.value.state.answers).filter(([id]) => !dropped.includes(id)))
      adopt({ ...loaded.value, state: { ...loaded.value.state, answers: known } })
      notice.value = { kind: 'repaired', dropped: dropped.length, backupKey, text }
      // Without a copy aside, the original stays in place until the person answers again.
      if (backupKey !== null) write()
    }
  } else if (loaded.status === 'set-aside') {
    notice.value = { kind: 'set-aside', backupKey: loaded.backupKey, text: loaded.text }
  } else if (loaded.status === 'unreadable') {
    notice.value = { kind: 'unreadable', text: loaded.text }
    blocked.value = true
  } else if (loaded.status === 'unavailable') {
    notice.value = { kind: 'not-saved' }
  }

  /** The stored draft, when another tab has written a newer one than these answers were built on. */
  function newerStored(): Draft | undefined {
    const stored = parseStoredText(readStoredText(DRAFT_KEY), parseDraft)
    return stored && (stored.revision ?? 0) > revision.value && unknownIds(stored).length === 0 ? stored : undefined
  }

  // Another tab answered, moved to a new edition or started over: follow it.
  watchStored(DRAFT_KEY, () => {
    const stored = newerStored()
    if (stored) adopt(stored)
  })

  /** The answers as a file the person can keep, when the browser will not save them. */
  const currentText = computed(() =>
    JSON.stringify({ format: DRAFT_FORMAT, state: { questionSetVersion: questionSetVersion.value, answers: answers.value } }, null, 2),
  )
  const answeredCount = computed(() => Object.keys(answers.value).length)
  const hasAnswers = computed(() => answeredCount.value > 0)

  /** Saves the answers as the next revision; tells the person when the browser refuses. */
  function write() {
    if (blocked.value) return
    const draft: Draft = {
      format: DRAFT_FORMAT,
      savedAt: new Date().toISOString(),
      revision: revision.value + 1,
      state: { questionSetVersion: questionSetVersion.value, answers: answers.value },
    }
    if (saveStored(DRAFT_KEY, draft)) {
      revision.value = draft.revision!
      savedAt.value = draft.savedAt
      if (notice.value?.kind === 'not-saved') notice.value = null
    } else {
      notice.value = { kind: 'not-saved' }
    }
  }

  /**
   * Applies one change on top of the newest stored draft: another tab may have written since
   * these answers were read, and its answers must not be lost or written over.
   */
  function change(apply: () => void) {
    const stored = newerStored()
    if (stored) adopt(stored)
    apply()
    write()
  }

  function setAnswer(questionId: string, answer: Answer) {
    change(() => {
      answers.value = { ...answers.value, [questionId]: answer }
    })
  }

  /**
   * Moves the draft to a newer released questionnaire with the answers that carry over (see
   * `carriedOverAnswers`). The draft as it was is kept under a backup key first.
   */
  function migrate(toVersion: number, carried: Readonly<Partial<Record<string, Answer>>>) {
    const before = readStoredText(DRAFT_KEY)
    // Without a copy of the draft as it was, nothing moves: the person keeps what they have.
    if (before !== null && !saveText(`${DRAFT_KEY}:before-questionnaire-${toVersion}`, before)) {
      notice.value = { kind: 'not-saved' }
      return
    }
    change(() => {
      answers.value = { ...carried } as Record<string, Answer>
      questionSetVersion.value = toVersion
    })
  }

  /**
   * Clears every answer, and discards unreadable data in the draft's place. The view asks the
   * person first. An empty draft is saved as the next revision, so that other tabs follow and
   * none writes its older answers back.
   */
  function startOver() {
    blocked.value = false
    const stored = newerStored()
    if (stored) revision.value = stored.revision ?? 0
    answers.value = {}
    questionSetVersion.value = CURRENT_QUESTION_SET.version
    write()
    savedAt.value = null
    if (notice.value?.kind === 'unreadable') notice.value = null
  }

  /** Replaces the draft with an imported one the person confirmed; unreadable data in its place is discarded. */
  function replaceDraft(state: { questionSetVersion: number; answers: Readonly<Partial<Record<string, Answer>>> }) {
    blocked.value = false
    change(() => {
      questionSetVersion.value = state.questionSetVersion
      answers.value = { ...state.answers } as Record<string, Answer>
    })
    if (notice.value?.kind === 'unreadable') notice.value = null
  }

  function dismissNotice() {
    notice.value = null
  }

  return {
    questionSetVersion,
    answers,
    savedAt,
    revision,
    notice,
    blocked,
    currentText,
    answeredCount,
    hasAnswers,
    setAnswer,
    migrate,
    startOver,
    replaceDraft,
    dismissNotice,
  }
})
