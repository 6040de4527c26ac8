/** The result of reading a number someone typed or pasted. */
export type NumberReading =
  /** `ambiguous`: one separator followed by exactly three digits ("1.234", "12,000"), which some read as thousands and some as decimals. */
  | { ok: true; value: number; ambiguous: boolean }
  | { ok: false; problem: 'empty' | 'not-a-number' }

const SPACES = /[\s\u00a0\u202f'’_]/g

/** The decimal mark a person writes: "." in English, "," in German. The other mark groups thousands. */
export type DecimalMark = '.' | ','

/**
 * Reads a number as a person means it: "1234.5", "1,234.56", "1.234,56", "4,99", "12 000",
 * "1'234", "1e6". Both marks are read in every language; only a lone mark followed by exactly
 * three digits depends on the person's `decimal` mark: with ".", "12,000" is twelve thousand and
 * "1.500" one and a half; with ",", the other way round. Any other lone mark is the decimal mark
 * ("4,99" and "4.99" alike).
 * A leading minus is kept, so the caller can say "must be 0 or more" rather than "not a number".
 */
export function readNumber(text: string, decimal: DecimalMark = '.'): NumberReading {
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
    const mark = lastComma > lastDot ? ',' : '.'
    const group = mark === ',' ? '.' : ','
    if (!groupedOk(s.slice(0, s.lastIndexOf(mark)), group)) return { ok: false, problem: 'not-a-number' }
    normal = s.split(group).join('').replace(mark, '.')
  } else if (lastComma >= 0 || lastDot >= 0) {
    const mark = lastComma >= 0 ? ',' : '.'
    const several = s.indexOf(mark) !== s.lastIndexOf(mark)
    const groupsThousands = mark !== decimal && groupedOk(s, mark)
    if (several && !groupedOk(s, mark)) return { ok: false, problem: 'not-a-number' }
    normal = several || groupsThousands ? s.split(mark).join('') : s.replace(mark, '.')
  } else {
    normal = s
  }
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(normal)) return { ok: false, problem: 'not-a-number' }
  return finish(Number(normal), negative, ambiguous)
}

/**
 * `text`, typed with the `from` decimal mark, as a person using `to` would type it to mean the
 * same: unchanged where both read it alike ("4,99", "1.234,5"), rewritten where not ("1.500" → "1,5").
 */
export function rewriteNumber(text: string, from: DecimalMark, to: DecimalMark): string {
  const before = readNumber(text, from)
  const after = readNumber(text, to)
  if (!before.ok || (after.ok && after.value === before.value)) return text
  return String(before.value).replace('.', to)
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
export function ambiguousFraction(text: string, decimal: DecimalMark = '.'): AmbiguousFraction | undefined {
  const reading = readNumber(text, decimal)
  if (!reading.ok || !reading.ambiguous || Number.isInteger(reading.value)) return undefined
  return { readAs: reading.value, thousands: Math.round(reading.value * 1000) }
}
