// Loaded with the margin calculator: bar and line charts on linear and category axes.
// Imported under its own module id (see env.d.ts) so that the bundler tree-shakes this copy of
// Chart.js on its own: the results page then carries only the radar's parts.
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
} from 'chart.js?margins'
import { applyChartDefaults } from './chartDefaults'

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend)
applyChartDefaults(Chart)

export { Chart }
