import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import AssessmentQuestion from '@/components/AssessmentQuestion.vue'
import { QUESTION_SET_V1 } from '@/domain/questions.v1'
import { wordsOf } from '@/i18n/assessment'

const set = QUESTION_SET_V1
const question = set.dimensions[0]!.questions[2]!
const words = wordsOf(set, question.id)

describe('AssessmentQuestion', () => {
  it('is a fieldset whose legend is the question, with six labelled radios in level order', () => {
    const wrapper = mount(AssessmentQuestion, { props: { question, set, number: 3 } })
    expect(wrapper.find('fieldset legend').text()).toContain(words.text)
    const radios = wrapper.findAll('input[type="radio"]')
    expect(radios.map((r) => r.attributes('value'))).toEqual(['1', '2', '3', '4', '5', 'na'])
    const labels = wrapper.findAll('label')
    words.levels.forEach((level, i) => expect(labels[i]!.text()).toContain(level))
    expect(labels[5]!.text()).toContain('Don’t know')
    expect(radios.every((r) => r.attributes('name') === question.id)).toBe(true)
  })

  it.each([
    ['1', 1],
    ['4', 4],
    ['5', 5],
    ['na', 'na'],
  ] as const)('emits the chosen answer %s', async (value, answer) => {
    const wrapper = mount(AssessmentQuestion, { props: { question, set, number: 3 } })
    await wrapper.find(`input[value="${value}"]`).setValue(true)
    expect(wrapper.emitted('answer')).toEqual([[question.id, answer]])
  })

  it('shows the saved answer as checked', () => {
    const wrapper = mount(AssessmentQuestion, { props: { question, set, number: 3, answer: 2 } })
    expect((wrapper.find('input[value="2"]').element as HTMLInputElement).checked).toBe(true)
    expect((wrapper.find('input[value="3"]').element as HTMLInputElement).checked).toBe(false)
  })

  it('names its side and cites the essay', () => {
    const wrapper = mount(AssessmentQuestion, { props: { question, set, number: 3 } })
    expect(wrapper.text()).toContain('Service side')
    expect(wrapper.text()).toContain('The essay, “On Digitalised Product Management”:')
    expect(wrapper.find('blockquote').text()).toBe(words.quote)
    expect(wrapper.find('fieldset').attributes()).toMatchObject({ 'data-question': question.id, 'data-side': 'service' })
  })
})
