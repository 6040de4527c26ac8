import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { DRAFT_FORMAT, draftSchema, type Draft } from '@/domain/draft'
import { mergeDrafts, sameDraft, type DraftClock } from '@/domain/draftMerge'
import { allQuestions, type Answer } from '@/domain/questionSet'
import { CURRENT_QUESTION_SET, questionSetByVersion } from '@/domain/questionSets'
import type { RepairedNotice } from '@/persistence/notices'
import { DRAFT_KEY, readStoredText, saveText } from '@/persistence/localStorage'
import { copyAside, sharedStored, type StoredParser } from '@/persistence/sharedStored'

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

/** A stored draft with the times its answers were given. */
function clockOf(draft: Draft): DraftClock {
  const { questionSetVersion, answers } = draft.state
  return { questionSetVersion, answers, startedAt: draft.startedAt ?? 0, answeredAt: draft.answeredAt ?? {} }
}

export const useAssessmentStore = defineStore('assessment', () => {
  const questionSetVersion = ref(CURRENT_QUESTION_SET.version)
  const answers = ref<Record<string, Answer>>({})
  /** When this draft was started, and when each answer was given: what lets two tabs merge. */
  let startedAt = 0
  let answeredAt: Record<string, number> = {}
  /** The latest time this tab knows of: each change here is later than everything it has seen. */
  let latest = 0

  /** The time of a change made now: after every change this tab knows of, even if the clock went back. */
  function now(): number {
    latest = Math.max(Date.now(), latest + 1)
    return latest
  }

  /** Takes a draft in; answers to questions its questionnaire does not ask are never counted. */
  function hold(clock: DraftClock) {
    const known = new Set(allQuestions(questionSetByVersion(clock.questionSetVersion)!).map((q) => q.id))
    const ids = Object.keys(clock.answers).filter((id) => known.has(id))
    questionSetVersion.value = clock.questionSetVersion
    answers.value = Object.fromEntries(ids.map((id) => [id, clock.answers[id]!]))
    answeredAt = Object.fromEntries(ids.map((id) => [id, clock.answeredAt[id] ?? clock.startedAt]))
    startedAt = clock.startedAt
    latest = Math.max(latest, startedAt, ...Object.values(answeredAt))
  }

  /** The draft as it is now. */
  function clock(): DraftClock {
    return { questionSetVersion: questionSetVersion.value, startedAt, answers: answers.value, answeredAt }
  }

  /** Takes another tab's draft in, merged with this tab's; true when this tab holds answers that draft lacks. */
  function merge(draft: Draft): boolean {
    const theirs = clockOf(draft)
    hold(mergeDrafts(clock(), theirs))
    return !sameDraft(clock(), theirs)
  }

  /** The draft as it is now, saved as revision `revision`. */
  function draftOf(revision: number): Draft {
    const state = { questionSetVersion: questionSetVersion.value, answers: answers.value }
    return { format: DRAFT_FORMAT, savedAt: new Date().toISOString(), revision, state, startedAt, answeredAt }
  }

  const stored = sharedStored<Draft, RepairedNotice>(DRAFT_KEY, parseDraft, (draft) => hold(clockOf(draft)), { merge, save: draftOf })
  const { notice, blocked, saved } = stored

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
      answeredAt = { ...answeredAt, [questionId]: now() }
    })
  }

  /** Starts the draft afresh, for `version`, with `given` as its answers: in every tab, the answers before it are gone. */
  function restart(version: number, given: Readonly<Partial<Record<string, Answer>>>) {
    startedAt = now()
    questionSetVersion.value = version
    answers.value = { ...given } as Record<string, Answer>
    answeredAt = Object.fromEntries(Object.keys(given).map((id) => [id, startedAt]))
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
    change(() => restart(toVersion, carried))
  }

  /**
   * Clears every answer, and discards unreadable data in the draft's place. The view asks the
   * person first. An empty draft is saved as the next revision, so that other tabs follow and
   * none writes its older answers back.
   */
  /** Clears the draft; false when the browser would not save that. */
  function startOver(): boolean {
    return stored.replace(() => restart(CURRENT_QUESTION_SET.version, {}), draftOf)
  }

  /** Replaces the draft with an imported one the person confirmed; unreadable data in its place is discarded. False when not saved. */
  function replaceDraft(state: { questionSetVersion: number; answers: Readonly<Partial<Record<string, Answer>>> }): boolean {
    return stored.replace(() => restart(state.questionSetVersion, state.answers), draftOf)
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
