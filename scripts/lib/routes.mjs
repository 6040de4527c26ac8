// The app's route table (src/router/routes.ts), read by the scripts that measure the build, so
// that none restates a route's path, prefix or view.
import { createJiti } from 'jiti'

const jiti = createJiti(import.meta.url)

/** @type {typeof import('../../src/router/routes.ts')} */
const routes = await jiti.import('../../src/router/routes.ts')

export const { ROUTES, routeHash } = routes
