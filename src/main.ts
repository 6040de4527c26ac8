import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import router from './router'
import './assets/main.css'

// The chunks of the page in the address (a results link: its view and Chart.js) start loading
// from a script in <head> before this one runs: see routePreload in vite.config.ts.

const app = createApp(App)
app.use(createPinia())
app.use(router)
app.mount('#app')
