import { createRouter, createWebHashHistory, type RouteComponent } from 'vue-router'
import { t } from '@/i18n'
import { ROUTES } from './routes'

// Each view is its own chunk, loaded when its page opens.
const views = import.meta.glob<{ default: RouteComponent }>('../views/*View.vue')

const router = createRouter({
  // The hash keeps every route, and a results link's payload, out of server requests and logs.
  history: createWebHashHistory(),
  routes: ROUTES.map(({ name, path, view }) => ({ name, path, component: views[`../views/${view}.vue`]! })),
  scrollBehavior: () => ({ top: 0 }),
})

// Every page has its own title, so browser history, tabs and screen readers tell them apart.
router.afterEach((to) => {
  const title = t.titles[(to.name as keyof typeof t.titles) ?? 'home'] ?? t.titles['not-found']
  document.title = to.name === 'home' ? t.appName : `${title} — ${t.appName}`
})

export default router
