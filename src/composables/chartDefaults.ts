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

/** Gridline colours of a value axis: the zero line dark, the others light. */
export const zeroLine = (ctx: ScriptableScaleContext) => (ctx.tick?.value === 0 ? '#374151' : '#e5e7eb')
