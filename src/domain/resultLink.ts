import type { LifeInput } from './lifetime'
import { RESULT_LINK_PATH } from './linkPaths'
import { checkFigure, LIFE_KEYS, lifeInputOf, MARGIN_FIELDS, marginInputOf, type FigureKey, type MarginField } from './margins'
import { allQuestions, type Answer, type QuestionSet } from './questionSet'
import { questionSetByVersion } from './questionSets'
import { isValidLabel, resultStateSchema, type ResultState } from './resultState'

/*
 * The results link format. The payload is a bit string written as base64url
 * (A–Z a–z 0–9 - _, six bits a character, most significant bit first):
 *
 *   version        6 bits   link version: 1, 2 and 5 carry question set 1; 3 and 4 question set 2;
 *                           6 question set 3
 *   hasMargins     1 bit
 *   hasLabel       1 bit
 *   answers        ceil(log2(7^n)) bits: one base-7 number, question i's digit times 7^i;
 *                  digit 0 unanswered, 1–5 the level, 6 "don't know"  (n = 25: 71 bits)
 *   margins        if hasMargins, the eight figures in MARGIN_FIELDS order, each as
 *                  exponent k + 4 (4 bits), bit length L of m (6 bits), then m's L − 1
 *                  bits below its leading 1; the figure is m × 10^k
 *   later figures  link versions 4, 5 and 6, if hasMargins: productFixedCostPerYear as a figure above,
 *                  then hasLife (1 bit) and, if set, attachRatePct, monthlyChurnPct,
 *                  deviceLifetimeYears and horizonYears, each as a figure above
 *   currency       link version 2 and later, if hasMargins: the ISO 4217 code of the figures,
 *                  three letters of 5 bits each (A = 0 … Z = 25); "XXX" for none given
 *   label          if hasLabel, its UTF-8 byte length (8 bits, 1–240), then the bytes
 *   padding        0 to 5 zero bits, so that the whole is a multiple of six bits
 *   checksum       16 bits: CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF) of every bit before it
 *
 * A CRC-16 catches every error confined to 16 consecutive bits, so any single changed
 * character is caught. Decoding reads fields in order, so any truncation is caught too.
 */

export { RESULT_LINK_PATH }

/**
 * The full results link for a payload, from the address of the page it is made on: the page's
 * own address as typed (`file:` URLs have no origin), without its query string or fragment.
 */
export function resultLinkUrl(pageAddress: string, payload: string): string {
  return `${pageAddress.split(/[?#]/)[0]}#${RESULT_LINK_PATH}${payload}`
}

/** Why a results link could not be read. */
export type ResultLinkError =
  | 'not-a-link'
  | 'bad-character'
  | 'truncated'
  | 'too-long'
  | 'checksum'
  | 'unknown-version'
  | 'out-of-range'

export type DecodedResultLink = { ok: true; state: ResultState } | { ok: false; error: ResultLinkError }

/**
 * What a link version carries: the question set its answers refer to, whether margins name
 * their currency, and whether they carry the figures that came after the first eight.
 */
interface LinkLayout {
  questionSetVersion: number
  currency: boolean
  laterFigures: boolean
}

/** Link versions ever released. Never change or remove one: links are forever. */
const LINK_VERSIONS: Readonly<Record<number, LinkLayout>> = {
  1: { questionSetVersion: 1, currency: false, laterFigures: false },
  2: { questionSetVersion: 1, currency: true, laterFigures: false },
  3: { questionSetVersion: 2, currency: true, laterFigures: false },
  4: { questionSetVersion: 2, currency: true, laterFigures: true },
  5: { questionSetVersion: 1, currency: true, laterFigures: true },
  6: { questionSetVersion: 3, currency: true, laterFigures: true },
}

/** Version numbers a link could plausibly come from a newer release with; the rest are not ours. */
const MAX_PLAUSIBLE_VERSION = 31
const NO_CURRENCY = 'XXX'

