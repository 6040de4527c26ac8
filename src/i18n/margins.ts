import { app } from './en/app'
import { marginFigures } from './en/marginFigures'
import { margins } from './en/margins'

/** The words of the margin calculator. */
export const t = { ...app, ...margins, ...marginFigures }
