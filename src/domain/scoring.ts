import {
  allQuestions,
  countsForSide,
  type Answers,
  type DimensionId,
  type Level,
  type Question,
  type QuestionSet,
} from './questionSet'

/** Names of the readiness levels, by level. */
export const LEVEL_NAMES: Readonly<Record<Level, string>> = {
  1: 'Absent',
  2: 'Ad hoc',
  3: 'Defined',
  4: 'Measured',
  5: 'Integrated',
}

/** A dimension's result. `score` is null when no question of it was answered ("not assessed"). */
export interface DimensionScore {
  id: DimensionId
  score: number | null
  level: Level | null
  answered: number
  total: number
}

/** Everything the results page shows as numbers. Scores are unrounded, 0–100. */
export interface AssessmentScore {
  dimensions: DimensionScore[]
  overall: number | null
  overallLevel: Level | null
  sides: { product: number | null; service: number | null }
  answered: number
  total: number
  /** Answered questions ÷ all questions, 0–1. */
  coverage: number
}

/** The level of a score: 1 below 20, 2 below 40, 3 below 60, 4 below 80, otherwise 5. */
export function levelForScore(score: number): Level {
  if (score < 20) return 1
  if (score < 40) return 2
  if (score < 60) return 3
  if (score < 80) return 4
  return 5
}

/** The answered level of a question, or undefined for unanswered and "don't know". */
export function answeredLevel(answers: Answers, question: Question): Level | undefined {
  const answer = answers[question.id]
  return answer === undefined || answer === 'na' ? undefined : answer
}

/** (mean level − 1) ÷ 4 × 100 over the answered questions; null when none is answered. */
export function scoreQuestions(answers: Answers, questions: readonly Question[]): number | null {
  const levels = questions.flatMap((q) => answeredLevel(answers, q) ?? [])
  if (levels.length === 0) return null
  const mean = levels.reduce((sum, level) => sum + level, 0) / levels.length
  return ((mean - 1) / 4) * 100
}

/** Scores an assessment exactly as the product brief defines it. */
export function scoreAssessment(answers: Answers, set: QuestionSet): AssessmentScore {
  const dimensions = set.dimensions.map((dimension): DimensionScore => {
    const score = scoreQuestions(answers, dimension.questions)
    return {
      id: dimension.id,
      score,
      level: score === null ? null : levelForScore(score),
      answered: dimension.questions.filter((q) => answeredLevel(answers, q) !== undefined).length,
      total: dimension.questions.length,
    }
  })
  const assessed = dimensions.flatMap((d) => (d.score === null ? [] : [d.score]))
  const overall = assessed.length === 0 ? null : assessed.reduce((a, b) => a + b, 0) / assessed.length
  const questions = allQuestions(set)
  const answered = dimensions.reduce((sum, d) => sum + d.answered, 0)
  return {
    dimensions,
    overall,
    overallLevel: overall === null ? null : levelForScore(overall),
    sides: {
      product: scoreQuestions(answers, questions.filter((q) => countsForSide(q, 'product'))),
      service: scoreQuestions(answers, questions.filter((q) => countsForSide(q, 'service'))),
    },
    answered,
    total: questions.length,
    coverage: questions.length === 0 ? 0 : answered / questions.length,
  }
}