/** base64url: the characters of a link's payload, each six bits. */
export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const MAX_PAYLOAD_LENGTH = 512
const CHECKSUM_BITS = 16
const MIN_EXPONENT = -4
const MAX_LABEL_BYTES = 240

const NA_DIGIT = 6

/** CRC-16/CCITT-FALSE of a bit string (poly 0x1021, init 0xFFFF). */
export function crc16(bits: readonly number[]): number {
  let crc = 0xffff
  for (const bit of bits) {
    const top = ((crc >> 15) & 1) ^ bit
    crc = (crc << 1) & 0xffff
    if (top) crc ^= 0x1021
  }
  return crc
}

function answerBitCount(questionCount: number): number {
  return (7n ** BigInt(questionCount) - 1n).toString(2).length
}

class BitWriter {
  readonly bits: number[] = []
  write(value: number, width: number): void {
    for (let i = width - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2)
  }
  writeBig(value: bigint, width: number): void {
    for (let i = width - 1; i >= 0; i--) this.bits.push(Number((value >> BigInt(i)) & 1n))
  }
}

class Truncated extends Error {}

class BitReader {
  position = 0
  constructor(private readonly bits: readonly number[]) {}
  read(width: number): number {
    if (this.position + width > this.bits.length) throw new Truncated()
    let value = 0
    for (let i = 0; i < width; i++) value = value * 2 + this.bits[this.position++]!
    return value
  }
  readBig(width: number): bigint {
    if (this.position + width > this.bits.length) throw new Truncated()
    let value = 0n
    for (let i = 0; i < width; i++) value = (value << 1n) | BigInt(this.bits[this.position++]!)
    return value
  }
}

function bitLength(m: number): number {
  return m === 0 ? 0 : m.toString(2).length
}

/** A figure as m × 10^k with the smallest whole m. */
function toDecimal(value: number): { m: number; k: number } {
  let k = 0
  while (Math.round(value * 10 ** -k) / 10 ** -k !== value && k > MIN_EXPONENT) k--
  let m = Math.round(value * 10 ** -k)
  while (m !== 0 && m % 10 === 0 && k < MIN_EXPONENT + 15) {
    m /= 10
    k++
  }
  return { m, k }
}

function fromDecimal(m: number, k: number): number {
  return k >= 0 ? m * 10 ** k : m / 10 ** -k
}

function writeFigure(out: BitWriter, value: number): void {
  const { m, k } = toDecimal(value)
  const length = bitLength(m)
  out.write(k - MIN_EXPONENT, 4)
  out.write(length, 6)
  if (length > 1) out.write(m - 2 ** (length - 1), length - 1)
}

/**
 * The payload of a results link for this state: the part after `#/r/`.
 * The state must be valid (see `resultStateSchema`).
 */
