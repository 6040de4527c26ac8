import { RESULT_LINK_PATH, TEAM_LINK_PATH } from '../domain/linkPaths.ts'

/**
 * Every page of the app: its route name, path and view. The router, the build's route preload
 * (build/routePreload.ts), the size budgets and the measuring scripts (scripts/lib/routes.mjs)
 * all read this one table. Plain data, so that the build and the scripts can import it.
 */
export const ROUTES = [
  { name: 'home', path: '/', view: 'LandingView' },
  { name: 'assessment', path: '/assessment/:step?', view: 'AssessmentView' },
  { name: 'results', path: '/results', view: 'ResultsView' },
  // The margin calculator draws with Chart.js: it loads with the page.
  { name: 'margins', path: '/margins', view: 'MarginsView', alsoLoads: ['src/charts/margins.ts'] },
  { name: 'shared', path: `${RESULT_LINK_PATH}:payload(.*)`, view: 'SharedResultView' },
  { name: 'compare', path: '/compare', view: 'CompareLinksView' },
  // A team link: everyone's results in one link, shown on the compare page.
  { name: 'team', path: `${TEAM_LINK_PATH}:payload(.*)`, view: 'CompareLinksView' },
  { name: 'not-found', path: '/:pathMatch(.*)*', view: 'NotFoundView' },
] as const satisfies readonly { name: string; path: string; view: string; alsoLoads?: readonly string[] }[]

/** A route's name. */
export type RouteName = (typeof ROUTES)[number]['name']

/**
 * The address fragment that opens route `name`, with `payload` for a link's route:
 * `routeHash('assessment')` is `#/assessment`, `routeHash('shared', p)` is `#/r/p`, and
 * `routeHash('shared', '')` the prefix of every results link, `#/r/`.
 */
export function routeHash(name: Exclude<RouteName, 'not-found'>, payload?: string): string {
  const stem = ROUTES.find((route) => route.name === name)!.path.split(':')[0]!
  return payload === undefined ? `#${stem.replace(/(.)\/$/, '$1')}` : `#${stem}${payload}`
}
