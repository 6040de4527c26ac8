import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { DRAFT_FORMAT, draftSchema, type Draft } from '@/domain/draft'
import type { Answer } from '@/domain/questionSet'
import { CURRENT_QUESTION_SET, questionSetByVersion } from '@/domain/questionSets'
import { DRAFT_KEY, loadStored, readStoredText, removeStored, saveStored, type StoredParser } from './storage'

/** A draft for a questionnaire this version of the app knows; anything else is set aside. */
const parseDraft: StoredParser<Draft> = (data) => {
  const parsed = draftSchema.safeParse(data)
  return parsed.success && questionSetByVersion(parsed.data.state.questionSetVersion) ? parsed.data : undefined
}

/** What the person should be told about their saved draft. */
export type DraftNotice =
  /** `text` is what was set aside, so the person can take a copy. */
  | { kind: 'set-aside'; backupKey: string; text: string }
  | { kind: 'unreadable' }
  | { kind: 'not-saved' }

export const useAssessmentStore = defineStore('assessment', () => {
  const questionSetVersion = ref(CURRENT_QUESTION_SET.version)
  const answers = ref<Record<string, Answer>>({})
  const savedAt = ref<string | null>(null)
  const notice = ref<DraftNotice | null>(null)
  /** True while unreadable data sits in the draft's place: nothing is saved over it until the person starts over. */
  const blocked = ref(false)

  const loaded = loadStored(DRAFT_KEY, parseDraft)
  if (loaded.status === 'ok') {
    questionSetVersion.value = loaded.value.state.questionSetVersion
    answers.value = { ...loaded.value.state.answers } as Record<string, Answer>
    savedAt.value = loaded.value.savedAt
  } else if (loaded.status === 'set-aside') {
    notice.value = { kind: 'set-aside', backupKey: loaded.backupKey, text: loaded.text }
  } else if (loaded.status === 'unreadable') {
    notice.value = { kind: 'unreadable' }
    blocked.value = true
  } else if (loaded.status === 'unavailable') {
    notice.value = { kind: 'not-saved' }
  }

  const answeredCount = computed(() => Object.keys(answers.value).length)
  const hasAnswers = computed(() => answeredCount.value > 0)

  function persist() {
    if (blocked.value) return
    savedAt.value = new Date().toISOString()
    const draft: Draft = {
      format: DRAFT_FORMAT,
      savedAt: savedAt.value,
      state: { questionSetVersion: questionSetVersion.value, answers: answers.value },
    }
    if (!saveStored(DRAFT_KEY, draft)) notice.value = { kind: 'not-saved' }
    else if (notice.value?.kind === 'not-saved') notice.value = null
  }

  function setAnswer(questionId: string, answer: Answer) {
    answers.value = { ...answers.value, [questionId]: answer }
    persist()
  }

  /**
   * Moves the draft to a newer released questionnaire with the answers that carry over (see
   * `carriedOverAnswers`). The draft as it was is kept under a backup key first.
   */
  function migrate(toVersion: number, carried: Readonly<Partial<Record<string, Answer>>>) {
    const before = readStoredText(DRAFT_KEY)
    if (before !== null) saveStored(`${DRAFT_KEY}:before-questionnaire-${toVersion}`, JSON.parse(before))
    answers.value = { ...carried } as Record<string, Answer>
    questionSetVersion.value = toVersion
    persist()
  }

  /** Clears every answer and the saved draft. The view asks the person first. */
  function startOver() {
    answers.value = {}
    savedAt.value = null
    questionSetVersion.value = CURRENT_QUESTION_SET.version
    removeStored(DRAFT_KEY)
    blocked.value = false
    if (notice.value?.kind === 'unreadable') notice.value = null
  }

  function dismissNotice() {
    notice.value = null
  }

  return {
    questionSetVersion,
    answers,
    savedAt,
    notice,
    answeredCount,
    hasAnswers,
    setAnswer,
    migrate,
    startOver,
    dismissNotice,
  }
})
