// Loaded on demand: registers only the Chart.js parts the app draws with.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
} from 'chart.js'

Chart.register(
  RadarController,
  RadialLinearScale,
  LineController,
  LineElement,
  PointElement,
  Filler,
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
)

Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'
Chart.defaults.color = '#1f2937'
// Charts follow the data at once: no animation to wait for, and nothing moves for people who prefer it still.
Chart.defaults.animation = false

export { Chart }
