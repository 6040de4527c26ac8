import { app } from './en/app'
import { lifetime } from './en/lifetime'
import { marginFigures } from './en/marginFigures'

/** The words of the margins over the product's life and of the margin chart. */
export const t = { ...app, ...lifetime, ...marginFigures }
