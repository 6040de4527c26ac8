import type * as App from './en/app'
import type * as Assessment from './en/assessment'
import type * as Dimensions from './en/dimensions'
import { wordsIn } from './language'
import type { Messages } from './messages'

const words = ([{ app }, { assessment }, { dimensions }]: [Messages<typeof App>, Messages<typeof Assessment>, Messages<typeof Dimensions>]) => ({
  ...app,
  ...assessment,
  ...dimensions,
})

/** The words of the assessment pages. */
export const t = await wordsIn({
  en: () => Promise.all([import('./en/app'), import('./en/assessment'), import('./en/dimensions')]).then(words),
  de: () => Promise.all([import('./de/app'), import('./de/assessment'), import('./de/dimensions')]).then(words),
})

/** The words of each question, from its own question set. */
export { wordsOf } from './questions'
