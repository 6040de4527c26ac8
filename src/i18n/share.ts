import type * as App from './en/app'
import type * as Share from './en/share'
import { wordsIn } from './language'
import type { Messages } from './messages'

const words = ([{ app }, { share }]: [Messages<typeof App>, Messages<typeof Share>]) => ({ ...app, ...share })

/** The words of the share panel. */
export const t = await wordsIn({
  en: () => Promise.all([import('./en/app'), import('./en/share')]).then(words),
  de: () => Promise.all([import('./de/app'), import('./de/share')]).then(words),
})
