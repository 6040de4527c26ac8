import { onBeforeUnmount, onMounted, ref, shallowRef, watch, type Ref } from 'vue'
import type { Chart, ChartConfiguration } from 'chart.js'
import { language } from '@/i18n/language'

/**
 * Draws a Chart.js chart on `canvas` once Chart.js has loaded (with the margin calculator only),
 * and redraws it when `chartConfig()` or the language changes. `drawn` turns true after the first paint.
 */
export function useChart(canvas: Ref<HTMLCanvasElement | null>, chartConfig: () => ChartConfiguration) {
  // Chart.js formats the numbers it writes itself (ticks without a callback, tooltips) in the page's language.
  const config = (): ChartConfiguration => {
    const c = chartConfig()
    return { ...c, options: { ...c.options, locale: language.value } } as ChartConfiguration
  }
  const chart = shallowRef<Chart>()
  const drawn = ref(false)
  let unmounted = false

  onMounted(async () => {
    const { Chart } = await import('@/charts/margins')
    if (unmounted || !canvas.value) return
    chart.value = new Chart(canvas.value, config())
    drawn.value = true
  })

  watch(config, (next) => {
    if (!chart.value) return
    chart.value.data = next.data
    if (next.options) chart.value.options = next.options
    chart.value.update()
  })

  onBeforeUnmount(() => {
    unmounted = true
    chart.value?.destroy()
  })

  return { chart, drawn }
}
