import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ResultsScores from '@/components/ResultsScores.vue'
import { QUESTION_SET_V1 } from '@/domain/questions.v1'
import type { AssessmentScore } from '@/domain/scoring'

const score: AssessmentScore = {
  dimensions: [
    { id: 'culture', score: 62.5, level: 4, answered: 4, total: 5 },
    { id: 'methods', score: null, level: null, answered: 0, total: 5 },
    { id: 'transformation', score: 19.99, level: 1, answered: 5, total: 5 },
    { id: 'decision', score: 100, level: 5, answered: 5, total: 5 },
    { id: 'integration', score: 40, level: 3, answered: 2, total: 5 },
  ],
  overall: 55.6225,
  overallLevel: 3,
  sides: { product: 71.4, service: 38.6 },
  answered: 16,
  total: 25,
  coverage: 0.64,
}

describe('ResultsScores', () => {
  const wrapper = mount(ResultsScores, { props: { score, bothSide: QUESTION_SET_V1.bothSide } })
  const byTestId = (id: string) => wrapper.find(`[data-testid="${id}"]`).text()

  it('shows the overall score rounded and its level with number and name', () => {
    expect(byTestId('overall-score')).toBe('56')
    expect(byTestId('overall-level')).toBe('Level 3: Defined')
  })

  it('shows each dimension rounded, or "not assessed"', () => {
    expect(byTestId('dimension-score-culture')).toBe('63')
    expect(byTestId('dimension-score-methods')).toBe('not assessed')
    expect(byTestId('dimension-score-transformation')).toBe('20')
    expect(byTestId('dimension-score-decision')).toBe('100')
    expect(byTestId('dimension-score-integration')).toBe('40')
  })

  it('shows both sides and which is ahead', () => {
    expect(byTestId('side-score-product')).toBe('71')
    expect(byTestId('side-score-service')).toBe('39')
    expect(wrapper.text()).toContain('Product side is ahead by 32 points')
  })

  it('shows coverage and a table equivalent of the radar chart', () => {
    expect(byTestId('coverage')).toContain('16 of 25 questions answered (64 %)')
    const rows = wrapper.findAll('table tbody tr')
    expect(rows).toHaveLength(5)
    expect(rows[2]!.text()).toContain('Transformation')
    expect(rows[2]!.text()).toContain('1 Absent')
    expect(wrapper.find('svg[role="img"]').attributes('aria-label')).toContain('Culture: 63')
  })

  it('says "not assessed" when nothing is answered', () => {
    const empty = mount(ResultsScores, {
      props: {
        score: { ...score, overall: null, overallLevel: null, sides: { product: null, service: null }, answered: 0, coverage: 0 },
        bothSide: QUESTION_SET_V1.bothSide,
      },
    })
    expect(empty.find('[data-testid="overall-score"]').text()).toBe('not assessed')
    expect(empty.find('[data-testid="side-score-service"]').text()).toBe('not assessed')
  })
})
