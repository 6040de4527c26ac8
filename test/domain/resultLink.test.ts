import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { answerStateSchema } from '@/domain/draft'
import { EXAMPLE_LIFE, EXAMPLE_MARGIN_INPUT, MARGIN_FIELDS, type MarginField, type MarginInput } from '@/domain/margins'
import { allQuestions, type Answer, type Answers } from '@/domain/questionSet'
import { QUESTION_SET_V1 } from '@/domain/questions.v1'
import { QUESTION_SET_V2 } from '@/domain/questions.v2'
import { QUESTION_SET_V3 } from '@/domain/questions.v3'
import { decodeResultLink, encodeResultLink, type ResultLinkError } from '@/domain/resultLink'
import { isCurrencyCode } from '@/domain/currencies'
import { isValidLabel, resultStateSchema, type ResultState } from '@/domain/resultState'
import { answersFrom as sharedAnswersFrom } from './answers'
import { lifeInputArb, marginInputArb } from './arbitraries'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const ERRORS: ResultLinkError[] = [
  'not-a-link',
  'bad-character',
  'truncated',
  'too-long',
  'checksum',
  'unknown-version',
  'out-of-range',
]
const ids = allQuestions(QUESTION_SET_V1).map((q) => q.id)
/** What the reference writer needs of each question set: its link version and question order. */
const LAYOUTS: Readonly<Record<number, { linkVersion: number; ids: string[] }>> = {
  1: { linkVersion: 5, ids },
  2: { linkVersion: 4, ids: allQuestions(QUESTION_SET_V2).map((q) => q.id) },
  3: { linkVersion: 6, ids: allQuestions(QUESTION_SET_V3).map((q) => q.id) },
}

/** Answers from a pattern, by default in set 1's order: see ./answers. */
const answersFrom = (pattern: string, order = ids) => sharedAnswersFrom(pattern, order)

/*
 * An independent writer of the link format, from the comment at the top of resultLink.ts,
 * to check that the codec writes what it documents and to craft damaged or odd payloads.
 */
function crc16(bits: readonly number[]): number {
  let crc = 0xffff
  for (const bit of bits) {
    const top = ((crc >> 15) & 1) ^ bit
    crc = (crc << 1) & 0xffff
    if (top) crc ^= 0x1021
  }
  return crc
}

class Bits {
  readonly bits: number[] = []
  put(value: number | bigint, width: number): this {
    const v = BigInt(value)
    for (let i = width - 1; i >= 0; i--) this.bits.push(Number((v >> BigInt(i)) & 1n))
    return this
  }
  putBytes(bytes: Iterable<number>): this {
    for (const byte of bytes) this.put(byte, 8)
    return this
  }
  /** Pads, appends the CRC and writes base64url. */
  seal(): string {
    const bits = [...this.bits]
    while ((bits.length + 16) % 6 !== 0) bits.push(0)
    const crc = crc16(bits)
    for (let i = 15; i >= 0; i--) bits.push((crc >> i) & 1)
    let out = ''
    for (let i = 0; i < bits.length; i += 6) out += ALPHABET[bits.slice(i, i + 6).reduce((v, b) => v * 2 + b, 0)]
    return out
  }
}

/** A figure as m × 10^k with the smallest whole m, read from its decimal digits. */
function decimalParts(value: number): { m: bigint; k: number } {
  if (value === 0) return { m: 0n, k: 0 }
  const [whole, fraction = ''] = value.toFixed(4).split('.')
  let m = BigInt(`${whole}${fraction}`)
  let k = -fraction.length
  while (m % 10n === 0n && k < 11) {
    m /= 10n
    k++
  }
  return { m, k }
}

function packedAnswers(answers: Answers, order = ids): bigint {
  return order.reduce((sum, id, i) => {
    const a = answers[id]
    const digit = a === undefined ? 0 : a === 'na' ? 6 : a
    return sum + BigInt(digit) * 7n ** BigInt(i)
  }, 0n)
}

function figureOf(margins: MarginInput, { side, key }: (typeof MARGIN_FIELDS)[number]): number {
  return (margins[side] as unknown as Record<MarginField, number>)[key]
}

function writeFigure(bits: Bits, value: number): void {
  const { m, k } = decimalParts(value)
  const length = m === 0n ? 0 : m.toString(2).length
  bits.put(k + 4, 4).put(length, 6)
  if (length > 1) bits.put(m - (1n << BigInt(length - 1)), length - 1)
}

