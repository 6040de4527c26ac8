import { app } from './en/app'
import { areas } from './en/areas'
import { landing } from './en/landing'

/** The words of the start page. */
export const t = { ...app, ...landing, ...areas }
