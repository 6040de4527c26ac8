import type { MarginResult } from './margins'
import { allQuestions, type Answers, type DimensionId, type Level, type QuestionSet } from './questionSet'
import { answeredLevel, type AssessmentScore } from './scoring'

/** The findings the assessment can make; each reads across answers (and margins, where given). */
export type FindingId =
  | 'no-sponsor'
  | 'service-judged-on-money'
  | 'hardware-margin-expected'
  | 'chip-in-it'
  | 'service-behind'
  | 'product-behind'
  | 'nobody-at-night'
  | 'managed-apart'
  | 'many-unknowns'
  | 'in-balance'

/** A finding: what was seen, with the figures that show it. The interface words it. */
export interface Finding {
  id: FindingId
  tone: 'risk' | 'strength' | 'note'
  /** Figures the wording refers to, e.g. the two side scores and their gap. */
  values: Readonly<Record<string, number>>
}

// Scores are means of small whole numbers: compared after rounding away floating-point dust,
// so that a gap of exactly 25 is not read as 24.999999999999996.
const clean = (x: number) => Math.round(x * 1e9) / 1e9

/** A service margin below this is "thin" for the findings (percent). */
export const THIN_SERVICE_MARGIN_PCT = 10
/** Side scores this far apart are out of balance. */
export const SIDE_GAP_POINTS = 25

function levelOf(answers: Answers, set: QuestionSet, questionId: string): Level | undefined {
  const question = allQuestions(set).find((q) => q.id === questionId)
  return question && answeredLevel(answers, question)
}

function dimensionScore(score: AssessmentScore, id: DimensionId): number | null {
  return score.dimensions.find((d) => d.id === id)?.score ?? null
}

/** The findings for one result, most pressing first. `margins` adds the money to the picture. */
export function findFindings(
  answers: Answers,
  set: QuestionSet,
  score: AssessmentScore,
  margins?: MarginResult,
): Finding[] {
  const findings: Finding[] = []
  const level = (id: string) => levelOf(answers, set, id)
  const serviceMargin = margins?.service.marginPct ?? null
  const marginValues: Record<string, number> =
    serviceMargin === null ? {} : { serviceMarginPct: serviceMargin, productMarginPct: margins?.product.marginPct ?? 0 }

  const sponsor = level('decision-sponsor')
  if (sponsor !== undefined && sponsor <= 2) findings.push({ id: 'no-sponsor', tone: 'risk', values: { level: sponsor } })

  const serviceGoals = level('decision-service-goals')
  if (serviceGoals !== undefined && serviceGoals <= 2) {
    const thin = serviceMargin !== null && serviceMargin < THIN_SERVICE_MARGIN_PCT ? 1 : 0
    findings.push({ id: 'service-judged-on-money', tone: 'risk', values: { level: serviceGoals, thin, ...marginValues } })
  }

  const finance = level('decision-finance')
  if (finance !== undefined && finance <= 2) {
    findings.push({ id: 'hardware-margin-expected', tone: 'risk', values: { level: finance, ...marginValues } })
  }

  const product = score.sides.product === null ? null : clean(score.sides.product)
  const service = score.sides.service === null ? null : clean(score.sides.service)
  const transformationScore = dimensionScore(score, 'transformation')
  const transformation = transformationScore === null ? null : clean(transformationScore)
  if (product !== null && product >= 50 && transformation !== null && transformation < 40) {
    findings.push({ id: 'chip-in-it', tone: 'risk', values: { product, transformation } })
  }

  if (product !== null && service !== null) {
    const gap = product - service
    if (gap >= SIDE_GAP_POINTS) findings.push({ id: 'service-behind', tone: 'risk', values: { product, service, gap } })
    if (-gap >= SIDE_GAP_POINTS) {
      findings.push({ id: 'product-behind', tone: 'risk', values: { product, service, gap: -gap } })
    }
  }

  const night = level('culture-anytime')
  if (night !== undefined && night <= 2) findings.push({ id: 'nobody-at-night', tone: 'risk', values: { level: night } })

  const ownership = level('integration-ownership')
  if (ownership !== undefined && ownership <= 2) {
    findings.push({ id: 'managed-apart', tone: 'risk', values: { level: ownership } })
  }

  if (score.answered > 0 && score.coverage < 0.6) {
    findings.push({ id: 'many-unknowns', tone: 'note', values: { answered: score.answered, total: score.total } })
  }

  if (product !== null && service !== null && product >= 60 && service >= 60 && Math.abs(product - service) < 10) {
    findings.push({ id: 'in-balance', tone: 'strength', values: { product, service } })
  }
  return findings
}

/** A next step for one of a person's lowest answers. */
export interface Recommendation {
  dimension: DimensionId
  questionId: string
  question: string
  level: Level
  advice: string
  /** What the next level looks like, to aim for. */
  nextLevel: string
}

/**
 * Per dimension, advice for the lowest answered questions (below level 5), lowest first,
 * at most `perDimension` each. Ties keep the questionnaire's order.
 */
export function recommend(answers: Answers, set: QuestionSet, perDimension = 2): Recommendation[] {
  return set.dimensions.flatMap((dimension) =>
    dimension.questions
      .flatMap((question) => {
        const level = answeredLevel(answers, question)
        return level === undefined || level === 5 ? [] : [{ question, level }]
      })
      .sort((a, b) => a.level - b.level)
      .slice(0, perDimension)
      .map(({ question, level }) => ({
        dimension: dimension.id,
        questionId: question.id,
        question: question.text,
        level,
        advice: question.advice,
        nextLevel: question.levels[level]!,
      })),
  )
}