function referencePayload(state: ResultState): string {
  const label = state.label ? new TextEncoder().encode(state.label) : undefined
  const layout = LAYOUTS[state.questionSetVersion]!
  const bits = new Bits()
    .put(layout.linkVersion, 6)
    .put(state.margins ? 1 : 0, 1)
    .put(label ? 1 : 0, 1)
    .put(packedAnswers(state.answers, layout.ids), 71)
  if (state.margins) {
    for (const field of MARGIN_FIELDS) writeFigure(bits, figureOf(state.margins, field))
    // Link versions 4 and 5: the product's fixed cost, then whether the life figures follow, and they.
    writeFigure(bits, state.margins.product.fixedCostPerYear ?? 0)
    bits.put(state.life ? 1 : 0, 1)
    if (state.life) {
      for (const value of [state.life.attachRatePct, state.life.monthlyChurnPct, state.life.deviceLifetimeYears, state.life.horizonYears]) {
        writeFigure(bits, value)
      }
    }
    for (const letter of state.currency ?? 'XXX') bits.put(letter.charCodeAt(0) - 65, 5)
  }
  if (label) {
    bits.put(label.length, 8)
    for (const byte of label) bits.put(byte, 8)
  }
  return bits.seal()
}

/** Answers to question set `version` from a pattern, as `answersFrom`. */
function answersFor(version: number, pattern: string): Answers {
  return answersFrom(pattern, LAYOUTS[version]!.ids)
}

/* Arbitraries for every valid state. */

const answerArb = fc.constantFrom<Answer>(1, 2, 3, 4, 5, 'na')



const isControl = (cp: number) => cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)
const isSurrogate = (cp: number) => cp >= 0xd800 && cp <= 0xdfff
const codePointArb = fc.oneof(
  fc.constantFrom('🔥', '😀', '👩', '\u200d', 'ü', 'ß', 'Zürich', '中', '日', 'ا', 'ש', 'д', '€', '—', ' ', '\u00a0', '\ufeff', 'a', '1'),
  fc
    .integer({ min: 0x20, max: 0x10ffff })
    .filter((cp) => !isControl(cp) && !isSurrogate(cp))
    .map((cp) => String.fromCodePoint(cp)),
)
// 'Zürich' is six code points: keep only labels of 1–60 code points.
const labelArb = fc
  .array(codePointArb, { minLength: 1, maxLength: 60 })
  .map((parts) => parts.join(''))
  .filter((label) => [...label].length <= 60 && isValidLabel(label))

const answersArbFor = (order: string[]) =>
  fc.record(Object.fromEntries(order.map((id) => [id, answerArb])), { requiredKeys: [], noNullPrototype: true })
const stateArb: fc.Arbitrary<ResultState> = fc.oneof(
  ...Object.entries(LAYOUTS).map(([version, layout]) =>
    fc.record(
      { questionSetVersion: fc.constant(Number(version)), answers: answersArbFor(layout.ids), margins: marginInputArb, life: lifeInputArb, label: labelArb },
      { requiredKeys: ['questionSetVersion', 'answers'], noNullPrototype: true },
    ).map(({ life, ...state }): ResultState => (state.margins && life ? { ...state, life } : state)),
  ),
)

/** The form a decoded state takes: from link version 4 on, margins always name the product's fixed cost. */
function canonical(state: ResultState): ResultState {
  if (!state.margins) return state
  return { ...state, margins: { ...state.margins, product: { fixedCostPerYear: 0, ...state.margins.product } } }
}

/** The example's margins as the calculator gives them, the product's fixed cost included. */
const EXAMPLE_MARGINS = canonical({ questionSetVersion: 1, answers: {}, margins: EXAMPLE_MARGIN_INPUT }).margins!

/* A few real links. */

