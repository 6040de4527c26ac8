/**
 * Every page of the app: its route name, path and view. The router and the build's route
 * preload (build/routePreload.ts) both read this one table. Plain data, so that the build can
 * import it.
 */
export const ROUTES = [
  { name: 'home', path: '/', view: 'LandingView' },
  { name: 'assessment', path: '/assessment/:step?', view: 'AssessmentView' },
  { name: 'results', path: '/results', view: 'ResultsView' },
  // The margin calculator draws with Chart.js: it loads with the page.
  { name: 'margins', path: '/margins', view: 'MarginsView', alsoLoads: ['src/composables/chartMargins.ts'] },
  { name: 'shared', path: '/r/:payload(.*)', view: 'SharedResultView' },
  { name: 'compare', path: '/compare', view: 'CompareLinksView' },
  // A team link: everyone's results in one link, shown on the compare page.
  { name: 'team', path: '/t/:payload(.*)', view: 'CompareLinksView' },
  { name: 'not-found', path: '/:pathMatch(.*)*', view: 'NotFoundView' },
] as const satisfies readonly { name: string; path: string; view: string; alsoLoads?: readonly string[] }[]

/** A route's name. */
export type RouteName = (typeof ROUTES)[number]['name']
