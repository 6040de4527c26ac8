import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ResultsRadarChart from '@/components/ResultsRadarChart.vue'

const axes = ['Culture', 'Methods', 'Transformation', 'Decision', 'Integration']

function coordinates(points: string | undefined): [number, number][] {
  return (points ?? '').split(' ').map((pair) => pair.split(',').map(Number) as [number, number])
}

describe('ResultsRadarChart', () => {
  it('draws five axes with their names, five gridlines and a described image', () => {
    const wrapper = mount(ResultsRadarChart, {
      props: { axes, series: [{ label: 'Mine', values: [100, 50, 0, 25, 75], color: '#1d4ed8' }], description: 'Radar: Culture 100' },
    })
    const svg = wrapper.get('svg[role="img"]')
    expect(svg.attributes('aria-label')).toBe('Radar: Culture 100')
    expect(svg.attributes('data-drawn')).toBe('true')
    expect(wrapper.findAll('.radar__labels text').map((t) => t.text())).toEqual(axes)
    expect(wrapper.findAll('.radar__grid polygon')).toHaveLength(5)
    expect(wrapper.findAll('.radar__grid line')).toHaveLength(5)
  })

  it('puts each score at its distance from the centre, the first axis pointing up', () => {
    const wrapper = mount(ResultsRadarChart, {
      props: { axes, series: [{ label: 'Mine', values: [100, 50, 0, 25, 75], color: '#1d4ed8' }], description: '' },
    })
    const outer = coordinates(wrapper.findAll('.radar__grid polygon').at(-1)?.attributes('points'))
    const shape = coordinates(wrapper.get('.radar__series polygon').attributes('points'))
    const [cx, cy] = [210, 210]
    const radius = Math.hypot(outer[0]![0] - cx, outer[0]![1] - cy)
    expect(outer[0]).toEqual([210, 80]) // straight up, at 100
    expect(shape[0]).toEqual([210, 80]) // culture at 100
    expect(shape[2]).toEqual([210, 210]) // transformation at 0: the centre
    expect(Math.hypot(shape[1]![0] - cx, shape[1]![1] - cy)).toBeCloseTo(radius / 2, 0)
    expect(Math.hypot(shape[3]![0] - cx, shape[3]![1] - cy)).toBeCloseTo(radius / 4, 0)
  })

  it('leaves a gap for a dimension that is not assessed instead of drawing a 0', () => {
    const wrapper = mount(ResultsRadarChart, {
      props: { axes, series: [{ label: 'Mine', values: [80, null, 60, 40, 20], color: '#1d4ed8' }], description: '' },
    })
    expect(wrapper.find('.radar__series polygon').exists()).toBe(false)
    // Lines join neighbours that are both assessed: transformation–decision, decision–integration, integration–culture.
    expect(wrapper.findAll('.radar__series polyline')).toHaveLength(3)
    expect(wrapper.findAll('.radar__series circle')).toHaveLength(4)
  })

  it('draws one shape per series and a colour key when there are several', () => {
    const wrapper = mount(ResultsRadarChart, {
      props: {
        axes,
        series: [
          { label: 'Median', values: [50, 50, 50, 50, 50], color: '#111111' },
          { label: 'Anna', values: [10, 20, 30, 40, 50], color: '#b91c1c' },
        ],
        description: '',
      },
    })
    expect(wrapper.findAll('.radar__series')).toHaveLength(2)
    expect(wrapper.findAll('.radar__series polygon').map((p) => p.attributes('stroke'))).toEqual(['#111111', '#b91c1c'])
    expect(wrapper.findAll('.chart__legend li').map((li) => li.text())).toEqual(['Median', 'Anna'])
  })
})