const ALL_ANSWERED = answersFrom('23142 34425 12231 45324 53421')
const ALL_ANSWERED_V2 = answersFor(2, '23142 34425 12231 45324 53421')
const SAMPLES: [string, ResultState][] = [
  ['all answered', { questionSetVersion: 1, answers: ALL_ANSWERED }],
  ['nothing answered', { questionSetVersion: 1, answers: {} }],
  ['partly answered, some "don\'t know"', { questionSetVersion: 1, answers: answersFrom('3n2-- ----- nn--- 4-3n- -2--5') }],
  ['with the example margins', { questionSetVersion: 1, answers: ALL_ANSWERED, margins: EXAMPLE_MARGINS }],
  [
    'with the example margins and the product’s life',
    { questionSetVersion: 2, answers: ALL_ANSWERED_V2, margins: EXAMPLE_MARGINS, life: EXAMPLE_LIFE, currency: 'EUR' },
  ],
  ['with a label', { questionSetVersion: 1, answers: ALL_ANSWERED, label: 'Service team, Q3 — Zürich 🔥' }],
  ['question set 2, all answered', { questionSetVersion: 2, answers: answersFor(2, '23142 34425 12231 45324 53421') }],
  [
    'question set 2, with the example margins and a label',
    { questionSetVersion: 2, answers: answersFor(2, '4444n 3---2 11111 55555 12345'), margins: EXAMPLE_MARGINS, currency: 'EUR', label: 'Plant, Q1' },
  ],
  [
    'with margins and a label',
    {
      questionSetVersion: 1,
      answers: answersFrom('55555 4n4n4 33333 ----- 12121'),
      margins: {
        product: { unitPrice: 199.99, unitCost: 80.5, unitsPerYear: 250_000, channelSharePct: 42.5, fixedCostPerYear: 0 },
        service: { monthlyFee: 2.4999, monthlyCostToServe: 0.75, subscribers: 31_337, fixedCostPerYear: 1_250_000 },
      },
      label: 'Werkstatt Süd — 工場 👩‍🔧',
    },
  ],
]
const LINKS = SAMPLES.map(([what, state]) => [what, encodeResultLink(state)] as const)

describe('the link format', () => {
  it('uses CRC-16/CCITT-FALSE (check value of "123456789" is 0x29B1)', () => {
    const bits = new Bits()
    for (const byte of new TextEncoder().encode('123456789')) bits.put(byte, 8)
    expect(crc16(bits.bits)).toBe(0x29b1)
  })

  it.each(SAMPLES)('writes what resultLink.ts documents: %s', (_what, state) => {
    expect(encodeResultLink(state)).toBe(referencePayload(state))
  })

  it('writes what it documents, for any valid state', () => {
    fc.assert(fc.property(stateArb, (state) => encodeResultLink(state) === referencePayload(state)))
  })

  it('writes only base64url characters', () => {
    for (const [, link] of LINKS) expect(link).toMatch(/^[A-Za-z0-9_-]+$/)
  })
})

