import { app } from './en/app'
import { dimensions } from './en/dimensions'
import { assessment } from './en/assessment'
import { marginFigures } from './en/marginFigures'
import { results } from './en/results'
import { roles } from './en/roles'

/** The words of the results and shared-link pages, which also show answers and margins. */
export const t = { ...app, ...assessment, ...dimensions, ...marginFigures, ...results, roles }

/** The words of each question, from its own question set, and the advice for a step up. */
export { loadQuestionWords, stepAdvice, wordsOf } from './en/questions'
export { wordFinding } from './en/results'
