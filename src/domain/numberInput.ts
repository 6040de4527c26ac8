/** The result of reading a number someone typed or pasted. */
export type NumberReading =
  /** `ambiguous`: one separator followed by exactly three digits ("1.234", "12,000"), which some read as thousands and some as decimals. */
  | { ok: true; value: number; ambiguous: boolean }
  | { ok: false; problem: 'empty' | 'not-a-number' }

const SPACES = /[\s\u00a0\u202f'’_]/g

/**
 * Reads a number as a person means it: "1234.5", "1,234.56", "1.234,56", "4,99",
 * "12 000", "1'234", "1e6". A lone comma followed by exactly three digits is a thousands
 * separator ("12,000"); otherwise a lone comma is the decimal mark ("4,99").
 * A leading minus is kept, so the caller can say "must be 0 or more" rather than "not a number".
 */
export function readNumber(text: string): NumberReading {
  let s = text.trim().replace(SPACES, '')
  if (s === '') return { ok: false, problem: 'empty' }
  const negative = s.startsWith('-')
  if (negative || s.startsWith('+')) s = s.slice(1)
  if (/^\d+(\.\d+)?e[+-]?\d+$/i.test(s)) return finish(Number(s), negative, false)
  const ambiguous = /^\d{1,3}[.,]\d{3}$/.test(s)
  const lastComma = s.lastIndexOf(',')
  const lastDot = s.lastIndexOf('.')
  let normal: string
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.'
    const group = decimal === ',' ? '.' : ','
    if (!groupedOk(s.slice(0, s.lastIndexOf(decimal)), group)) return { ok: false, problem: 'not-a-number' }
    normal = s.split(group).join('').replace(decimal, '.')
  } else if (lastComma >= 0) {
    normal = /^\d{1,3}(,\d{3})+$/.test(s) ? s.split(',').join('') : s.replace(',', '.')
  } else if (lastDot >= 0 && s.indexOf('.') !== lastDot) {
    if (!groupedOk(s, '.')) return { ok: false, problem: 'not-a-number' }
    normal = s.split('.').join('')
  } else {
    normal = s
  }
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(normal)) return { ok: false, problem: 'not-a-number' }
  return finish(Number(normal), negative, ambiguous)
}

function groupedOk(integerPart: string, group: string): boolean {
  const pattern = group === '.' ? /^\d{1,3}(\.\d{3})*$/ : /^\d{1,3}(,\d{3})*$/
  return pattern.test(integerPart)
}

function finish(value: number, negative: boolean, ambiguous: boolean): NumberReading {
  if (Number.isNaN(value)) return { ok: false, problem: 'not-a-number' }
  return { ok: true, value: negative && value !== 0 ? -value : value, ambiguous }
}

/** A number typed as "1.500": read as a fraction (`readAs`), though it may have meant a whole number of thousands (`thousands`). */
export interface AmbiguousFraction {
  readAs: number
  thousands: number
}

/**
 * Whether `text` reads as a fraction only because its one separator was taken for the decimal
 * mark ("1.500" → 1.5, where 1500 may have been meant): a whole-number field then says what it
 * read, and how to type the whole number.
 */
export function ambiguousFraction(text: string): AmbiguousFraction | undefined {
  const reading = readNumber(text)
  if (!reading.ok || !reading.ambiguous || Number.isInteger(reading.value)) return undefined
  return { readAs: reading.value, thousands: Math.round(reading.value * 1000) }
}
