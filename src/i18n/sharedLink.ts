import type * as SharedLink from './en/sharedLink'
import type * as Workshop from './en/workshop'
import { wordsIn } from './language'
import type { Messages } from './messages'
import { resultsEditions } from './results'

type Modules = [Awaited<ReturnType<typeof resultsEditions.en>>, Messages<typeof SharedLink>, Messages<typeof Workshop>]
const words = ([results, { shared }, { workshop }]: Modules) => ({ ...results, ...shared, ...workshop })

/** The words of results opened from a link, and of the page that compares several links. */
export const t = await wordsIn({
  en: () => Promise.all([resultsEditions.en(), import('./en/sharedLink'), import('./en/workshop')]).then(words),
  de: () => Promise.all([resultsEditions.de(), import('./de/sharedLink'), import('./de/workshop')]).then(words),
})

export { wordsOf } from './results'
