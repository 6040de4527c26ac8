import type { Finding } from '@/domain/findings'
import type * as App from './en/app'
import type * as Assessment from './en/assessment'
import type * as Dimensions from './en/dimensions'
import type * as MarginFigures from './en/marginFigures'
import type * as Results from './en/results'
import type { FindingFormat } from './en/results'
import type * as Roles from './en/roles'
import { wordsIn } from './language'
import type { Messages } from './messages'

type Modules = [Messages<typeof App>, Messages<typeof Assessment>, Messages<typeof Dimensions>, Messages<typeof MarginFigures>, Messages<typeof Results>, Messages<typeof Roles>]
const words = ([{ app }, { assessment }, { dimensions }, { marginFigures }, { results }, { roles }]: Modules) => ({
  ...app,
  ...assessment,
  ...dimensions,
  ...marginFigures,
  ...results,
  roles,
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

/**
 * A finding in words, in the page's language: what was seen, and what to do next, or null where
 * that is the next step of the question the finding reads (see FINDING_QUESTION). The id picks
 * the wording, so the pair always matches.
 */
export function wordFinding(finding: Finding, fmt: FindingFormat): { seen: string; todo: string | null } {
  const words = t.findings[finding.id] as {
    seen: (f: Finding, fmt: FindingFormat) => string
    todo: string | ((f: Finding) => string) | null
  }
  return { seen: words.seen(finding, fmt), todo: typeof words.todo === 'function' ? words.todo(finding) : words.todo }
}

/** The words of each question, from its own question set, and the advice for a step up. */
export { loadQuestionWords, stepAdvice, wordsOf } from './questions'
