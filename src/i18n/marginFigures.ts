import type * as App from './en/app'
import type * as MarginFigures from './en/marginFigures'
import { wordsIn } from './language'
import type { Messages } from './messages'

const words = ([{ app }, { marginFigures }]: [Messages<typeof App>, Messages<typeof MarginFigures>]) => ({ ...app, ...marginFigures })

/** The words of the margin figures table. */
export const t = await wordsIn({
  en: () => Promise.all([import('./en/app'), import('./en/marginFigures')]).then(words),
  de: () => Promise.all([import('./de/app'), import('./de/marginFigures')]).then(words),
})
