import type { LifetimeProjection } from './lifetime'
import { marginKind, type MarginInput, type MarginResult } from './margins'
import {
  allQuestions,
  questionById,
  countsForSide,
  type Answers,
  type DimensionId,
  type Level,
  type Question,
  type QuestionSet,
  type RoleId,
} from './questionSet'
import { answeredLevel, dimensionScore, type AssessmentScore } from './scoring'

/** Side scores this far apart are out of balance. */
export const SIDE_GAP_POINTS = 25
/** Transformation below this score means the product is connected but not transformed. */
const CHIP_IN_IT_BELOW = 40
/** A side's score speaks for it only when at least this many of its questions are answered. */
const SIDE_EVIDENCE = 3

/** What the margin calculator says about the service, where a finding speaks of money. */
export interface ServiceMargin {
  /** `loss` below 0 %, `thin` from 0 to under 10 %, `healthy` from 10 %. */
  kind: 'loss' | 'thin' | 'healthy'
  serviceMarginPct: number
  /** Null when the product has no revenue. */
  productMarginPct: number | null
}

/** A low answer to one question (level 1 or 2). */
interface LowAnswer {
  tone: 'risk'
  level: Level
}

/**
 * A finding: what was seen, with the figures that show it. One variant per kind, each with
 * exactly the figures its wording may use.
 */
export type Finding =
  | ({ id: 'no-sponsor' } & LowAnswer)
  | ({ id: 'service-judged-on-money'; margin: ServiceMargin | null } & LowAnswer)
  | ({ id: 'hardware-margin-expected'; margin: ServiceMargin | null } & LowAnswer)
  | {
      id: 'chip-in-it'
      tone: 'risk'
      transformation: number
      product: number | null
      /** The transformation questions answered at level 1 or 2, in questionnaire order: the ones to name. */
      low: readonly { questionId: string; level: Level }[]
    }
  | { id: 'service-behind'; tone: 'risk'; product: number; service: number; gap: number }
  | { id: 'product-behind'; tone: 'risk'; product: number; service: number; gap: number }
  | ({ id: 'nobody-at-night' } & LowAnswer)
  | ({ id: 'managed-apart' } & LowAnswer)
  | ({
      id: 'hardware-method'
      /** The question set answered: its level 1 reads "the hardware's plan, or none" before set 3, "the hardware's plan" from set 3. */
      version: number
    } & LowAnswer)
  | ({ id: 'first-to-be-cut' } & LowAnswer)
  | ({
      id: 'loss-without-staying-power'
      /** The service's margin, below 0; null when it has no revenue yet (no subscribers). */
      serviceMarginPct: number | null
      subscribers: number
      /** Subscribers needed to cover the fixed cost; null when the fee does not cover the cost to serve. */
      breakEvenSubscribers: number | null
      /** With the figures of the product's life: the first year the service pays its way (null: not within the horizon). */
      turn: { paysYear: number | null; paysBackYear: number | null; horizonYears: number } | null
    } & LowAnswer)
  | { id: 'many-unknowns'; tone: 'note'; answered: number; total: number }
  | { id: 'in-balance'; tone: 'strength'; product: number; service: number }

/** The findings the assessment can make. */
export type FindingId = Finding['id']

/**
 * The findings that read one low answer, with the question each reads: what to do next is that
 * question's own next step, in the words of the answer's question set.
 */
export const FINDING_QUESTION = {
  'no-sponsor': 'decision-sponsor',
  'service-judged-on-money': 'decision-service-goals',
  'hardware-margin-expected': 'decision-finance',
  'nobody-at-night': 'culture-anytime',
  'managed-apart': 'integration-ownership',
  'hardware-method': 'methods-fit',
  'first-to-be-cut': 'decision-staying-power',
} as const satisfies Partial<Record<FindingId, string>>

/** A finding whose next step is its question's own. */
export type StepFindingId = keyof typeof FINDING_QUESTION

/** The variant of a finding with this id. */
export type FindingOf<Id extends FindingId> = Extract<Finding, { id: Id }>

// Scores are means of small whole numbers: compared after rounding away floating-point dust,
// so that a gap of exactly 25 is not read as 24.999999999999996.
const clean = (x: number | null) => (x === null ? null : Math.round(x * 1e9) / 1e9)

function levelOf(answers: Answers, set: QuestionSet, questionId: string): Level | undefined {
  const question = questionById(set, questionId)
  return question && answeredLevel(answers, question)
}

function serviceMarginOf(margins: MarginResult | undefined): ServiceMargin | null {
  const serviceMarginPct = margins?.service.marginPct ?? null
  if (margins === undefined || serviceMarginPct === null) return null
  return { kind: marginKind(serviceMarginPct), serviceMarginPct, productMarginPct: margins.product.marginPct }
}

/** The margin figures and what they come to, when a result has them; the projection when the product's life is known. */
export interface MarginsSeen {
  input: MarginInput
  result: MarginResult
  projection?: LifetimeProjection
}

