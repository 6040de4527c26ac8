import { app } from './en/app'
import { assessment } from './en/assessment'
import { marginFigures } from './en/marginFigures'
import { results } from './en/results'

/** The words of the results and shared-link pages, which also show answers and margins. */
export const t = { ...app, ...assessment, ...marginFigures, ...results }
