import type * as App from './en/app'
import type * as Dimensions from './en/dimensions'
import type * as Landing from './en/landing'
import { wordsIn } from './language'
import type { Messages } from './messages'

const words = ([{ app }, { landing }, { dimensions }]: [Messages<typeof App>, Messages<typeof Landing>, Messages<typeof Dimensions>]) => ({
  ...app,
  ...landing,
  ...dimensions,
})

/** The words of the start page. */
export const t = await wordsIn({
  en: () => Promise.all([import('./en/app'), import('./en/landing'), import('./en/dimensions')]).then(words),
  de: () => Promise.all([import('./de/app'), import('./de/landing'), import('./de/dimensions')]).then(words),
})
