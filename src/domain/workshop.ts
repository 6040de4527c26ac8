import { DIMENSION_IDS, type QuestionSet } from './questionSet'
import { CURRENT_QUESTION_SET, questionSetByVersion } from './questionSets'
import { encodeResultLink, resultLinkUrl } from './resultLink'
import type { ResultState } from './resultState'
import { dimensionScore, scoreAssessment, type AssessmentScore } from './scoring'
import type { Spread, TeamMember, TeamSummary } from './team'
import type { CompareLine } from './teamLink'

/*
 * The workshop page's rules (#/compare and #/t/…): the box where results links are pasted, the
 * people it yields, who answered which question set, and the scores its tables and radar show.
 */

/** A line of the box where results links are pasted that holds something, with its number in the box (from 1). */
export interface PastedLine {
  number: number
  line: string
}

/** The lines of the pasted text that hold something, trimmed, each with its line number. */
export function pastedLines(text: string): PastedLine[] {
  return text
    .split(/\r?\n/)
    .map((line, i) => ({ number: i + 1, line: line.trim() }))
    .filter((l) => l.line !== '')
}

/** Each result's own results link, on the app at `appAddress`. */
export function resultLinks(appAddress: string, states: readonly ResultState[]): string[] {
  return states.map((state) => resultLinkUrl(appAddress, encodeResultLink(state)))
}

/** The pasted text with its team links opened, and how many repeats of a result they held. */
export interface OpenedTeams {
  text: string
  duplicates: number
}

/**
 * The pasted text with every line read as a team link (`read`, from readCompareLines) replaced by
 * its people's own results links, one a line, each person once; null when no line is a team link.
 */
export function openTeamLinks(text: string, read: readonly CompareLine[], appAddress: string): OpenedTeams | null {
  const teams = read.flatMap((l) => (l.kind === 'team' ? [l] : []))
  if (teams.length === 0) return null
  const byLine = new Map(teams.map((l) => [l.number, resultLinks(appAddress, l.team.states)]))
  return {
    text: text
      .split(/\r?\n/)
      .flatMap((line, i) => byLine.get(i + 1) ?? [line])
      .join('\n'),
    duplicates: teams.reduce((sum, l) => sum + l.team.duplicates, 0),
  }
}

/** One person on the workshop page: their result, scored by the rules of its own question set. */
export interface WorkshopPerson {
  state: ResultState
  set: QuestionSet
  score: AssessmentScore
}

/** A result read from a link, as a person of the workshop (its question set is a released one: the link decoded). */
export function workshopPerson(state: ResultState): WorkshopPerson {
  const set = questionSetByVersion(state.questionSetVersion)!
  return { state, set, score: scoreAssessment(state.answers, set) }
}

/** A person as summariseTeam reads them. */
export const teamMember = (person: WorkshopPerson): TeamMember => ({ set: person.set, answers: person.state.answers, score: person.score })

/** The people who answered one question set. */
export interface QuestionSetGroup<P> {
  version: number
  /** Whether it is the current question set. */
  current: boolean
  people: P[]
}

/** The people by the question set they answered, oldest first, each group in the people's order. */
export function questionSetGroups<P extends { set: QuestionSet }>(people: readonly P[]): QuestionSetGroup<P>[] {
  return [...new Set(people.map((p) => p.set.version))]
    .sort((a, b) => a - b)
    .map((version) => ({
      version,
      current: version === CURRENT_QUESTION_SET.version,
      people: people.filter((p) => p.set.version === version),
    }))
}

/** The scores the workshop's tables show, a row each: overall, each dimension, then each side. */
export const TEAM_MEASURES = ['overall', ...DIMENSION_IDS, 'product', 'service'] as const

/** A row of the workshop's tables. */
export type TeamMeasure = (typeof TEAM_MEASURES)[number]

/** One person's score for a row of the workshop's tables; null when not assessed. */
export function measureScore(score: AssessmentScore, measure: TeamMeasure): number | null {
  if (measure === 'overall') return score.overall
  if (measure === 'product' || measure === 'service') return score.sides[measure]
  return dimensionScore(score, measure)
}

/** The team's median and range for a row of the workshop's tables. */
export function measureSpread(team: TeamSummary, measure: TeamMeasure): Spread {
  if (measure === 'overall') return team.overall
  if (measure === 'product' || measure === 'service') return team.sides[measure]
  return team.dimensions[measure]
}

/** The scores of every dimension, in DIMENSION_IDS order: one person's radar. */
export const dimensionScores = (score: AssessmentScore): (number | null)[] => DIMENSION_IDS.map((id) => dimensionScore(score, id))

/** The team's median of every dimension, in DIMENSION_IDS order: the team's radar. */
export const dimensionMedians = (team: TeamSummary): (number | null)[] => DIMENSION_IDS.map((id) => team.dimensions[id].median)
