// Loaded with the results: only what a radar chart needs. Legends are drawn as HTML beside it.
import {
  Chart,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  type Plugin,
} from 'chart.js'
import { applyChartDefaults } from './chartDefaults'

/**
 * Fills each radar polygon with its dataset's background colour. Chart.js's Filler plugin does
 * this too, but costs 2.5 KB gzip on a page with a size budget, for one closed path.
 */
const radarFill: Plugin<'radar'> = {
  id: 'radarFill',
  beforeDatasetDraw(chart, { index, meta }) {
    const points = meta.data.filter((point) => !(point as { skip?: boolean }).skip)
    const color = chart.data.datasets[index]?.backgroundColor
    if (points.length < 3 || typeof color !== 'string') return
    const { ctx } = chart
    ctx.save()
    ctx.beginPath()
    points.forEach((point, i) => (i === 0 ? ctx.moveTo(point.x, point.y) : ctx.lineTo(point.x, point.y)))
    ctx.closePath()
    ctx.fillStyle = color
    ctx.fill()
    ctx.restore()
  },
}

Chart.register(RadarController, RadialLinearScale, LineElement, PointElement, radarFill)
applyChartDefaults(Chart)

export { Chart }
