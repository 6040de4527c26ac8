import { app } from './en/app'
import { assessment } from './en/assessment'

/** The words of the assessment pages. */
export const t = { ...app, ...assessment }
