import { app } from './en/app'
import { margins } from './en/margins'

/** The words of the margin calculator. */
export const t = { ...app, ...margins }
