import { shared } from './en/sharedLink'
import { workshop } from './en/workshop'
import { t as results } from './results'

/** The words of results opened from a link, and of the page that compares several links. */
export const t = { ...results, ...shared, ...workshop }

export { wordsOf } from './results'