/** The findings for one result, most pressing first. `margins` adds the money to the picture. */
export function findFindings(
  answers: Answers,
  set: QuestionSet,
  score: AssessmentScore,
  margins?: MarginsSeen,
): Finding[] {
  const findings: Finding[] = []
  const low = (questionId: string) => {
    const level = levelOf(answers, set, questionId)
    return level !== undefined && level <= 2 ? level : undefined
  }
  const margin = serviceMarginOf(margins?.result)

  const sponsor = low(FINDING_QUESTION['no-sponsor'])
  if (sponsor) findings.push({ id: 'no-sponsor', tone: 'risk', level: sponsor })

  const stayingPower = low(FINDING_QUESTION['first-to-be-cut'])
  if (stayingPower) {
    // Below break-even is a loss in the year: with no subscribers yet, the whole fixed cost.
    const loss = margins && margins.result.service.grossProfit < 0 ? margins : undefined
    // The loss names the same weakness with the money in it: one finding, not two.
    findings.push(
      loss
        ? {
            id: 'loss-without-staying-power',
            tone: 'risk',
            level: stayingPower,
            serviceMarginPct: loss.result.service.marginPct,
            subscribers: loss.input.service.subscribers,
            breakEvenSubscribers: loss.result.breakEvenSubscribers,
            turn: loss.projection
              ? {
                  paysYear: loss.projection.servicePaysYear,
                  paysBackYear: loss.projection.servicePaysBackYear,
                  horizonYears: loss.projection.years.length,
                }
              : null,
          }
        : { id: 'first-to-be-cut', tone: 'risk', level: stayingPower },
    )
  }

  const serviceGoals = low(FINDING_QUESTION['service-judged-on-money'])
  if (serviceGoals) findings.push({ id: 'service-judged-on-money', tone: 'risk', level: serviceGoals, margin })

  const finance = low(FINDING_QUESTION['hardware-margin-expected'])
  if (finance) findings.push({ id: 'hardware-margin-expected', tone: 'risk', level: finance, margin })

  // One answer at 4 against one at 2 is a 50-point gap: the sides are compared on enough answers only.
  const answeredOn = (side: 'product' | 'service') =>
    allQuestions(set).filter((q) => countsForSide(set, q, side) && answeredLevel(answers, q) !== undefined).length
  const sidesComparable = answeredOn('product') >= SIDE_EVIDENCE && answeredOn('service') >= SIDE_EVIDENCE
  const product = clean(score.sides.product)
  const service = clean(score.sides.service)
  const transformation = clean(dimensionScore(score, 'transformation'))
  if (transformation !== null && transformation < CHIP_IN_IT_BELOW) {
    const lowOnes = (set.dimensions.find((d) => d.id === 'transformation')?.questions ?? []).flatMap((q) => {
      const level = low(q.id)
      return level ? [{ questionId: q.id, level }] : []
    })
    findings.push({ id: 'chip-in-it', tone: 'risk', transformation, product, low: lowOnes })
  }

  if (sidesComparable && product !== null && service !== null) {
    const gap = product - service
    if (gap >= SIDE_GAP_POINTS) findings.push({ id: 'service-behind', tone: 'risk', product, service, gap })
    if (-gap >= SIDE_GAP_POINTS) findings.push({ id: 'product-behind', tone: 'risk', product, service, gap: -gap })
  }

  const night = low(FINDING_QUESTION['nobody-at-night'])
  if (night) findings.push({ id: 'nobody-at-night', tone: 'risk', level: night })

  const method = low(FINDING_QUESTION['hardware-method'])
  if (method) findings.push({ id: 'hardware-method', tone: 'risk', level: method, version: set.version })

  const ownership = low(FINDING_QUESTION['managed-apart'])
  if (ownership) findings.push({ id: 'managed-apart', tone: 'risk', level: ownership })

  if (score.answered > 0 && score.coverage < 0.6) {
    findings.push({ id: 'many-unknowns', tone: 'note', answered: score.answered, total: score.total })
  }

  if (sidesComparable && product !== null && service !== null && product >= 60 && service >= 60 && Math.abs(product - service) < 10) {
    findings.push({ id: 'in-balance', tone: 'strength', product, service })
  }
  return findings
}

/**
 * A next step: one answered question below level 5, to be taken from the level answered. Its
 * words (the question, the advice for the step, the next level) are with the question's words.
 */
export interface Recommendation {
  dimension: DimensionId
  questionId: string
  level: Exclude<Level, 5>
  /** Who moves first on this step, where the question's set names one (from set 3 on). */
  owner: RoleId | null
}

/** Without a conscious decision by someone senior enough, nothing else sticks: this question comes first when low. */
const FIRST_QUESTION = 'decision-sponsor'

function openSteps(answers: Answers, set: QuestionSet): Recommendation[] {
  return set.dimensions.flatMap((dimension) =>
    dimension.questions.flatMap((question: Question) => {
      const level = answeredLevel(answers, question)
      if (level === undefined || level === 5) return []
      return [{ dimension: dimension.id, questionId: question.id, level, owner: question.owners?.[level - 1] ?? null }]
    }),
  )
}

/**
 * Every open step (answered below level 5), in the order to take them: `decision-sponsor` at
 * level 1 or 2 first; then the lower level first; among equal levels the set's order of
 * necessity (in sets 1 and 2 the essay's: decision, transformation, culture, integration,
 * methods); then questionnaire order.
 */
export function prioritise(answers: Answers, set: QuestionSet): Recommendation[] {
  const rank = (step: Recommendation) => (step.questionId === FIRST_QUESTION && step.level <= 2 ? 0 : 1)
  const necessity = (step: Recommendation) => set.necessityOrder.indexOf(step.dimension)
  // Array.prototype.sort is stable: equal steps keep questionnaire order.
  return openSteps(answers, set).sort((a, b) => rank(a) - rank(b) || a.level - b.level || necessity(a) - necessity(b))
}

/** How many of the prioritised steps the results page names as where to start. */
export const PRIORITY_COUNT = 3