export function encodeResultLink(state: ResultState): string {
  // The newest link version for the state's questionnaire.
  const linkVersion = Math.max(
    0,
    ...Object.entries(LINK_VERSIONS)
      .filter(([, layout]) => layout.questionSetVersion === state.questionSetVersion)
      .map(([version]) => Number(version)),
  )
  const set = questionSetByVersion(state.questionSetVersion)
  if (!set || !linkVersion) throw new Error(`No link version for questionnaire ${state.questionSetVersion}`)
  const labelBytes = state.label ? new TextEncoder().encode(state.label) : undefined
  const out = new BitWriter()
  out.write(linkVersion, 6)
  out.write(state.margins ? 1 : 0, 1)
  out.write(labelBytes ? 1 : 0, 1)
  const questions = allQuestions(set)
  let packed = 0n
  questions.forEach((question, i) => {
    const answer = state.answers[question.id]
    const digit = answer === undefined ? 0 : answer === 'na' ? NA_DIGIT : answer
    packed += BigInt(digit) * 7n ** BigInt(i)
  })
  out.writeBig(packed, answerBitCount(questions.length))
  if (state.margins) {
    for (const { side, key } of MARGIN_FIELDS) writeFigure(out, (state.margins[side] as Record<MarginField, number>)[key])
    writeFigure(out, state.margins.product.fixedCostPerYear ?? 0)
    out.write(state.life ? 1 : 0, 1)
    for (const key of LIFE_KEYS) if (state.life) writeFigure(out, state.life[key])
    for (const letter of state.currency ?? NO_CURRENCY) out.write(letter.charCodeAt(0) - 65, 5)
  }
  if (labelBytes) {
    out.write(labelBytes.length, 8)
    for (const byte of labelBytes) out.write(byte, 8)
  }
  while ((out.bits.length + CHECKSUM_BITS) % 6 !== 0) out.write(0, 1)
  out.write(crc16(out.bits), CHECKSUM_BITS)
  let payload = ''
  for (let i = 0; i < out.bits.length; i += 6) {
    payload += ALPHABET[out.bits.slice(i, i + 6).reduce((value, bit) => value * 2 + bit, 0)]
  }
  return payload
}

/**
 * What mail and chat put around a link: spaces, angle brackets, parentheses and quotes, and the
 * sentence's own punctuation after it. None is a base64url character, so none is cut from a payload.
 */
