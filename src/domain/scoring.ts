import {
  allQuestions,
  countsForSide,
  type Answers,
  type DimensionId,
  type Level,
  type Question,
  type QuestionSet,
} from './questionSet'
import { CURRENT_QUESTION_SET } from './questionSets'

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

/** A dimension's score, or null when it is not assessed. */
export function dimensionScore(score: AssessmentScore, id: DimensionId): number | null {
  return score.dimensions.find((d) => d.id === id)?.score ?? null
}

/** The level of a score: 1 below 20, 2 below 40, 3 below 60, 4 below 80, otherwise 5. */
export function levelForScore(score: number): Level {
  return levelOf({ num: score, den: 1 })
}

/** The answered level of a question, or undefined for unanswered and "don't know". */
export function answeredLevel(answers: Answers, question: Question): Level | undefined {
  const answer = answers[question.id]
  return answer === undefined || answer === 'na' ? undefined : answer
}

/**
 * A score as an exact fraction. Means of means in floating point land a hair below a level's
 * threshold (19.999999999999996 for 20): levels are read from the exact value instead.
 */
interface Fraction {
  num: number
  den: number
}

function levelOf({ num, den }: Fraction): Level {
  if (num < 20 * den) return 1
  if (num < 40 * den) return 2
  if (num < 60 * den) return 3
  if (num < 80 * den) return 4
  return 5
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))

/** (mean level − 1) ÷ 4 × 100 = (sum − n) × 100 ÷ 4n, exactly. */
function questionsFraction(answers: Answers, questions: readonly Question[]): Fraction | null {
  const levels = questions.flatMap((q) => answeredLevel(answers, q) ?? [])
  if (levels.length === 0) return null
  const sum = levels.reduce((total, level) => total + level, 0)
  return { num: (sum - levels.length) * 100, den: 4 * levels.length }
}

/** The mean of fractions, exactly. */
function meanFraction(fractions: readonly Fraction[]): Fraction | null {
  if (fractions.length === 0) return null
  const den = fractions.reduce((l, f) => (l * f.den) / gcd(l, f.den), 1)
  const num = fractions.reduce((total, f) => total + f.num * (den / f.den), 0)
  return { num, den: den * fractions.length }
}

/** (mean level − 1) ÷ 4 × 100 over the answered questions; null when none is answered. */
export function scoreQuestions(answers: Answers, questions: readonly Question[]): number | null {
  const fraction = questionsFraction(answers, questions)
  return fraction && fraction.num / fraction.den
}

/** Scores an assessment exactly as the product brief defines it, against `set` (by default the current questionnaire). */
export function scoreAssessment(answers: Answers, set: QuestionSet = CURRENT_QUESTION_SET): AssessmentScore {
  const fractions = set.dimensions.map((dimension) => questionsFraction(answers, dimension.questions))
  const dimensions = set.dimensions.map(
    (dimension, i): DimensionScore => ({
      id: dimension.id,
      score: fractions[i] ? fractions[i].num / fractions[i].den : null,
      level: fractions[i] ? levelOf(fractions[i]) : null,
      answered: dimension.questions.filter((q) => answeredLevel(answers, q) !== undefined).length,
      total: dimension.questions.length,
    }),
  )
  const overall = meanFraction(fractions.filter((f): f is Fraction => f !== null))
  const questions = allQuestions(set)
  const answered = dimensions.reduce((sum, d) => sum + d.answered, 0)
  return {
    dimensions,
    overall: overall && overall.num / overall.den,
    overallLevel: overall && levelOf(overall),
    sides: {
      product: scoreQuestions(answers, questions.filter((q) => countsForSide(set, q, 'product'))),
      service: scoreQuestions(answers, questions.filter((q) => countsForSide(set, q, 'service'))),
    },
    answered,
    total: questions.length,
    coverage: questions.length === 0 ? 0 : answered / questions.length,
  }
}
