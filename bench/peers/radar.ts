// The bench's peer for a results link: a bare Vue + Pinia page that reads the same link with the
// app's own codec and draws the radar with Chart.js, loaded eagerly in the one bundle.
import { createApp, h, onMounted, ref } from 'vue'
import { createPinia } from 'pinia'
import { Chart, LineElement, PointElement, RadarController, RadialLinearScale } from 'chart.js'
import { questionSetByVersion } from '../../src/domain/questionSets'
import { decodeResultLink } from '../../src/domain/resultLink'
import { scoreAssessment } from '../../src/domain/scoring'

Chart.register(RadarController, RadialLinearScale, LineElement, PointElement)
Chart.defaults.animation = false

const App = {
  setup() {
    const canvas = ref<HTMLCanvasElement | null>(null)
    const drawn = ref(false)
    onMounted(() => {
      const decoded = decodeResultLink(location.hash)
      if (!decoded.ok || !canvas.value) return
      const score = scoreAssessment(decoded.state.answers, questionSetByVersion(decoded.state.questionSetVersion)!)
      new Chart(canvas.value, {
        type: 'radar',
        data: {
          labels: score.dimensions.map((d) => d.id),
          datasets: [{ label: 'Scores', data: score.dimensions.map((d) => d.score) }],
        },
        options: { scales: { r: { min: 0, max: 100 } } },
      })
      drawn.value = true
    })
    return () => h('main', [h('canvas', { ref: canvas, 'data-testid': 'results-radar', 'data-drawn': String(drawn.value) })])
  },
}

createApp(App).use(createPinia()).mount('#app')
