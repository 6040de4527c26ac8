import { ALPHABET, crc16, decodeResultLink, encodeResultLink, payloadBits, payloadOf, type ResultLinkError } from './resultLink'
import { TEAM_LINK_PATH } from './linkPaths'
import type { ResultState } from './resultState'
import { MAX_TEAM } from './team'

/*
 * The team link: several people's results in one link, `#/t/<payload>`. The payload is
 * base64url characters (six bits each), read a character at a time:
 *
 *   version   1 character    team link version: 1
 *   count     1 character    how many people, 1–50
 *   a person  2 characters   the length L of their results-link payload, 12 bits (1–4095)
 *             L characters   their results-link payload, exactly as a results link has it
 *                            (its own version, question set and checksum: see resultLink.ts)
 *   checksum  3 characters   CRC-16/CCITT-FALSE of the six bits of every character before it,
 *                            as 18 bits with the top two 0
 *
 * Each person's part is a results link that decodes on its own, so a team link keeps
 * decoding as long as results links do.
 */

export { TEAM_LINK_PATH }
const VERSION = 1
const MAX_PAYLOAD_LENGTH = 60_000

/** Why a team link could not be read. */
export type TeamLinkError = 'not-a-link' | 'bad-character' | 'truncated' | 'too-long' | 'checksum' | 'unknown-version' | 'too-many' | 'bad-person'

export type DecodedTeamLink = { ok: true; states: ResultState[] } | { ok: false; error: TeamLinkError; person?: ResultLinkError }

const char = (value: number) => ALPHABET[value]!
/** The checksum characters of `text`, which holds base64url characters only. */
function checksum(text: string): string {
  const crc = crc16(payloadBits(text)!)
  return char((crc >> 12) & 0xf) + char((crc >> 6) & 0x3f) + char(crc & 0x3f)
}

/** The payload of a team link for these results (1–50 people, each a valid state). */
export function encodeTeamLink(states: readonly ResultState[]): string {
  if (states.length === 0 || states.length > MAX_TEAM) throw new Error(`A team link carries 1 to ${MAX_TEAM} people`)
  let body = char(VERSION) + char(states.length)
  for (const state of states) {
    const payload = encodeResultLink(state)
    body += char(payload.length >> 6) + char(payload.length & 0x3f) + payload
  }
  return body + checksum(body)
}

/** Reads a team link (a whole URL, a `#/t/…` fragment or a bare payload). Never throws. */
export function decodeTeamLink(text: string): DecodedTeamLink {
  if (typeof text !== 'string') return { ok: false, error: 'not-a-link' }
  const payload = payloadOf(text, TEAM_LINK_PATH)
  if (payload.length === 0) return { ok: false, error: 'not-a-link' }
  if (payload.length > MAX_PAYLOAD_LENGTH) return { ok: false, error: 'too-long' }
  if (!payloadBits(payload)) return { ok: false, error: 'bad-character' }
  const value = (i: number) => ALPHABET.indexOf(payload[i]!)
  if (payload.length < 5) return { ok: false, error: 'truncated' }
  if (value(0) !== VERSION) return { ok: false, error: value(0) === 0 ? 'not-a-link' : 'unknown-version' }
  const count = value(1)
  if (count === 0 || count > MAX_TEAM) return { ok: false, error: 'too-many' }
  const people: string[] = []
  let position = 2
  for (let i = 0; i < count; i++) {
    if (position + 2 > payload.length - 3) return { ok: false, error: 'truncated' }
    const length = value(position) * 64 + value(position + 1)
    position += 2
    if (length === 0 || position + length > payload.length - 3) return { ok: false, error: 'truncated' }
    people.push(payload.slice(position, position + length))
    position += length
  }
  if (payload.length - 3 > position) return { ok: false, error: 'too-long' }
  if (payload.length - 3 < position) return { ok: false, error: 'truncated' }
  if (checksum(payload.slice(0, position)) !== payload.slice(position)) return { ok: false, error: 'checksum' }
  const states: ResultState[] = []
  for (const person of people) {
    const decoded = decodeResultLink(person)
    if (!decoded.ok) return { ok: false, error: 'bad-person', person: decoded.error }
    states.push(decoded.state)
  }
  return { ok: true, states }
}

/** Results given once each, in their first order, and how many copies of an earlier one were left out. */
export interface DistinctResults {
  states: ResultState[]
  duplicates: number
}

/**
 * The results without repeats: the same result pasted twice, or carried twice in a team link, is
 * one person, and counts once in every median. Two results are the same when their links are the
 * same (answers, question set, label and margin figures alike).
 */
export function distinctResults(states: readonly ResultState[]): DistinctResults {
  const seen = new Set<string>()
  const distinct = states.filter((state) => {
    const key = encodeResultLink(state)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  return { states: distinct, duplicates: states.length - distinct.length }
}

/** One line of the box where results links are pasted, as read. */
export type CompareLine =
  | { kind: 'result'; number: number; state: ResultState }
  /** The same result as line `sameAs`: counted once, there. */
  | { kind: 'duplicate'; number: number; sameAs: number }
  | { kind: 'bad-result'; number: number; error: ResultLinkError }
  /** A whole team link pasted as a line: its people, without repeats. */
  | { kind: 'team'; number: number; team: DistinctResults }
  | { kind: 'bad-team'; number: number; error: TeamLinkError }

/** Whether a line that is not a results link was meant as a team link (it carries `#/t/`). */
const looksLikeTeamLink = (line: string) => line.includes('#' + TEAM_LINK_PATH)

/**
 * Reads the pasted lines (each with its line number): results links, repeats of an earlier
 * result, team links, and what cannot be read.
 */
export function readCompareLines(lines: readonly { number: number; line: string }[]): CompareLine[] {
  const firstLine = new Map<string, number>()
  return lines.map(({ number, line }): CompareLine => {
    const result = decodeResultLink(line)
    if (!result.ok) {
      const team = decodeTeamLink(line)
      if (team.ok) return { kind: 'team', number, team: distinctResults(team.states) }
      return looksLikeTeamLink(line) ? { kind: 'bad-team', number, error: team.error } : { kind: 'bad-result', number, error: result.error }
    }
    const key = encodeResultLink(result.state)
    const sameAs = firstLine.get(key)
    if (sameAs !== undefined) return { kind: 'duplicate', number, sameAs }
    firstLine.set(key, number)
    return { kind: 'result', number, state: result.state }
  })
}
