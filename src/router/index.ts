import { createRouter, createWebHashHistory } from 'vue-router'
import { t } from '@/i18n'

const router = createRouter({
  // The hash keeps every route, and a results link's payload, out of server requests and logs.
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'home', component: () => import('@/views/LandingView.vue') },
    { path: '/assessment/:step?', name: 'assessment', component: () => import('@/views/AssessmentView.vue') },
    { path: '/results', name: 'results', component: () => import('@/views/ResultsView.vue') },
    { path: '/margins', name: 'margins', component: () => import('@/views/MarginsView.vue') },
    { path: '/r/:payload(.*)', name: 'shared', component: () => import('@/views/SharedResultView.vue') },
    { path: '/compare', name: 'compare', component: () => import('@/views/CompareLinksView.vue') },
    { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/views/NotFoundView.vue') },
  ],
  scrollBehavior: () => ({ top: 0 }),
})

// Every page has its own title, so browser history, tabs and screen readers tell them apart.
router.afterEach((to) => {
  const title = t.titles[(to.name as keyof typeof t.titles) ?? 'home'] ?? t.titles['not-found']
  document.title = to.name === 'home' ? t.appName : `${title} — ${t.appName}`
})

export default router
