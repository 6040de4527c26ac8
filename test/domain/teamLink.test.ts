import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allQuestions, type Answer, type QuestionSet } from '@/domain/questionSet'
import { QUESTION_SET_V1 } from '@/domain/questions.v1'
import { QUESTION_SET_V2 } from '@/domain/questions.v2'
import { ALPHABET, decodeResultLink, encodeResultLink } from '@/domain/resultLink'
import type { ResultState } from '@/domain/resultState'
import { decodeTeamLink, distinctResults, encodeTeamLink, readCompareLines } from '@/domain/teamLink'

const answerArb = fc.constantFrom<Answer>(1, 2, 3, 4, 5, 'na')
const stateArb = (set: QuestionSet): fc.Arbitrary<ResultState> =>
  fc
    .record(Object.fromEntries(allQuestions(set).map((q) => [q.id, answerArb])), { requiredKeys: [], noNullPrototype: true })
    .map((answers) => ({ questionSetVersion: set.version, answers }))
const teamArb = fc.array(fc.oneof(stateArb(QUESTION_SET_V2), stateArb(QUESTION_SET_V1)), { minLength: 1, maxLength: 50 })

const three: ResultState[] = [
  { questionSetVersion: 2, answers: { 'culture-anytime': 1 } },
  { questionSetVersion: 2, answers: { 'culture-anytime': 5 }, label: 'Service, Q3' },
  { questionSetVersion: 1, answers: { 'culture-judged': 3 } },
]

describe('the team link', () => {
  it('gives back every team exactly, mixing question sets', () => {
    fc.assert(
      fc.property(teamArb, (states) => {
        expect(decodeTeamLink(encodeTeamLink(states))).toStrictEqual({ ok: true, states })
      }),
      { numRuns: 100 },
    )
  })

  it('reads a whole URL or a fragment', () => {
    const payload = encodeTeamLink(three)
    expect(decodeTeamLink(`https://example.org/chip/#/t/${payload}`)).toEqual({ ok: true, states: three })
    expect(decodeTeamLink(`#/t/${payload}`)).toEqual({ ok: true, states: three })
  })

  it('carries 50 people of 25 answers in under a thousand characters', () => {
    const states = Array.from({ length: 50 }, (_, i) => ({
      questionSetVersion: 2,
      answers: Object.fromEntries(allQuestions(QUESTION_SET_V2).map((q, j) => [q.id, (((i + j) % 5) + 1) as Answer])),
    }))
    const payload = encodeTeamLink(states)
    expect(payload.length).toBe(2 + 50 * (2 + 16) + 3)
    expect(decodeTeamLink(payload)).toEqual({ ok: true, states })
  })

  it('keeps decoding a link frozen when it was made', () => {
    // Made by this version: never edit, add new rows for new versions.
    const frozen = 'BDAQEAAAAAAAAAAAYjlLAgEQAAAAAAAAAB6hamyuTs0sbKWECiZtz_AQFAAAAAAAAAAABrhcHPW'
    const decoded = decodeTeamLink(frozen)
    if (!decoded.ok) throw new Error(decoded.error)
    expect(decoded.states.map((s) => [s.questionSetVersion, s.answers, s.label])).toEqual([
      [2, { 'culture-anytime': 1 }, undefined],
      [2, { 'culture-anytime': 5 }, 'Service, Q3'],
      [1, { 'culture-judged': 3 }, undefined],
    ])
  })

  it('refuses every single changed character, and says what is wrong', () => {
    const payload = encodeTeamLink(three)
    for (let i = 0; i < payload.length; i++) {
      for (const c of ALPHABET) {
        if (c === payload[i]) continue
        expect(decodeTeamLink(payload.slice(0, i) + c + payload.slice(i + 1)).ok, `position ${i}`).toBe(false)
      }
    }
    expect(decodeTeamLink('')).toEqual({ ok: false, error: 'not-a-link' })
    expect(decodeTeamLink(payload.slice(0, -1))).toMatchObject({ ok: false })
    expect(decodeTeamLink(payload + 'A')).toMatchObject({ ok: false })
    expect(decodeTeamLink(payload.replace(/^B/, 'C'))).toEqual({ ok: false, error: 'unknown-version' })
    expect(decodeTeamLink(payload.slice(0, 5) + '+' + payload.slice(6))).toEqual({ ok: false, error: 'bad-character' })
  })

  it('refuses more than 50 people, and a person whose own link is damaged', () => {
    expect(() => encodeTeamLink(Array.from({ length: 51 }, () => three[0]!))).toThrow()
    expect(decodeTeamLink('B' + ALPHABET[51] + 'AAAAA')).toEqual({ ok: false, error: 'too-many' })
    // A person's part whose own checksum fails, inside a team checksum that holds.
    const person = 'BAAAAAAAAAAAAEwN' // the empty set-1 link with its last character changed
    expect(decodeResultLink(person).ok).toBe(false)
    const body = 'BB' + 'AQ' + person
    const team = encodeTeamLink([three[0]!])
    const forged = body + team.slice(-3)
    expect(decodeTeamLink(forged).ok).toBe(false)
  })
})

describe('one person, one voice', () => {
  const [a, b, c] = three as [ResultState, ResultState, ResultState]
  const url = (state: ResultState) => `https://example.org/app/#/r/${encodeResultLink(state)}`
  const numbered = (lines: string[]) => lines.map((line, i) => ({ number: i + 1, line }))

  it('keeps each result once, in first order, and counts the copies left out', () => {
    expect(distinctResults([a, b, a, a, c, b])).toStrictEqual({ states: [a, b, c], duplicates: 3 })
    expect(distinctResults(Array.from({ length: 50 }, () => a))).toStrictEqual({ states: [a], duplicates: 49 })
    // The same answers under another label are another person.
    expect(distinctResults([a, { ...a, label: 'Ana' }]).duplicates).toBe(0)
  })

  it('calls a result pasted again the same as the line it first came on, whether whole or bare', () => {
    const read = readCompareLines(numbered([url(a), url(b), encodeResultLink(a)]))
    expect(read.map((l) => l.kind)).toEqual(['result', 'result', 'duplicate'])
    expect(read[2]).toStrictEqual({ kind: 'duplicate', number: 3, sameAs: 1 })
  })

  it('recognises a team link pasted as a line, with its people once each', () => {
    const team = `https://example.org/app/#/t/${encodeTeamLink([a, b, a])}`
    expect(readCompareLines(numbered([team]))).toStrictEqual([{ kind: 'team', number: 1, team: { states: [a, b], duplicates: 1 } }])
  })

  it('says a damaged team link is a damaged team link, and a damaged results link a damaged results link', () => {
    const team = `https://example.org/app/#/t/${encodeTeamLink([a, b])}`
    const read = readCompareLines(numbered([team.slice(0, -4) + 'AAAA', url(c).slice(0, -3)]))
    expect(read[0]).toMatchObject({ kind: 'bad-team', error: 'checksum' })
    expect(read[1]).toMatchObject({ kind: 'bad-result' })
  })
})
