import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import router, { loadSharedResultView } from './router'
import { preloadChart } from './composables/useChart'
import './assets/main.css'

// Opening a results link: fetch its view and Chart.js at once, in parallel with starting the app.
if (location.hash.startsWith('#/r/')) {
  void loadSharedResultView()
  void preloadChart()
}

const app = createApp(App)
app.use(createPinia())
app.use(router)
app.mount('#app')
