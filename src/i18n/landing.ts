import { app } from './en/app'
import { landing } from './en/landing'

/** The words of the start page. */
export const t = { ...app, ...landing }
