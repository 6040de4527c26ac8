import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ResultsFindings from '@/components/ResultsFindings.vue'
import { findFindings, FINDING_QUESTION } from '@/domain/findings'
import type { Answers, QuestionSet } from '@/domain/questionSet'
import { QUESTION_SET_V2 } from '@/domain/questions.v2'
import { QUESTION_SET_V3 } from '@/domain/questions.v3'
import { scoreAssessment } from '@/domain/scoring'
import { wordsOf } from '@/i18n/results'

function mountFor(answers: Answers, set: QuestionSet) {
  const findings = findFindings(answers, set, scoreAssessment(answers, set))
  return mount(ResultsFindings, { props: { findings, set } })
}

const todoOf = (wrapper: ReturnType<typeof mountFor>, id: string) => wrapper.get(`[data-finding="${id}"]`).findAll('p').at(-1)!.text()

describe('ResultsFindings', () => {
  it('points a finding about one answer to that question’s own next step, with who moves first', () => {
    const one = todoOf(mountFor({ 'culture-anytime': 1 }, QUESTION_SET_V3), 'nobody-at-night')
    expect(one).toBe(`What to do next: Head of the connected service: ${wordsOf(QUESTION_SET_V3, 'culture-anytime').advice[0]}`)
    const two = todoOf(mountFor({ 'culture-anytime': 2 }, QUESTION_SET_V3), 'nobody-at-night')
    expect(two).toBe(`What to do next: Head of HR: ${wordsOf(QUESTION_SET_V3, 'culture-anytime').advice[1]}`)
  })

  it('gives an older question set’s result that set’s own advice, naming no one', () => {
    const todo = todoOf(mountFor({ 'decision-sponsor': 2 }, QUESTION_SET_V2), 'no-sponsor')
    expect(todo).toBe(`What to do next: ${wordsOf(QUESTION_SET_V2, 'decision-sponsor').advice[1]}`)
  })

  it('reads every finding about one answer from a question each question set asks', () => {
    for (const set of [QUESTION_SET_V2, QUESTION_SET_V3]) {
      const ids = set.dimensions.flatMap((d) => d.questions.map((q) => q.id))
      for (const questionId of Object.values(FINDING_QUESTION)) expect(ids).toContain(questionId)
    }
  })
})