const WRAPPING = /^[\s<([{"'“‘«]+|[\s>)\]}"'”’».,;:!?/]+$/gu

/**
 * The payload in a whole URL, a `#<path>…` fragment or a bare payload (team links share it),
 * as pasted: without what a message wrapped it in.
 */
export function payloadOf(text: string, path = RESULT_LINK_PATH): string {
  const marker = '#' + path
  const at = text.indexOf(marker)
  return (at >= 0 ? text.slice(at + marker.length) : text).replace(WRAPPING, '')
}

/** The six bits of each base64url character of `payload`, or null when one is not base64url. */
export function payloadBits(payload: string): number[] | null {
  const bits: number[] = []
  for (const char of payload) {
    const value = ALPHABET.indexOf(char)
    if (value < 0) return null
    for (let i = 5; i >= 0; i--) bits.push((value >> i) & 1)
  }
  return bits
}

interface RawLink {
  setVersion: number
  currency: string | undefined
  packedAnswers: bigint
  figures: { key: FigureKey; m: number; k: number; length: number }[] | undefined
  labelBytes: number[] | undefined
}

function readBody(reader: BitReader, set: QuestionSet, layout: LinkLayout): RawLink {
  const hasMargins = reader.read(1) === 1
  const hasLabel = reader.read(1) === 1
  const packedAnswers = reader.readBig(answerBitCount(allQuestions(set).length))
  const readFigure = (key: FigureKey) => {
    const k = reader.read(4) + MIN_EXPONENT
    const length = reader.read(6)
    const m = length === 0 ? 0 : 2 ** (length - 1) + (length > 1 ? reader.read(length - 1) : 0)
    return { key, m, k, length }
  }
  let figures: RawLink['figures']
  if (hasMargins) {
    figures = MARGIN_FIELDS.map(({ key }) => readFigure(key))
    if (layout.laterFigures) {
      figures.push(readFigure('productFixedCostPerYear'))
      if (reader.read(1) === 1) figures.push(...LIFE_KEYS.map(readFigure))
    }
  }
  let currency: string | undefined
  if (hasMargins && layout.currency) {
    currency = [0, 1, 2].map(() => String.fromCharCode(65 + reader.read(5))).join('')
  }
  let labelBytes: number[] | undefined
  if (hasLabel) {
    const byteCount = reader.read(8)
    labelBytes = Array.from({ length: byteCount }, () => reader.read(8))
  }
  return { setVersion: layout.questionSetVersion, currency, packedAnswers, figures, labelBytes }
}

/**
 * Reads a results link (a whole URL, a `#/r/…` fragment or a bare payload).
 * Never throws: a damaged link gives an error saying what is wrong with it.
 */
export function decodeResultLink(text: string): DecodedResultLink {
  if (typeof text !== 'string') return { ok: false, error: 'not-a-link' }
  const payload = payloadOf(text)
  if (payload.length === 0) return { ok: false, error: 'not-a-link' }
  if (payload.length > MAX_PAYLOAD_LENGTH) return { ok: false, error: 'too-long' }
  const bits = payloadBits(payload)
  if (!bits) return { ok: false, error: 'bad-character' }
  const reader = new BitReader(bits)
  let raw: RawLink
  try {
    const linkVersion = reader.read(6)
    const layout = LINK_VERSIONS[linkVersion]
    const set = layout && questionSetByVersion(layout.questionSetVersion)
    if (!layout || !set) {
      const plausible = linkVersion > 0 && linkVersion <= MAX_PLAUSIBLE_VERSION
      return { ok: false, error: plausible ? 'unknown-version' : 'not-a-link' }
    }
    raw = readBody(reader, set, layout)
  } catch (error) {
    if (error instanceof Truncated) return { ok: false, error: 'truncated' }
    throw error
  }
  const expectedBits = Math.ceil((reader.position + CHECKSUM_BITS) / 6) * 6
  if (bits.length < expectedBits) return { ok: false, error: 'truncated' }
  if (bits.length > expectedBits) return { ok: false, error: 'too-long' }
  const body = bits.slice(0, expectedBits - CHECKSUM_BITS)
  const padding = body.slice(reader.position)
  const checksum = bits.slice(expectedBits - CHECKSUM_BITS).reduce((value, bit) => value * 2 + bit, 0)
  if (padding.some((bit) => bit !== 0) || crc16(body) !== checksum) return { ok: false, error: 'checksum' }
  const state = toState(raw)
  return state ? { ok: true, state } : { ok: false, error: 'out-of-range' }
}

function toState(raw: RawLink): ResultState | undefined {
  const set = questionSetByVersion(raw.setVersion)!
  const questions = allQuestions(set)
  if (raw.packedAnswers >= 7n ** BigInt(questions.length)) return undefined
  const answers: Record<string, Answer> = {}
  let rest = raw.packedAnswers
  for (const question of questions) {
    const digit = Number(rest % 7n)
    rest /= 7n
    if (digit !== 0) answers[question.id] = digit === NA_DIGIT ? 'na' : (digit as Answer)
  }
  const state: ResultState = { questionSetVersion: raw.setVersion, answers }
  if (raw.figures) {
    const values: Partial<Record<FigureKey, number>> = {}
    for (const { key, m, k, length } of raw.figures) {
      if (length > 53) return undefined
      const value = fromDecimal(m, k)
      // Only the canonical form is accepted, so that one result has exactly one link.
      const canonical = toDecimal(value)
      if (checkFigure(key, value) || canonical.m !== m || canonical.k !== k) return undefined
      values[key] = value
    }
    // Figures a link version does not carry are left out: the product's fixed cost before
    // version 4, the product's life when the sharer gave none.
    state.margins = marginInputOf(values as Record<MarginField, number>)
    if (values.horizonYears !== undefined) state.life = lifeInputOf(values as LifeInput)
  }
  if (raw.currency !== undefined) {
    // A currency in use is checked with the rest of the state, below.
    if (raw.currency !== NO_CURRENCY) state.currency = raw.currency
  }
  if (raw.labelBytes) {
    if (raw.labelBytes.length === 0 || raw.labelBytes.length > MAX_LABEL_BYTES) return undefined
    let label: string
    try {
      label = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(new Uint8Array(raw.labelBytes))
    } catch {
      return undefined
    }
    if (!isValidLabel(label)) return undefined
    state.label = label
  }
  return resultStateSchema.safeParse(state).success ? state : undefined
}
