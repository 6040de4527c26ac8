import { watch } from 'vue'
import { createRouter, createWebHashHistory, type RouteLocationNormalized, type RouteComponent } from 'vue-router'
import { t } from '@/i18n'
import { language } from '@/i18n/language'
import LandingView from '@/views/LandingView.vue'
import { ROUTES } from './routes'

// The start page comes with the app, so a first visit needs no further round trip. Every other
// view is its own chunk, loaded when its page opens.
const views: Record<string, RouteComponent | (() => Promise<{ default: RouteComponent }>)> = {
  ...import.meta.glob<{ default: RouteComponent }>(['../views/*View.vue', '!../views/LandingView.vue']),
  '../views/LandingView.vue': LandingView,
}

const router = createRouter({
  // The hash keeps every route, and a results link's payload, out of server requests and logs.
  history: createWebHashHistory(),
  routes: ROUTES.map(({ name, path, view }) => ({ name, path, component: views[`../views/${view}.vue`]! })),
  scrollBehavior: () => ({ top: 0 }),
})

// Every page has its own title, so browser history, tabs and screen readers tell them apart;
// in the page's language.
function showTitle(to: RouteLocationNormalized) {
  const title = t.titles[(to.name as keyof typeof t.titles) ?? 'home'] ?? t.titles['not-found']
  document.title = to.name === 'home' ? t.appName : `${title} — ${t.appName}`
}
router.afterEach(showTitle)
watch(language, () => showTitle(router.currentRoute.value))

export default router
