import { app } from './en/app'
import { storage } from './en/storage'

/** The words of the notices about saved data. */
export const t = { ...app, ...storage }
