import { describe, expect, it } from 'vitest'
import { allQuestions, DIMENSION_IDS } from '@/domain/questionSet'
import { QUESTION_SET_V3 } from '@/domain/questions.v3'
import { decodeResultLink, encodeResultLink } from '@/domain/resultLink'
import type { ResultState } from '@/domain/resultState'
import { summariseTeam } from '@/domain/team'
import { encodeTeamLink, readCompareLines } from '@/domain/teamLink'
import {
  dimensionMedians,
  dimensionScores,
  measureScore,
  measureSpread,
  openTeamLinks,
  pastedLines,
  questionSetGroups,
  resultLinks,
  TEAM_MEASURES,
  teamMember,
  workshopPerson,
  type WorkshopPerson,
} from '@/domain/workshop'
import { answersFrom } from './answers'

const APP = 'https://example.org/app/'
const ids = allQuestions(QUESTION_SET_V3).map((q) => q.id)
const a: ResultState = { questionSetVersion: 3, answers: answersFrom('11111 11111 11111 11111 11111', ids) }
const b: ResultState = { questionSetVersion: 3, answers: answersFrom('55555 55555 55555 55555 -----', ids), label: 'Bea' }
const old: ResultState = { questionSetVersion: 1, answers: { 'culture-judged': 3 } }

describe('the pasted links', () => {
  it('are the lines that hold something, trimmed, numbered as they stand in the box', () => {
    expect(pastedLines('  one \r\n\n   \ntwo\nthree  ')).toEqual([
      { number: 1, line: 'one' },
      { number: 4, line: 'two' },
      { number: 5, line: 'three' },
    ])
    expect(pastedLines('')).toEqual([])
  })

  it('are each result’s own results link on the app’s address', () => {
    const links = resultLinks(APP, [a, b])
    expect(links).toEqual([`${APP}#/r/${encodeResultLink(a)}`, `${APP}#/r/${encodeResultLink(b)}`])
    expect(links.map((link) => decodeResultLink(link))).toEqual([
      { ok: true, state: a },
      { ok: true, state: b },
    ])
  })

  it('open a team link pasted as a line into its people’s links, each once, where it stood', () => {
    const text = [resultLinks(APP, [old])[0], '', `${APP}#/t/${encodeTeamLink([a, b, a])}`, 'rubbish'].join('\n')
    const opened = openTeamLinks(text, readCompareLines(pastedLines(text)), APP)
    expect(opened).toEqual({ text: [resultLinks(APP, [old])[0], '', ...resultLinks(APP, [a, b]), 'rubbish'].join('\n'), duplicates: 1 })
  })

  it('stay as they are without a team link', () => {
    const text = resultLinks(APP, [a, b]).join('\n')
    expect(openTeamLinks(text, readCompareLines(pastedLines(text)), APP)).toBeNull()
  })
})

describe('the people of a workshop', () => {
  it('are scored by their own question set', () => {
    const person = workshopPerson(b)
    expect(person.set.version).toBe(3)
    expect(person.score.answered).toBe(20)
    expect(teamMember(person)).toEqual({ set: person.set, answers: b.answers, score: person.score })
  })

  it('are grouped by question set, oldest first, each group in their order', () => {
    const people = [b, old, a].map(workshopPerson)
    expect(questionSetGroups(people).map((g) => [g.version, g.current, g.people.map((p) => p.state)])).toEqual([
      [1, false, [old]],
      [3, true, [b, a]],
    ])
    expect(questionSetGroups([])).toEqual([])
  })
})

describe('the scores of the workshop’s tables and radar', () => {
  const people = [a, b].map(workshopPerson)
  const team = summariseTeam(people.map(teamMember))

  it('are a row each: overall, the dimensions, then the sides', () => {
    expect(TEAM_MEASURES).toEqual(['overall', ...DIMENSION_IDS, 'product', 'service'])
  })

  it('read each person’s score and the team’s spread for every row', () => {
    const [low, high] = people as [WorkshopPerson, WorkshopPerson]
    expect(TEAM_MEASURES.map((id) => measureScore(low.score, id))).toEqual([0, 0, 0, 0, 0, 0, 0, 0])
    // Bea left integration unanswered: it is not assessed, and the team's integration is hers alone.
    expect(TEAM_MEASURES.map((id) => measureScore(high.score, id))).toEqual([100, 100, 100, 100, 100, null, 100, 100])
    expect(TEAM_MEASURES.map((id) => measureSpread(team, id))).toEqual([
      ...Array.from({ length: 5 }, () => ({ median: 50, range: 100, count: 2 })),
      { median: 0, range: 0, count: 1 },
      ...Array.from({ length: 2 }, () => ({ median: 50, range: 100, count: 2 })),
    ])
  })

  it('give the radar every dimension in order, for a person and for the team’s median', () => {
    const [low, high] = people as [WorkshopPerson, WorkshopPerson]
    expect(dimensionScores(low.score)).toEqual([0, 0, 0, 0, 0])
    expect(dimensionScores(high.score)).toEqual([100, 100, 100, 100, null])
    expect(dimensionMedians(team)).toEqual([50, 50, 50, 50, 0])
    expect(dimensionMedians(summariseTeam([]))).toEqual([null, null, null, null, null])
  })
})
