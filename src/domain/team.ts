import { DIMENSION_IDS, type Answers, type DimensionId, type Level, type QuestionSet } from './questionSet'
import { answeredLevel, dimensionScore, type AssessmentScore } from './scoring'

/** Most people a team view takes. */
export const MAX_TEAM = 50

/** A question on which the team's answers lie this many levels apart, or more, is a disagreement. */
export const DISAGREEMENT_RANGE = 2

/** One person's result, as the team view reads it. */
export interface TeamMember {
  set: QuestionSet
  answers: Answers
  score: AssessmentScore
}

/** The middle of the people's scores and how far apart they lie; null when nobody is assessed. */
export interface Spread {
  median: number | null
  /** Highest − lowest. */
  range: number | null
  /** How many people's scores count (those not assessed are left out). */
  count: number
}

/** A question the team answered far apart (PRODUCT.md, "Workshops"). */
export interface Disagreement {
  questionSetVersion: number
  questionId: string
  dimension: DimensionId
  /** Highest − lowest level among those who answered. */
  range: number
  /** How many people chose each level. */
  counts: Readonly<Record<Level, number>>
}

/** What the team view shows. */
export interface TeamSummary {
  people: number
  overall: Spread
  dimensions: Readonly<Record<DimensionId, Spread>>
  sides: { product: Spread; service: Spread }
  disagreements: Disagreement[]
}

/** The median: the middle value, or the mean of the two middle ones for an even count; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

function spread(scores: readonly (number | null)[]): Spread {
  const known = scores.filter((s): s is number => s !== null)
  return {
    median: median(known),
    range: known.length === 0 ? null : Math.max(...known) - Math.min(...known),
    count: known.length,
  }
}

/**
 * The team's medians and ranges, and its disagreements, exactly as PRODUCT.md defines them.
 * Dimension and side scores compare across question sets (each person is scored by their own
 * set); per-question disagreement is found only among people who answered the same set.
 */
export function summariseTeam(members: readonly TeamMember[]): TeamSummary {
  const dimensions = Object.fromEntries(
    DIMENSION_IDS.map((id) => [id, spread(members.map((m) => dimensionScore(m.score, id)))]),
  ) as Record<DimensionId, Spread>

  const sets = [...new Map(members.map((m) => [m.set.version, m.set])).values()].sort((a, b) => a.version - b.version)
  const disagreements = sets.flatMap((set) => {
    const answers = members.filter((m) => m.set.version === set.version).map((m) => m.answers)
    return set.dimensions.flatMap((dimension) =>
      dimension.questions.flatMap((question) => {
        const levels = answers.flatMap((a) => answeredLevel(a, question) ?? [])
        if (levels.length === 0) return []
        const range = Math.max(...levels) - Math.min(...levels)
        if (range < DISAGREEMENT_RANGE) return []
        const counts = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } as Record<Level, number>
        for (const level of levels) counts[level]++
        return [{ questionSetVersion: set.version, questionId: question.id, dimension: dimension.id, range, counts }]
      }),
    )
  })
  // Largest range first; then questionnaire order, a set at a time: the sort is stable.
  disagreements.sort((a, b) => b.range - a.range)

  return {
    people: members.length,
    overall: spread(members.map((m) => m.score.overall)),
    dimensions,
    sides: {
      product: spread(members.map((m) => m.score.sides.product)),
      service: spread(members.map((m) => m.score.sides.service)),
    },
    disagreements,
  }
}
