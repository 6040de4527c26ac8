import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ResultsCompare from '@/components/ResultsCompare.vue'
import { allQuestions, type QuestionSet } from '@/domain/questionSet'
import { QUESTION_SET_V1 } from '@/domain/questions.v1'
import { QUESTION_SET_V2 } from '@/domain/questions.v2'
import { QUESTION_SET_V3 } from '@/domain/questions.v3'
import { scoreAssessment } from '@/domain/scoring'

/** A result of `set` with every question at `level`. */
const result = (set: QuestionSet, level: 1 | 2 | 3 | 4 | 5) =>
  scoreAssessment(Object.fromEntries(allQuestions(set).map((q) => [q.id, level])), set)

function mountPair(theirSet: QuestionSet, mySet: QuestionSet) {
  return mount(ResultsCompare, { props: { theirs: result(theirSet, 2), mine: result(mySet, 4), theirSet, mySet } })
}

const rowIds = (wrapper: ReturnType<typeof mountPair>) => wrapper.findAll('tr[data-compare]').map((r) => r.attributes('data-compare'))

describe('ResultsCompare', () => {
  it('sets two results of one question set side by side, sides included, with no caveat', () => {
    const wrapper = mountPair(QUESTION_SET_V3, QUESTION_SET_V3)
    expect(rowIds(wrapper)).toEqual(['culture', 'methods', 'transformation', 'decision', 'integration', 'overall', 'product', 'service'])
    expect(wrapper.find('[data-compare="product"]').text()).toBe('Product side2575+50')
    expect(wrapper.find('[data-testid="compare-caveat"]').exists()).toBe(false)
  })

  it('says when the two answered different question sets, and keeps the sides when both count them alike', () => {
    const wrapper = mountPair(QUESTION_SET_V2, QUESTION_SET_V3)
    expect(wrapper.get('[data-testid="compare-caveat"]').text()).toBe(
      'They answered question set 2 and you answered question set 3. Each result is scored by its own set’s rules and the sets ask partly different questions, so treat the differences as approximate. To compare like for like, ask them to answer question set 3 and send you a new link.',
    )
    expect(rowIds(wrapper)).toContain('product')
  })

  it('leaves out the sides when one question set counts questions about both for both sides and the other for neither', () => {
    const wrapper = mountPair(QUESTION_SET_V1, QUESTION_SET_V3)
    expect(wrapper.get('[data-testid="compare-caveat"]').text()).toContain('Product-side and service-side scores are not shown')
    expect(rowIds(wrapper)).toEqual(['culture', 'methods', 'transformation', 'decision', 'integration', 'overall'])
  })
})
