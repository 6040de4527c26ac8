import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ResultsRecommendations from '@/components/ResultsRecommendations.vue'
import { prioritise } from '@/domain/findings'
import { allQuestions, ROLE_IDS, type Answers, type RoleId } from '@/domain/questionSet'
import { QUESTION_SET_V2 } from '@/domain/questions.v2'
import { QUESTION_SET_V3 } from '@/domain/questions.v3'
import { t, wordsOf } from '@/i18n/results'

const set = QUESTION_SET_V2
const questions = allQuestions(set)
const allAt4: Answers = Object.fromEntries(questions.map((q) => [q.id, 4]))

function mountFor(answers: Answers) {
  return mount(ResultsRecommendations, { props: { recommendations: prioritise(answers, set), set } })
}

describe('ResultsRecommendations', () => {
  it('names the first three steps as where to start, in order, then the rest by dimension', () => {
    const wrapper = mountFor({ ...allAt4, 'decision-sponsor': 1, 'methods-supply': 2 })
    const priorities = wrapper.findAll('[data-testid="priority"]')
    expect(priorities.map((p) => p.attributes('data-question'))).toEqual(['decision-sponsor', 'methods-supply', 'decision-staying-power'])
    expect(wrapper.findAll('h3').map((h) => h.text())).toEqual(['Where to start', 'The other steps, by dimension'])
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
    // Set 2 names no one: no owner, no first move; its advice and the next level are marked.
    const step = mountFor({ 'decision-sponsor': 2 }).get('[data-testid="priority"]')
    expect(step.attributes('data-owner')).toBeUndefined()
    expect(step.find('[data-part="first-move"]').exists()).toBe(false)
    expect(step.get('[data-part="advice"]').text()).toBe(sponsor.advice[1])
    expect(step.get('[data-part="next-level"]').text()).toBe(sponsor.levels[2])
  })

  it('says so when there is nothing to improve', () => {
    const wrapper = mountFor(Object.fromEntries(questions.map((q) => [q.id, 5])))
    expect(wrapper.findAll('[data-testid="priority"]')).toHaveLength(0)
    expect(wrapper.text()).toContain('Every answered question is at the top level')
  })
})

describe('ResultsRecommendations, question set 3', () => {
  const v3 = QUESTION_SET_V3
  const v3Questions = allQuestions(v3)
  const mount3 = (answers: Answers) => mount(ResultsRecommendations, { props: { recommendations: prioritise(answers, v3), set: v3 } })

  it.each([1, 2, 3, 4] as const)('answered all at level %i: every question has a step with who moves first, the first move and the level it leads to', (level) => {
    const wrapper = mount3(Object.fromEntries(v3Questions.map((q) => [q.id, level])))
    const steps = wrapper.findAll('[data-recommendation]')
    expect(steps.map((s) => s.attributes('data-recommendation')).sort()).toEqual(v3Questions.map((q) => q.id).sort())
    const moves = new Set<string>()
    for (const step of steps) {
      const question = v3Questions.find((q) => q.id === step.attributes('data-recommendation'))!
      const owner = step.attributes('data-owner')
      expect(ROLE_IDS).toContain(owner)
      expect(owner).toBe(question.owners?.[level - 1])
      expect(step.text()).toContain(`Who moves first: ${t.roles[owner as RoleId]}`)
      const words = wordsOf(v3, question.id)
      expect(step.get('[data-part="first-move"]').text()).toBe(words.advice[level - 1])
      expect(step.get('[data-part="next-level"]').text()).toBe(words.levels[level])
      moves.add(step.get('[data-part="first-move"]').text())
    }
    expect(moves.size).toBe(25)
  })

  it('starts with what customers already rely on before a new offer: culture-anytime, then the first transformation question', () => {
    const answers: Answers = {
      ...Object.fromEntries(v3Questions.map((q) => [q.id, 4])),
      'decision-sponsor': 5,
      'culture-anytime': 1,
      'transformation-sell': 1,
    }
    const priorities = mount3(answers).findAll('[data-testid="priority"]')
    expect(priorities.map((p) => p.attributes('data-question'))).toEqual(['culture-anytime', 'transformation-sell', 'decision-staying-power'])
  })

  it('explains the order with this question set’s dimensions', () => {
    expect(mount3({ 'culture-anytime': 1 }).text()).toContain('the dimension decides, in this order: Decision, Culture, Methods, Integration, Transformation.')
  })
})
