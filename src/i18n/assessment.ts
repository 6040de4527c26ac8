import { app } from './en/app'
import { dimensions } from './en/dimensions'
import { assessment } from './en/assessment'

/** The words of the assessment pages. */
export const t = { ...app, ...assessment, ...dimensions }

/** The words of each question, from its own question set. */
export { wordsOf } from './en/questions'
