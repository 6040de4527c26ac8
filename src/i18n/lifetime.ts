import type * as App from './en/app'
import type * as Lifetime from './en/lifetime'
import type * as MarginFigures from './en/marginFigures'
import { wordsIn } from './language'
import type { Messages } from './messages'

const words = ([{ app }, { lifetime }, { marginFigures }]: [Messages<typeof App>, Messages<typeof Lifetime>, Messages<typeof MarginFigures>]) => ({
  ...app,
  ...lifetime,
  ...marginFigures,
})

/** The words of the margins over the product's life and of the margin chart. */
export const t = await wordsIn({
  en: () => Promise.all([import('./en/app'), import('./en/lifetime'), import('./en/marginFigures')]).then(words),
  de: () => Promise.all([import('./de/app'), import('./de/lifetime'), import('./de/marginFigures')]).then(words),
})
