import type * as App from './en/app'
import type * as Storage from './en/storage'
import { wordsIn } from './language'
import type { Messages } from './messages'

const words = ([{ app }, { storage }]: [Messages<typeof App>, Messages<typeof Storage>]) => ({ ...app, ...storage })

/** The words of the notices about saved data. */
export const t = await wordsIn({
  en: () => Promise.all([import('./en/app'), import('./en/storage')]).then(words),
  de: () => Promise.all([import('./de/app'), import('./de/storage')]).then(words),
})
