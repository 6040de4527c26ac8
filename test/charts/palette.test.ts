import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ACCENT, DANGER, PAIR_COLOURS, PERSON_COLOURS, personColour, SIDE_COLOURS } from '@/charts/palette'

const css = readFileSync(join(import.meta.dirname, '../../src/assets/main.css'), 'utf8')

/** The value of a custom property set in main.css's :root. */
function customProperty(name: string): string | undefined {
  return new RegExp(`^\\s*--${name}:\\s*([^;]+);`, 'm').exec(css)?.[1]?.trim().toLowerCase()
}

describe('the chart palette and the CSS', () => {
  it.each([
    ['accent', ACCENT],
    ['product', SIDE_COLOURS.product],
    ['service', SIDE_COLOURS.service],
    ['danger', DANGER],
  ])('say the same --%s', (name, colour) => {
    expect(customProperty(name)).toBe(colour)
  })
})

describe('the colours of the people on the workshop radar', () => {
  it('start with the pair of results, then the sides', () => {
    expect(PERSON_COLOURS.slice(0, 4)).toEqual(['#0f766e', '#7c3aed', '#b45309', '#1d4ed8'])
    expect(PAIR_COLOURS).toEqual({ own: '#0f766e', other: '#7c3aed' })
  })

  it('are all different, and start again after the last', () => {
    expect(new Set(PERSON_COLOURS).size).toBe(12)
    expect(personColour(0)).toBe('#0f766e')
    expect(personColour(11)).toBe('#c2410c')
    expect(personColour(12)).toBe('#0f766e')
    expect(personColour(49)).toBe(PERSON_COLOURS[1])
  })
})
