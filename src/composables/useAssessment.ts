import { computed, watchEffect } from 'vue'
import { storeToRefs } from 'pinia'
import { allQuestions } from '@/domain/questionSet'
import { CURRENT_QUESTION_SET } from '@/domain/questionSets'
import type { ResultState } from '@/domain/resultState'
import { scoreAssessment } from '@/domain/scoring'
import { useAssessmentStore } from '@/stores/assessment'

/**
 * The person's own assessment with its questions and scores. With `migrate`, a draft saved for
 * an older released questionnaire is moved to the current one (the pages where the person works
 * on their own answers); pages that show someone else's results never change the draft.
 */
export function useAssessment({ migrate = false }: { migrate?: boolean } = {}) {
  const store = useAssessmentStore()
  const { answers, questionSetVersion } = storeToRefs(store)
  const questionSet = CURRENT_QUESTION_SET

  watchEffect(() => {
    if (migrate && questionSetVersion.value !== questionSet.version) {
      store.migrate(questionSet.version, new Set(allQuestions(questionSet).map((q) => q.id)))
    }
  })

  const score = computed(() => scoreAssessment(answers.value, questionSet))
  const state = computed<ResultState>(() => ({ questionSetVersion: questionSet.version, answers: answers.value }))
  return { store, questionSet, answers, score, state }
}
