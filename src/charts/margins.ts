// Loaded with the margin calculator: bar and line charts on linear and category axes. The
// readiness radar is an SVG component of our own (ResultsRadarChart), so Chart.js loads here only.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
} from 'chart.js'
import { applyChartDefaults } from './defaults'

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend)
applyChartDefaults(Chart)

export { Chart }