describe('encode then decode', () => {
  it('gives back every valid state exactly', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(resultStateSchema.safeParse(state).success).toBe(true)
        const decoded = decodeResultLink(encodeResultLink(state))
        expect(decoded).toStrictEqual({ ok: true, state })
        if (!decoded.ok) return
        expect(resultStateSchema.safeParse(decoded.state).success).toBe(true)
        const { questionSetVersion, answers } = decoded.state
        expect(answerStateSchema.safeParse({ questionSetVersion, answers }).success).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it.each(SAMPLES)('gives back %s', (_what, state) => {
    expect(decodeResultLink(encodeResultLink(state))).toStrictEqual({ ok: true, state })
  })

  it('keeps a label’s spaces as they are (the codec does not trim)', () => {
    const state = { questionSetVersion: 1, answers: {}, label: '  Q3  ' }
    expect(decodeResultLink(encodeResultLink(state))).toStrictEqual({ ok: true, state })
  })

  it('carries a label of 60 four-byte characters (240 bytes)', () => {
    const state = { questionSetVersion: 1, answers: {}, label: '🔥'.repeat(60) }
    expect(decodeResultLink(encodeResultLink(state))).toStrictEqual({ ok: true, state })
  })

  it.each([
    ['a whole URL', (p: string) => `http://x/y/#/r/${p}`],
    ['a URL at a sub-path with https', (p: string) => `https://example.org/tools/chip/index.html#/r/${p}`],
    ['a fragment', (p: string) => `#/r/${p}`],
    ['a bare payload with spaces around it', (p: string) => `  ${p}\n`],
  ])('reads %s', (_what, wrap) => {
    for (const [, state] of SAMPLES) {
      expect(decodeResultLink(wrap(encodeResultLink(state)))).toStrictEqual({ ok: true, state })
    }
  })
})

describe('link size', () => {
  it('all 25 answers, without margins or label, fit in 16 characters', () => {
    const length = encodeResultLink({ questionSetVersion: 1, answers: ALL_ANSWERED }).length
    console.info(`results link, 25 answers only: ${length} characters`)
    // 6 + 1 + 1 + 71 bits, 1 bit of padding, 16 bits of checksum = 96 bits = 16 characters
    expect(length).toBe(16)
    expect(length).toBeLessThanOrEqual(16)
    for (const answers of [{}, answersFrom('n'.repeat(25)), answersFrom('5'.repeat(25))]) {
      expect(encodeResultLink({ questionSetVersion: 1, answers })).toHaveLength(16)
    }
  })

  it('question set 2: all 25 answers alone fit in 16 characters', () => {
    expect(encodeResultLink({ questionSetVersion: 2, answers: ALL_ANSWERED_V2 })).toHaveLength(16)
  })

  it('with the example margins and the product’s life, it stays short', () => {
    const margins = encodeResultLink({ questionSetVersion: 2, answers: ALL_ANSWERED_V2, margins: EXAMPLE_MARGINS, currency: 'EUR' })
    const withLife = encodeResultLink({ ...{ questionSetVersion: 2, answers: ALL_ANSWERED_V2, margins: EXAMPLE_MARGINS, currency: 'EUR' }, life: EXAMPLE_LIFE })
    const exampleFixedCost = { ...EXAMPLE_MARGINS, product: { ...EXAMPLE_MARGINS.product, fixedCostPerYear: 1_500_000 } }
    const whole = encodeResultLink({ questionSetVersion: 2, answers: ALL_ANSWERED_V2, margins: exampleFixedCost, life: EXAMPLE_LIFE, currency: 'EUR' })
    console.info(`results link, 25 answers and the example margins: ${margins.length}; with the product's life: ${withLife.length}; the whole example: ${whole.length} characters`)
    expect(margins.length).toBe(42)
    expect(withLife.length).toBe(49)
    expect(whole.length).toBeLessThanOrEqual(60)
  })

  it('carries the margin figures’ currency, and only with them', () => {
    const withCurrency = { questionSetVersion: 1, answers: ALL_ANSWERED, margins: EXAMPLE_MARGINS, currency: 'USD' }
    const decoded = decodeResultLink(encodeResultLink(withCurrency))
    expect(decoded).toEqual({ ok: true, state: withCurrency })
    expect(resultStateSchema.safeParse({ questionSetVersion: 1, answers: {}, currency: 'USD' }).success).toBe(false)
  })
})

describe('a damaged link', () => {
  it.each(LINKS)('%s: every single changed character is refused', (_what, link) => {
    for (let i = 0; i < link.length; i++) {
      for (const char of ALPHABET) {
        if (char === link[i]) continue
        const damaged = link.slice(0, i) + char + link.slice(i + 1)
        const decoded = decodeResultLink(damaged)
        expect(decoded.ok, `${damaged} (position ${i})`).toBe(false)
      }
    }
  })

  it.each(LINKS)('%s: every truncation is refused', (_what, link) => {
    expect(decodeResultLink('')).toEqual({ ok: false, error: 'not-a-link' })
    for (let length = 1; length < link.length; length++) {
      expect(decodeResultLink(link.slice(0, length))).toEqual({ ok: false, error: 'truncated' })
    }
  })

  it.each(LINKS)('%s: anything added is refused', (_what, link) => {
    for (const extra of ['A', '_', 'AAAAAA', link, '-'.repeat(600)]) {
      expect(decodeResultLink(link + extra)).toEqual({ ok: false, error: 'too-long' })
    }
  })

  it.each(LINKS.filter(([, link]) => link.length === 16))('%s: a change past the header is caught by the checksum', (_what, link) => {
    // Characters 0 and 1 hold the version and the two flags; the rest of an answers-only
    // link is answers, padding and checksum, of fixed length.
    for (let i = 2; i < link.length; i++) {
      const char = link[i] === 'A' ? 'B' : 'A'
      expect(decodeResultLink(link.slice(0, i) + char + link.slice(i + 1))).toEqual({ ok: false, error: 'checksum' })
    }
  })
})

describe('decodeResultLink errors', () => {
  const link = encodeResultLink({ questionSetVersion: 1, answers: ALL_ANSWERED })

  it.each<[string, string, ResultLinkError]>([
    ['nothing', '', 'not-a-link'],
    ['only spaces', '   ', 'not-a-link'],
    ['an empty fragment', '#/r/', 'not-a-link'],
    ['a URL with an empty fragment', 'http://x/y/#/r/', 'not-a-link'],
    ['a "+" (base64, not base64url)', link.slice(0, 5) + '+' + link.slice(6), 'bad-character'],
    ['base64 padding', link + '==', 'bad-character'],
    ['a space inside', link.slice(0, 8) + ' ' + link.slice(8), 'bad-character'],
    ['a non-ASCII letter', link.slice(0, 8) + 'é' + link.slice(9), 'bad-character'],
    ['a query string after the fragment', `#/r/${link}?utm_source=mail`, 'bad-character'],
    ['the last character cut', link.slice(0, -1), 'truncated'],
    ['the version character alone', link.slice(0, 1), 'truncated'],
    ['a flipped character in the middle', link.slice(0, 8) + (link[8] === 'x' ? 'y' : 'x') + link.slice(9), 'checksum'],
    ['version 0, never used', 'A' + link.slice(1), 'not-a-link'],
    ['version 63, beyond any plausible release', '_' + link.slice(1), 'not-a-link'],
    ['version 7, not released yet', 'H' + link.slice(1), 'unknown-version'],
    ['one character more', link + 'A', 'too-long'],
    ['10 000 characters', 'B'.repeat(10_000), 'too-long'],
  ])('%s → %s', (_what, text, error) => {
    expect(decodeResultLink(text)).toEqual({ ok: false, error })
  })

  it.each([
    ['in angle brackets', (url: string) => `<${url}>`],
    ['in parentheses, ending a sentence', (url: string) => `(${url}).`],
    ['ending a sentence', (url: string) => `${url}.`],
    ['before a comma', (url: string) => `${url},`],
    ['in typographic quotes', (url: string) => `“${url}”`],
    ['in straight quotes', (url: string) => `"${url}"`],
    ['with a slash after it', (url: string) => `${url}/`],
    ['on a line of its own, with spaces', (url: string) => `  ${url}\t`],
  ])('reads a link %s as the link itself', (_what, wrap) => {
    const bare = decodeResultLink(link)
    expect(bare.ok).toBe(true)
    expect(decodeResultLink(wrap(`https://example.org/app/#/r/${link}`))).toEqual(bare)
    expect(decodeResultLink(wrap(link))).toEqual(bare)
  })

  const header = (margins: 0 | 1, label: 0 | 1) => new Bits().put(1, 6).put(margins, 1).put(label, 1)

  it.each<[string, Bits]>([
    ['answers beyond 7^25', header(0, 0).put(7n ** 25n, 71)],
    ['the largest 71-bit number', header(0, 0).put((1n << 71n) - 1n, 71)],
    ['an empty label', header(0, 1).put(0, 71).put(0, 8)],
    ['a label with a control character', header(0, 1).put(0, 71).put(2, 8).putBytes([0x41, 0x07])],
    ['a label with a C1 control character', header(0, 1).put(0, 71).put(3, 8).putBytes([0x41, 0xc2, 0x85])],
    ['a label that is not UTF-8', header(0, 1).put(0, 71).put(2, 8).putBytes([0xc3, 0x28])],
    ['a label with an overlong UTF-8 encoding', header(0, 1).put(0, 71).put(2, 8).putBytes([0xc0, 0xaf])],
    ['a label of 61 characters', header(0, 1).put(0, 71).put(61, 8).putBytes(new Array<number>(61).fill(0x61))],
    ['a currency letter beyond Z', new Bits().put(2, 6).put(1, 1).put(0, 1).put(0, 71).put(0, 80).put(26, 5).put(0, 10)],
    ['a label of 241 bytes', header(0, 1).put(0, 71).put(241, 8).putBytes(new Array<number>(241).fill(0x61))],
  ])('%s → out-of-range', (_what, bits) => {
    expect(decodeResultLink(bits.seal())).toEqual({ ok: false, error: 'out-of-range' })
  })

  /** A margins payload with one figure written as given; the others zero. */
  function marginsWith(index: number, k: number, m: bigint): string {
    const bits = header(1, 0).put(0, 71)
    MARGIN_FIELDS.forEach((_, i) => {
      if (i !== index) {
        bits.put(4, 4).put(0, 6)
        return
      }
      const length = m === 0n ? 0 : m.toString(2).length
      bits.put(k + 4, 4).put(length, 6)
      if (length > 1) bits.put(m - (1n << BigInt(length - 1)), length - 1)
    })
    return bits.seal()
  }

  it('reads a hand-written margins payload', () => {
    // unitPrice = 2490 = 249 × 10^1
    const decoded = decodeResultLink(marginsWith(0, 1, 249n))
    expect(decoded.ok && decoded.state.margins?.product.unitPrice).toBe(2490)
  })

  it.each<[string, number, number, bigint]>([
    ['a figure not in its shortest form (2490 as 2490 × 10^0)', 0, 0, 2490n],
    ['zero written with another exponent', 0, 3, 0n],
    ['a channel share over 100 %', 3, 0, 101n],
    ['half a subscriber', 6, -1, 5n],
    ['a price with five decimals', 0, -5, 12345n],
    ['a fee over its maximum', 4, 7, 1n],
    ['a mantissa of 60 bits', 7, 0, (1n << 59n) + 1n],
  ])('%s → out-of-range', (_what, index, k, m) => {
    expect(decodeResultLink(marginsWith(index, k, m))).toEqual({ ok: false, error: 'out-of-range' })
  })
})

describe('any text at all', () => {
  const base64url = fc.constantFrom(...ALPHABET)
  const textArb = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 100 }),
    fc.string({ unit: base64url, maxLength: 120 }),
    fc.string({ unit: base64url, maxLength: 120 }).map((s) => `#/r/${s}`),
    fc.string({ unit: base64url, maxLength: 40 }).map((s) => `B${s}`),
    fc.string({ unit: base64url, minLength: 10_000, maxLength: 10_000 }),
    fc.string({ unit: 'binary', minLength: 10_000, maxLength: 10_000 }).map((s) => `#/r/${s}`),
  )

  it('never throws: an error, or a state that encodes back to the same payload', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const decoded = decodeResultLink(text)
        if (!decoded.ok) {
          expect(ERRORS).toContain(decoded.error)
          return
        }
        // Encoded again (in the newest link version for its questionnaire), it reads the same.
        expect(decodeResultLink(encodeResultLink(decoded.state))).toStrictEqual({ ok: true, state: canonical(decoded.state) })
      }),
      { numRuns: 300 },
    )
  })

  it('a payload with a correct checksum is a state with exactly one link, or out of range', () => {
    const figureBits = fc.record({
      k: fc.integer({ min: 0, max: 15 }),
      length: fc.integer({ min: 0, max: 63 }),
      rest: fc.bigInt({ min: 0n, max: (1n << 62n) - 1n }),
    })
    const rawArb = fc.record({
      answers: fc.bigInt({ min: 0n, max: (1n << 71n) - 1n }),
      // Link version 5: eight figures, the product's fixed cost, and optionally four life figures.
      figures: fc.option(fc.array(figureBits, { minLength: 9, maxLength: 9 })),
      life: fc.option(fc.array(figureBits, { minLength: 4, maxLength: 4 })),
      label: fc.option(fc.uint8Array({ minLength: 0, maxLength: 255 })),
      currency: fc.integer({ min: 0, max: (1 << 15) - 1 }),
    })
    fc.assert(
      fc.property(rawArb, ({ answers, figures, life, label, currency }) => {
        const bits = new Bits().put(5, 6).put(figures ? 1 : 0, 1).put(label ? 1 : 0, 1).put(answers, 71)
        const putFigures = (list: { k: number; length: number; rest: bigint }[]) => {
          for (const { k, length, rest } of list) {
            bits.put(k, 4).put(length, 6)
            if (length > 1) bits.put(rest & ((1n << BigInt(length - 1)) - 1n), length - 1)
          }
        }
        if (figures) {
          putFigures(figures)
          bits.put(life ? 1 : 0, 1)
          putFigures(life ?? [])
          bits.put(currency, 15)
        }
        if (label) {
          bits.put(label.length, 8)
          for (const byte of label) bits.put(byte, 8)
        }
        const payload = bits.seal()
        const decoded = decodeResultLink(payload)
        if (decoded.ok) {
          expect(resultStateSchema.safeParse(decoded.state).success).toBe(true)
          expect(encodeResultLink(decoded.state)).toBe(payload)
        } else {
          expect(decoded.error).toBe('out-of-range')
        }
        // Without figures, whether it is a state is easy to say; random figures are rarely valid.
        if (!figures) expect(decoded.ok).toBe(answers < 7n ** 25n && (!label || isValidLabelBytes(label)))
      }),
      { numRuns: 1000 },
    )
  })
})

