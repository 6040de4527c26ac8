import { app } from './en/app'
import { areas } from './en/areas'
import { assessment } from './en/assessment'
import { marginFigures } from './en/marginFigures'
import { results } from './en/results'

/** The words of the results and shared-link pages, which also show answers and margins. */
export const t = { ...app, ...assessment, ...areas, ...marginFigures, ...results }

/** The words of each question, from its own edition, and the advice for a step up. */
export { stepAdvice, wordsOf } from './en/questions'
