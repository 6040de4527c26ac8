import { app } from './en/app'
import { share } from './en/share'

/** The words of the share panel. */
export const t = { ...app, ...share }
