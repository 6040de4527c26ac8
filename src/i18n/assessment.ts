import { app } from './en/app'
import { areas } from './en/areas'
import { assessment } from './en/assessment'

/** The words of the assessment pages. */
export const t = { ...app, ...assessment, ...areas }

/** The words of each question, from its own edition. */
export { wordsOf } from './en/questions'
