import type * as App from './en/app'
import type * as MarginFigures from './en/marginFigures'
import type * as Margins from './en/margins'
import { wordsIn } from './language'
import type { Messages } from './messages'

const words = ([{ app }, { margins }, { marginFigures }]: [Messages<typeof App>, Messages<typeof Margins>, Messages<typeof MarginFigures>]) => ({
  ...app,
  ...margins,
  ...marginFigures,
})

/** The words of the margin calculator. */
export const t = await wordsIn({
  en: () => Promise.all([import('./en/app'), import('./en/margins'), import('./en/marginFigures')]).then(words),
  de: () => Promise.all([import('./de/app'), import('./de/margins'), import('./de/marginFigures')]).then(words),
})
