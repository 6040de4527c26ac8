import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ResultsRecommendations from '@/components/ResultsRecommendations.vue'
import { prioritise } from '@/domain/findings'
import { allQuestions, type Answers } from '@/domain/questionSet'
import { QUESTION_SET_V2 } from '@/domain/questions.v2'
import { wordsOf } from '@/i18n/results'

const set = QUESTION_SET_V2
const questions = allQuestions(set)
const allAt4: Answers = Object.fromEntries(questions.map((q) => [q.id, 4]))

function mountFor(answers: Answers) {
  return mount(ResultsRecommendations, { props: { recommendations: prioritise(answers, set), set } })
}

describe('ResultsRecommendations', () => {
  it('names the first three steps as where to start, in order, then the rest by area', () => {
    const wrapper = mountFor({ ...allAt4, 'decision-sponsor': 1, 'methods-supply': 2 })
    const priorities = wrapper.findAll('[data-testid="priority"]')
    expect(priorities.map((p) => p.attributes('data-question'))).toEqual(['decision-sponsor', 'methods-supply', 'decision-staying-power'])
    expect(wrapper.findAll('h3').map((h) => h.text())).toEqual(['Where to start', 'The other steps, by area'])
    // 25 open steps: 3 to start with, 22 below, none twice.
    const rest = wrapper.findAll('.recommendations__group li').map((li) => li.attributes('data-recommendation'))
    expect(rest).toHaveLength(22)
    expect(rest).not.toContain('decision-sponsor')
    expect(wrapper.findAll('.recommendations__group h4').map((h) => h.text())).toEqual([
      'Culture',
      'Methods',
      'Transformation',
      'Decision',
      'Integration',
    ])
  })

  it('shows the advice for the level answered and what the next level looks like', () => {
    const sponsor = wordsOf(set, 'decision-sponsor')
    const text = mountFor({ 'decision-sponsor': 2 }).get('[data-testid="priority"]').text()
    expect(text).toContain(`Decision: ${sponsor.text}`)
    expect(text).toContain('Answered at level 2.')
    expect(text).toContain(`From level 2 to 3: ${sponsor.advice[1]}`)
    expect(text).toContain(`Level 3 looks like this: “${sponsor.levels[2]}”`)
    expect(text).not.toContain(sponsor.advice[0])
  })

  it('says so when there is nothing to improve', () => {
    const wrapper = mountFor(Object.fromEntries(questions.map((q) => [q.id, 5])))
    expect(wrapper.findAll('[data-testid="priority"]')).toHaveLength(0)
    expect(wrapper.text()).toContain('Every answered question is at the top level')
  })
})
