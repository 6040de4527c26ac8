import { computed } from 'vue'
import { storeToRefs } from 'pinia'
import { carriedOverAnswers } from '@/domain/questionSet'
import { CURRENT_QUESTION_SET, questionSetByVersion } from '@/domain/questionSets'
import { encodeResultLink, resultLinkUrl } from '@/domain/resultLink'
import type { ResultState } from '@/domain/resultState'
import { scoreAssessment } from '@/domain/scoring'
import { useAssessmentStore } from '@/stores/assessment'

/**
 * The person's own assessment with its questions and scores, always by the rules of the question set
 * of the questions it was answered for: a draft saved under an older question set is not re-scored
 * behind the person's back. `moveToCurrent` carries it over when they choose to.
 */
export function useAssessment() {
  const store = useAssessmentStore()
  const { answers, questionSetVersion } = storeToRefs(store)
  // The store only ever holds a released version (see parseDraft).
  const questionSet = computed(() => questionSetByVersion(questionSetVersion.value) ?? CURRENT_QUESTION_SET)
  const score = computed(() => scoreAssessment(answers.value, questionSet.value))
  const state = computed<ResultState>(() => ({ questionSetVersion: questionSet.value.version, answers: answers.value }))

  /** When the draft was answered for an older question set: what moving to the current one would keep. */
  const olderQuestionSet = computed(() => {
    if (questionSet.value.version === CURRENT_QUESTION_SET.version) return null
    const carried = carriedOverAnswers(answers.value, questionSet.value, CURRENT_QUESTION_SET)
    return {
      version: questionSet.value.version,
      currentVersion: CURRENT_QUESTION_SET.version,
      answered: Object.keys(answers.value).length,
      carried: Object.keys(carried).length,
    }
  })

  /** The draft as it is, as a results link: for a person whose answers belong to an older question set. */
  const ownLink = computed(() => resultLinkUrl(location.href, encodeResultLink(state.value)))

  function moveToCurrent() {
    store.migrate(CURRENT_QUESTION_SET.version, carriedOverAnswers(answers.value, questionSet.value, CURRENT_QUESTION_SET))
  }

  return { store, questionSet, answers, score, state, olderQuestionSet, ownLink, moveToCurrent }
}
