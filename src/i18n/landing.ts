import { app } from './en/app'
import { dimensions } from './en/dimensions'
import { landing } from './en/landing'

/** The words of the start page. */
export const t = { ...app, ...landing, ...dimensions }
