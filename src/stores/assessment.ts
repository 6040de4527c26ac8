import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { DRAFT_FORMAT, draftSchema, type Draft } from '@/domain/draft'
import { allQuestions, type Answer } from '@/domain/questionSet'
import { CURRENT_QUESTION_SET, questionSetByVersion } from '@/domain/questionSets'
import type { RepairedNotice } from '@/domain/storedNotice'
import { DRAFT_KEY, readStoredText, saveText } from './localStorage'
import { copyAside, sharedStored, type StoredParser } from './storage'

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

export const useAssessmentStore = defineStore('assessment', () => {
  const questionSetVersion = ref(CURRENT_QUESTION_SET.version)
  const answers = ref<Record<string, Answer>>({})

  /** Takes a stored draft in; answers to questions its questionnaire does not ask are never counted. */
  function adopt(draft: Draft) {
    const unknown = new Set(unknownIds(draft))
    questionSetVersion.value = draft.state.questionSetVersion
    answers.value = Object.fromEntries(Object.entries(draft.state.answers).filter(([id]) => !unknown.has(id))) as Record<string, Answer>
  }

  const stored = sharedStored<Draft, RepairedNotice>(DRAFT_KEY, parseDraft, adopt)
  const { notice, blocked, saved } = stored

  /** The draft as it is now, saved as revision `revision`. */
  function draftOf(revision: number): Draft {
    const state = { questionSetVersion: questionSetVersion.value, answers: answers.value }
    return { format: DRAFT_FORMAT, savedAt: new Date().toISOString(), revision, state }
  }

  if (stored.loaded.status === 'ok') {
    const dropped = unknownIds(stored.loaded.value)
    stored.take(stored.loaded.value)
    if (dropped.length > 0) {
      // Never counted, never shown: the answers to questions that do not exist are left out,
      // and the draft as it was is kept aside first.
      const text = readStoredText(DRAFT_KEY) ?? ''
      const backupKey = copyAside(DRAFT_KEY, text)
      notice.value = { kind: 'repaired', dropped: dropped.length, backupKey, text }
      // Without a copy aside, the original stays in place until the person answers again.
      if (backupKey !== null) stored.write(draftOf)
    }
  }

  /** The answers as a file the person can keep, when the browser will not save them. */
  const currentText = computed(() =>
    JSON.stringify({ format: DRAFT_FORMAT, state: { questionSetVersion: questionSetVersion.value, answers: answers.value } }, null, 2),
  )
  const answeredCount = computed(() => Object.keys(answers.value).length)
  const hasAnswers = computed(() => answeredCount.value > 0)

  /** Applies one change on top of the newest stored draft, so that another tab's answers are not lost or written over. */
  function change(apply: () => void) {
    stored.change(apply, draftOf)
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
  /** Clears the draft; false when the browser would not save that. */
  function startOver(): boolean {
    return stored.replace(() => {
      answers.value = {}
      questionSetVersion.value = CURRENT_QUESTION_SET.version
    }, draftOf)
  }

  /** Replaces the draft with an imported one the person confirmed; unreadable data in its place is discarded. False when not saved. */
  function replaceDraft(state: { questionSetVersion: number; answers: Readonly<Partial<Record<string, Answer>>> }): boolean {
    return stored.replace(() => {
      questionSetVersion.value = state.questionSetVersion
      answers.value = { ...state.answers } as Record<string, Answer>
    }, draftOf)
  }

  function dismissNotice() {
    notice.value = null
  }

  return {
    questionSetVersion,
    answers,
    notice,
    blocked,
    saved,
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
