import type { Chart, ScriptableScaleContext } from 'chart.js'

/** Looks shared by every chart: the system font, the page's ink, no animation. */
export function applyChartDefaults(chart: typeof Chart) {
  chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'
  chart.defaults.color = '#1f2937'
  // Charts follow the data at once: nothing to wait for, and nothing moves for people who prefer it still.
  chart.defaults.animation = false
  // Every chart fills the box its CSS gives it (.chart--bar, .chart--line).
  chart.defaults.maintainAspectRatio = false
}

/**
 * The lowest margin a chart draws (percent). A margin is at most 100 %, but a service with few
 * subscribers loses many times its revenue: below this the chart is cut off, and the label or
 * the table gives the figure.
 */
export const MARGIN_FLOOR_PCT = -100

/** A tick of a percent axis: "25 %". */
export const pctTick = (value: number | string) => `${value} %`

/** Gridline colours of a value axis: the zero line dark, the others light. */
export const zeroLine = (ctx: ScriptableScaleContext) => (ctx.tick?.value === 0 ? '#374151' : '#e5e7eb')
