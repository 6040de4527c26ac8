import { onBeforeUnmount, onMounted, ref, shallowRef, watch, type Ref } from 'vue'
import type { Chart, ChartConfiguration } from 'chart.js'

/**
 * Draws a Chart.js chart on `canvas` once Chart.js has loaded (with the margin calculator only),
 * and redraws it when `config()` changes. `drawn` turns true after the first paint.
 */
export function useChart(canvas: Ref<HTMLCanvasElement | null>, config: () => ChartConfiguration) {
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
