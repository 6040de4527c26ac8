/*
 * The colours that tell what a mark stands for, in the Chart.js charts and on the radar: the one
 * source on the TypeScript side. src/assets/main.css names the same colours as custom properties
 * (--accent, --product, --service, --danger) for the CSS side; test/charts/palette.test.ts reads
 * the CSS and checks that the two agree.
 */

/** The app's accent: the result a page is about (yours, or yours now). `--accent` in main.css. */
export const ACCENT = '#0f766e'

/** Red for a line not to cross (the break-even). `--danger` in main.css. */
export const DANGER = '#b91c1c'

/** The colours of the product, the service and both together, the same in every chart. `--product` and `--service` in main.css. */
export const SIDE_COLOURS = { product: '#b45309', service: '#1d4ed8', combined: '#374151' } as const

/** The service's profit added up over the years: a darker shade of the service's colour. */
export const SERVICE_SO_FAR_COLOUR = '#1e3a8a'

/** Two results on one radar: the one the page is about, and the one it is compared with (someone's link, an earlier snapshot). */
export const PAIR_COLOURS = { own: ACCENT, other: '#7c3aed' } as const

/** The team's median on the workshop's radar. */
export const MEDIAN_COLOUR = '#111827'

/** The people on the workshop's radar, a colour each in turn: the pair's and the sides' first. */
export const PERSON_COLOURS = [
  PAIR_COLOURS.own,
  PAIR_COLOURS.other,
  SIDE_COLOURS.product,
  SIDE_COLOURS.service,
  '#be123c',
  '#4d7c0f',
  '#0e7490',
  '#a21caf',
  '#92400e',
  '#334155',
  '#15803d',
  '#c2410c',
] as const

/** The colour of the person at `index` (from 0): after the last colour, the palette starts again. */
export const personColour = (index: number): string => PERSON_COLOURS[index % PERSON_COLOURS.length]!