/** Code points a label may not hold besides control characters: invisible or reordering ones (the zero-width joiners stay allowed). */
const isInvisible = (cp: number) =>
  [0xad, 0x61c, 0x180e, 0x200b, 0x200e, 0x200f, 0xfeff].includes(cp) ||
  (cp >= 0x202a && cp <= 0x202e) ||
  (cp >= 0x2060 && cp <= 0x2064) ||
  (cp >= 0x2066 && cp <= 0x206f) ||
  (cp >= 0xfff9 && cp <= 0xfffb) ||
  (cp >= 0xe0000 && cp <= 0xe007f)

/** Whether bytes are UTF-8 for a valid label of 1–60 characters, visible, without control or invisible characters. */
function isValidLabelBytes(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return false
  }
  const points = [...text].map((c) => c.codePointAt(0)!)
  return (
    points.length <= 60 &&
    !points.some((cp) => isControl(cp) || isInvisible(cp)) &&
    /[^\s\u200c\u200d\p{M}]/u.test(text)
  )
}

describe('labels a reader can trust', () => {
  it.each([
    ['a right-to-left override', 'Q3 \u202Egnp.exe'],
    ['a left-to-right mark', 'Team\u200E'],
    ['a bidi isolate', '\u2067Team\u2069'],
    ['a zero-width space', 'Team\u200B'],
    ['a byte-order mark', '\uFEFFTeam'],
    ['only zero-width joiners', '\u200D\u200D'],
    ['only spaces and joiners', ' \u200C '],
    ['a soft hyphen', 'Ser\u00ADvice'],
  ])('refuses %s, in a label and in a link', (_what, label) => {
    expect(isValidLabel(label)).toBe(false)
    const bytes = new TextEncoder().encode(label)
    const bits = new Bits().put(4, 6).put(0, 1).put(1, 1).put(0n, 71).put(bytes.length, 8)
    for (const byte of bytes) bits.put(byte, 8)
    expect(decodeResultLink(bits.seal())).toEqual({ ok: false, error: 'out-of-range' })
  })

  it.each([
    ['an emoji sequence with a joiner', 'Werkstatt 👩‍🔧'],
    ['Hebrew', 'צוות שירות'],
    ['Arabic', 'فريق الخدمة'],
    ['Persian with a non-joiner', 'می‌خواهم'],
    ['accents', 'Zürich — Q3'],
  ])('accepts %s', (_what, label) => {
    expect(isValidLabel(label)).toBe(true)
    const state = { questionSetVersion: 2, answers: {}, label }
    expect(decodeResultLink(encodeResultLink(state))).toStrictEqual({ ok: true, state })
  })
})

describe('currencies', () => {
  it.each(['EUR', 'USD', 'CHF', 'JPY', 'XOF'])('carries %s', (currency) => {
    const state = { questionSetVersion: 2, answers: {}, margins: EXAMPLE_MARGINS, currency }
    expect(decodeResultLink(encodeResultLink(state))).toStrictEqual({ ok: true, state })
  })

  it.each(['ZZZ', 'ABC', 'XAU', 'XTS'])('refuses %s, three letters but not money in use', (code) => {
    expect(isCurrencyCode(code)).toBe(false)
    expect(resultStateSchema.safeParse({ questionSetVersion: 2, answers: {}, margins: EXAMPLE_MARGINS, currency: code }).success).toBe(false)
    const bits = new Bits().put(4, 6).put(1, 1).put(0, 1).put(0n, 71)
    for (const { key } of MARGIN_FIELDS) writeFigure(bits, figureOf(EXAMPLE_MARGINS, MARGIN_FIELDS.find((f) => f.key === key)!))
    writeFigure(bits, 0)
    bits.put(0, 1)
    for (const letter of code) bits.put(letter.charCodeAt(0) - 65, 5)
    expect(decodeResultLink(bits.seal())).toEqual({ ok: false, error: 'out-of-range' })
  })
})
