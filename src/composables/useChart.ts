import { onBeforeUnmount, onMounted, ref, shallowRef, watch, type Ref } from 'vue'
import type { Chart, ChartConfiguration } from 'chart.js'

/** Which Chart.js build a chart needs: the radar alone, or the margin calculator's bar and line charts. */
export type ChartKind = 'radar' | 'margins'

const loaders = {
  radar: () => import('./chartRadar'),
  margins: () => import('./chartMargins'),
} satisfies Record<ChartKind, () => Promise<{ Chart: typeof Chart }>>

/**
 * Draws a Chart.js chart on `canvas` once Chart.js has loaded, and redraws it when
 * `config()` changes. `drawn` turns true after the first paint.
 */
export function useChart(kind: ChartKind, canvas: Ref<HTMLCanvasElement | null>, config: () => ChartConfiguration) {
  const chart = shallowRef<Chart>()
  const drawn = ref(false)
  let unmounted = false

  onMounted(async () => {
    const { Chart } = await loaders[kind]()
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
