import { app } from './en/app'

/**
 * The words people read, by feature, so that each page loads only its own. English is the
 * only language so far; a German one adds `de/` beside `en/` with the same shapes.
 */
export const t = app
