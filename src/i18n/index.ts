import type * as App from './en/app'
import { wordsIn } from './language'
import type { Messages } from './messages'

const words = ([{ app }]: [Messages<typeof App>]) => app

/** The words of the app's shell, in the page's language. Each page's words are in a module of their own. */
export const t = await wordsIn({
  en: () => Promise.all([import('./en/app')]).then(words),
  de: () => Promise.all([import('./de/app')]).then(words),
})
