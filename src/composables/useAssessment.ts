import { computed, watchEffect } from 'vue'
import { storeToRefs } from 'pinia'
import { allQuestions } from '@/domain/questionSet'
import { CURRENT_QUESTION_SET } from '@/domain/questionSets'
import type { ResultState } from '@/domain/resultState'
import { scoreAssessment } from '@/domain/scoring'
import { useAssessmentStore } from '@/stores/assessment'

/**
 * The person's own assessment with its questions and scores. A draft saved for an older
 * questionnaire is moved to the current one, keeping the answers it still asks.
 */
export function useAssessment() {
  const store = useAssessmentStore()
  const { answers, questionSetVersion } = storeToRefs(store)
  const questionSet = CURRENT_QUESTION_SET

  watchEffect(() => {
    if (questionSetVersion.value !== questionSet.version) {
      store.migrate(questionSet.version, new Set(allQuestions(questionSet).map((q) => q.id)))
    }
  })

  const score = computed(() => scoreAssessment(answers.value, questionSet))
  const state = computed<ResultState>(() => ({ questionSetVersion: questionSet.version, answers: answers.value }))
  return { store, questionSet, answers, score, state }
}
