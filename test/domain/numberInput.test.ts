import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ambiguousFraction, readNumber, rewriteNumber } from '@/domain/numberInput'

describe('readNumber', () => {
  it.each<[string, number]>([
    // plain
    ['0', 0],
    ['7', 7],
    ['1234.5', 1234.5],
    ['  7  ', 7],
    ['.5', 0.5],
    ['+3', 3],
    // thousands and decimal marks, either way round
    ['1.234,56', 1234.56],
    ['1,234.56', 1234.56],
    ['12,000.50', 12000.5],
    ['12.000,50', 12000.5],
    ['1,234,567', 1234567],
    ['1.234.567', 1234567],
    // a lone comma: three digits after it group thousands, otherwise it is the decimal mark
    ['12,000', 12000],
    ['4,99', 4.99],
    ['0,5', 0.5],
    ['1,2345', 1.2345],
    ['12,00', 12],
    // a lone dot is the decimal mark
    ['1.234', 1.234],
    ['4.99', 4.99],
    // spaces, no-break spaces, apostrophes and underscores group digits
    ['12 000', 12000],
    ['1\u00a0000', 1000],
    ['1\u202f000', 1000],
    ['1 234,56', 1234.56],
    ["1'234", 1234],
    ['1’234', 1234],
    ['1_000', 1000],
    // exponents
    ['1e6', 1e6],
    ['1E-3', 0.001],
    ['1.5e3', 1500],
    ['1e309', Infinity],
    // a minus is kept, so the caller can say "must be 0 or more"
    ['-5', -5],
    ['-1e6', -1e6],
    ['-4,99', -4.99],
  ])('reads %j as %d', (text, value) => {
    expect(readNumber(text)).toMatchObject({ ok: true, value })
  })

  it.each<[string, number]>([
    ['1.234', 1.234],
    ['12,000', 12000],
    ['999.999', 999.999],
  ])('flags %j as ambiguous: one separator and three digits after it', (text, value) => {
    expect(readNumber(text)).toEqual({ ok: true, value, ambiguous: true })
  })

  it.each(['1.23', '12000', '1,234.5', '1.234,56', '1.234.567'])('does not flag %j', (text) => {
    expect(readNumber(text)).toMatchObject({ ok: true, ambiguous: false })
  })

  it('reads "-0" as 0, not minus zero', () => {
    const reading = readNumber('-0')
    expect(reading.ok && Object.is(reading.value, 0)).toBe(true)
  })

  it.each(['', ' ', '   ', '\t', '\n', '\u00a0'])('reads %j as empty', (text) => {
    expect(readNumber(text)).toEqual({ ok: false, problem: 'empty' })
  })

  it.each([
    'abc',
    '1.2.3',
    '1,234.5.6',
    '1,23,456',
    '1,000,00',
    '1,5,6',
    '12.34,5',
    '--5',
    '5-',
    '-',
    '.',
    '0x10',
    'Infinity',
    'NaN',
    '1e',
    'e5',
    '1.2e3.4',
    '12abc',
    '€12',
    '١٢٣',
  ])('reads %j as not a number', (text) => {
    expect(readNumber(text)).toEqual({ ok: false, problem: 'not-a-number' })
  })

  it('reads back what JavaScript writes for numbers up to four decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.nat({ max: 2_000_000_000 }), (places, n) => {
        const value = n / 10 ** places
        expect(readNumber(String(value))).toMatchObject({ ok: true, value })
      }),
    )
  })

  it('reads English and German formatting of the same number alike', () => {
    fc.assert(
      fc.property(fc.nat({ max: 999_999_999 }), fc.nat({ max: 99 }), (whole, cents) => {
        const value = whole + cents / 100
        const en = value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
        const de = value.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
        const expected = { ok: true, value: Math.round(value * 100) / 100 }
        expect(readNumber(en)).toMatchObject(expected)
        expect(readNumber(de)).toMatchObject(expected)
      }),
    )
  })

  it('never throws, and always says ok or why not', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const reading = readNumber(text)
        if (reading.ok) expect(typeof reading.value).toBe('number')
        else expect(['empty', 'not-a-number']).toContain(reading.problem)
        if (reading.ok) expect(Number.isNaN(reading.value)).toBe(false)
      }),
    )
  })
})

describe('ambiguousFraction', () => {
  it.each<[string, { readAs: number; thousands: number } | undefined]>([
    ['1.500', { readAs: 1.5, thousands: 1500 }],
    ['2,250', undefined], // a lone comma before three digits groups thousands: 2250, whole
    ['12.345', { readAs: 12.345, thousands: 12345 }],
    ['1.5', undefined], // typed as a fraction: nothing ambiguous
    ['10.5', undefined],
    ['1.000', undefined], // read as 1, whole
    ['1,500.25', undefined],
    ['abc', undefined],
  ])('%j', (text, expected) => {
    expect(ambiguousFraction(text)).toStrictEqual(expected)
  })
})

describe('readNumber with the German decimal comma', () => {
  it.each<[string, number]>([
    // a lone comma is the decimal mark, even before three digits
    ['1,234', 1.234],
    ['4,99', 4.99],
    ['1.234,5', 1234.5],
    // a lone point before three digits groups thousands; before any other count it is a decimal mark
    ['1.234', 1234],
    ['12.000', 12000],
    ['4.99', 4.99],
    ['1.234.567', 1234567],
    // both marks: the last one is the decimal mark, as in English
    ['1,234.56', 1234.56],
  ])('reads %j as %d', (text, value) => {
    expect(readNumber(text, ',')).toEqual({ ok: true, value, ambiguous: /^\d{1,3}[.,]\d{3}$/.test(text) })
  })

  it('reads every unambiguous number as English does', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), (value) => {
        const text = String(value)
        fc.pre(!/^\d{1,3}[.,]\d{3}$/.test(text))
        expect(readNumber(text, ',')).toEqual(readNumber(text, '.'))
      }),
    )
  })
})

describe('rewriteNumber', () => {
  it.each<[string, string, '.' | ',', '.' | ',']>([
    ['1.500', '1,5', '.', ','],
    ['1,500', '1500', '.', ','],
    ['1.500', '1500', ',', '.'],
    ['1,234', '1.234', ',', '.'],
    ['4,99', '4,99', '.', ','],
    ['1.234,5', '1.234,5', '.', ','],
    ['abc', 'abc', '.', ','],
  ])('rewrites %j to %j from %s to %s', (text, rewritten, from, to) => {
    expect(rewriteNumber(text, from, to)).toBe(rewritten)
  })

  it('keeps the value whichever way it goes', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,7}([.,]\d{1,4})?$/), fc.constantFrom<'.' | ','>('.', ','), (text, from) => {
        const to = from === '.' ? ',' : '.'
        const before = readNumber(text, from)
        const after = readNumber(rewriteNumber(text, from, to), to)
        expect(after.ok && before.ok && after.value).toBe(before.ok && before.value)
      }),
    )
  })
})
