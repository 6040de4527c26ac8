import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import MarginsLifetimeChart from '@/components/MarginsLifetimeChart.vue'
import MarginsMarginChart from '@/components/MarginsMarginChart.vue'
import type { LifetimeProjection, YearProjection } from '@/domain/lifetime'
import type { MarginLine, MarginResult } from '@/domain/margins'

// Chart.js draws nothing in happy-dom: keep what each chart would hand it, and check that.
const drawnWith = vi.hoisted(() => ({ config: undefined as (() => unknown) | undefined }))
vi.mock('@/composables/useChart', () => ({
  useChart: (_canvas: unknown, config: () => unknown) => {
    drawnWith.config = config
    return { chart: ref(), drawn: ref(false) }
  },
}))
// Only what these tests read of a chart's configuration.
interface Axis {
  min: number
  max: number
  position?: string
  title: { text: string; color?: string }
  ticks: { color?: string; callback: (value: number) => string }
  grid: { display?: boolean }
}
interface Drawn {
  data: { labels: string[]; datasets: { type?: string; label: string; data: (number | null)[]; yAxisID?: string }[] }
  options: { scales: Record<string, Axis> }
}
const drawn = () => drawnWith.config!() as Drawn

function year(year: number, product: number, service: number, cumulative: number): YearProjection {
  const line = (profit: number) => ({ revenue: 0, cost: 0, profit })
  return { year, subscribersAtEnd: 0, product: line(product), service: line(service), combined: line(product + service), cumulativeServiceProfit: cumulative }
}

const projection: LifetimeProjection = {
  years: [year(1, 500_000, -20_000, -20_000), year(2, 500_000, 5_000, -15_000), year(3, 500_000, 10_000, -5_000)],
  servicePaysYear: 2,
  servicePaysBackYear: null,
  lifetimeValuePerSubscriber: 0,
  serviceShareOfProfitPct: null,
}

beforeEach(() => {
  drawnWith.config = undefined
})

describe('MarginsLifetimeChart', () => {
  it('is a described image that points to the table', () => {
    const wrapper = mount(MarginsLifetimeChart, { props: { projection, currency: 'EUR' } })
    const canvas = wrapper.get('canvas[role="img"]')
    expect(canvas.attributes('data-testid')).toBe('lifetime-chart')
    expect(canvas.attributes('aria-label')).toContain('the table “Profit of the product and the service, year by year”')
    expect(canvas.attributes('data-drawn')).toBe('false')
    expect(wrapper.get('div.chart').classes()).toContain('chart--line')
  })

  it('shows the product on the left axis and the service on the right, per year', () => {
    mount(MarginsLifetimeChart, { props: { projection, currency: 'EUR' } })
    const { data, options } = drawn()
    expect(data.labels.map((label) => label.replace(/\s/g, ' '))).toEqual(['Year 1', 'Year 2', 'Year 3'])
    expect(data.datasets.map((d) => [d.type, d.label, d.yAxisID, d.data])).toEqual([
      ['bar', 'Product profit', 'y', [500_000, 500_000, 500_000]],
      ['bar', 'Service profit', 'y1', [-20_000, 5_000, 10_000]],
      ['line', 'Service profit so far', 'y1', [-20_000, -15_000, -5_000]],
    ])
    const { y, y1 } = options.scales as { y: Axis; y1: Axis }
    expect([y.title.text, y.title.color, y.ticks.color]).toEqual(['Product profit per year', '#b45309', '#b45309'])
    expect([y1.position, y1.title.text, y1.title.color, y1.grid.display]).toEqual(['right', 'Service profit, per year and so far', '#1d4ed8', false])
    expect(y.ticks.callback(-250_000)).toBe('-€250K')
  })

  it('puts 0 at the same height on both axes, each covering its figures', () => {
    mount(MarginsLifetimeChart, { props: { projection, currency: 'EUR' } })
    const { y, y1 } = drawn().options.scales as { y: Axis; y1: Axis }
    const zeroHeight = (a: Axis) => -a.min / (a.max - a.min)
    expect(zeroHeight(y)).toBeCloseTo(zeroHeight(y1), 10)
    expect(zeroHeight(y)).toBeCloseTo(0.5, 10) // the service's worst loss is as deep as its best year is high
    // Both a little beyond the figures' reach: 8 % of headroom.
    expect([y.min, y.max]).toEqual([-540_000, 540_000])
    expect([y1.min, y1.max]).toEqual([-21_600, 21_600])
  })
})

describe('MarginsMarginChart', () => {
  const line = (marginPct: number | null): MarginLine => ({ revenue: 0, cost: 0, grossProfit: 0, marginPct })
  const result = (product: number | null, service: number | null, combined: number | null): MarginResult => ({
    product: line(product),
    service: line(service),
    combined: line(combined),
    serviceShareOfRevenuePct: null,
    breakEvenSubscribers: null,
  })

  it('keeps the margins-chart test id, is a described image and points to the figures table', () => {
    const wrapper = mount(MarginsMarginChart, { props: { result: result(40, -12, 30) } })
    const canvas = wrapper.get('canvas[role="img"]')
    expect(canvas.attributes('data-testid')).toBe('margins-chart')
    expect(canvas.attributes('aria-label')).toContain('the table above has the same figures')
    expect(wrapper.get('div.chart').classes()).toContain('chart--bar')
  })

  it('draws the margin in % of each side, leaving out a side without revenue', () => {
    mount(MarginsMarginChart, { props: { result: result(40, null, 30) } })
    const { data, options } = drawn()
    expect(data.labels).toEqual(['Product', 'Service', 'Combined'])
    expect(data.datasets[0]!.data).toEqual([40, null, 30])
    expect(options.scales.y!.ticks.callback(-20)).toBe('-20 %')
  })

  it('cuts a margin below -100 % off at -100 % and gives the figure in its label', () => {
    mount(MarginsMarginChart, { props: { result: result(40, -912.34, -5) } })
    const { data } = drawn()
    expect(data.labels).toEqual(['Product', 'Service (-912.3 %, cut off)', 'Combined'])
    expect(data.datasets[0]!.data).toEqual([40, -100, -5])
  })
})
