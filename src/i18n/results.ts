import type * as App from './en/app'
import type * as Assessment from './en/assessment'
import type * as Dimensions from './en/dimensions'
import type * as MarginFigures from './en/marginFigures'
import type * as Results from './en/results'
import type * as Roles from './en/roles'
import { wordsIn } from './language'
import type { Messages } from './messages'

type Modules = [Messages<typeof App>, Messages<typeof Assessment>, Messages<typeof Dimensions>, Messages<typeof MarginFigures>, Messages<typeof Results>, Messages<typeof Roles>]
const words = ([{ app }, { assessment }, { dimensions }, { marginFigures }, { results, wordFinding }, { roles }]: Modules) => ({
  ...app,
  ...assessment,
  ...dimensions,
  ...marginFigures,
  ...results,
  roles,
  wordFinding,
})

/** The words of the results page, which also shows answers and margins, in each language. */
export const resultsEditions = {
  en: () =>
    Promise.all([
      import('./en/app'),
      import('./en/assessment'),
      import('./en/dimensions'),
      import('./en/marginFigures'),
      import('./en/results'),
      import('./en/roles'),
    ]).then(words),
  de: () =>
    Promise.all([
      import('./de/app'),
      import('./de/assessment'),
      import('./de/dimensions'),
      import('./de/marginFigures'),
      import('./de/results'),
      import('./de/roles'),
    ]).then(words),
}

export const t = await wordsIn(resultsEditions)

/** A finding in words: what was seen, and what to do. */
export const wordFinding: typeof Results.wordFinding = (finding, fmt) => t.wordFinding(finding, fmt)

/** The words of each question, from its own question set, and the advice for a step up. */
export { loadQuestionWords, stepAdvice, wordsOf } from './questions'
