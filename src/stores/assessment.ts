import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { DRAFT_FORMAT, draftSchema, type Draft } from '@/domain/draft'
import type { Answer } from '@/domain/questionSet'
import { DRAFT_KEY, loadStored, removeStored, saveStored, type StoredParser } from './storage'

/** The questionnaire version new drafts are written for. Kept equal to CURRENT_QUESTION_SET.version by a test. */
export const DRAFT_QUESTION_SET_VERSION = 1

const parseDraft: StoredParser<Draft> = (data) => {
  const parsed = draftSchema.safeParse(data)
  return parsed.success ? { value: parsed.data, migrated: false } : undefined
}

/** What the person should be told about their saved draft at start-up. */
export type DraftNotice = { kind: 'set-aside'; backupKey: string } | { kind: 'not-saved' }

/**
 * The person's own answers, autosaved. It knows nothing of the questions' content, so the
 * first view stays small; `useAssessment` adds the question set and the scores.
 */
export const useAssessmentStore = defineStore('assessment', () => {
  const questionSetVersion = ref(DRAFT_QUESTION_SET_VERSION)
  const answers = ref<Record<string, Answer>>({})
  const savedAt = ref<string | null>(null)
  const notice = ref<DraftNotice | null>(null)

  const loaded = loadStored(DRAFT_KEY, parseDraft)
  if (loaded.status === 'ok') {
    questionSetVersion.value = loaded.value.state.questionSetVersion
    answers.value = { ...loaded.value.state.answers } as Record<string, Answer>
    savedAt.value = loaded.value.savedAt
  } else if (loaded.status === 'set-aside') {
    notice.value = { kind: 'set-aside', backupKey: loaded.backupKey }
  }

  const answeredCount = computed(() => Object.keys(answers.value).length)
  const hasAnswers = computed(() => answeredCount.value > 0)

  function persist() {
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

  /** Keeps only the answers a newer questionnaire still asks, and moves the draft to it. */
  function migrate(toVersion: number, questionIds: ReadonlySet<string>) {
    answers.value = Object.fromEntries(Object.entries(answers.value).filter(([id]) => questionIds.has(id)))
    questionSetVersion.value = toVersion
    persist()
  }

  /** Clears every answer and the saved draft. The view asks the person first. */
  function startOver() {
    answers.value = {}
    savedAt.value = null
    questionSetVersion.value = DRAFT_QUESTION_SET_VERSION
    removeStored(DRAFT_KEY)
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
