import { app } from './en/app'
import { marginFigures } from './en/marginFigures'

/** The words of the margin figures table. */
export const t = { ...app, ...marginFigures }
