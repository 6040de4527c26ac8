import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import router from './router'
import './assets/main.css'

// The chunks of the page in the address (a results link: its view) start loading from a
// script in <head> before this one runs: see build/routePreload.ts.

const app = createApp(App)
app.use(createPinia())
app.use(router)
app.mount('#app')
