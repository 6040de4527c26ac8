import { z } from 'zod/mini'
import { answerStateSchema } from './draft'
import { DIMENSION_IDS, type Answer, type Answers, type DimensionId, type QuestionSet } from './questionSet'
import { dimensionScore, scoreAssessment, type AssessmentScore } from './scoring'

/** A dated copy of a person's result, kept to compare with later. */
export interface Snapshot {
  id: string
  savedAt: string
  state: z.infer<typeof answerStateSchema>
}

export const snapshotSchema = z.object({ id: z.string(), savedAt: z.string(), state: answerStateSchema })

/** The snapshots' format version in storage and in exported files. */
export const SNAPSHOTS_FORMAT = 1

/** Most snapshots kept: enough for years of quarterly reviews. */
export const MAX_SNAPSHOTS = 100

/** The snapshots as kept in localStorage. */
export const snapshotsEnvelopeSchema = z.object({
  format: z.literal(SNAPSHOTS_FORMAT),
  /** Counts every write, so that a tab never writes older snapshots over newer ones. */
  revision: z.optional(z.number()),
  snapshots: z.array(snapshotSchema),
})

/** How one question's answer moved between two results of the same question set. */
export interface QuestionChange {
  questionId: string
  dimension: DimensionId
  /** A level, "don't know" (`na`), or null for not answered. */
  before: Answer | null
  after: Answer | null
}

/** What changed from an earlier result to a later one. */
export interface ResultChange {
  /** After − before in whole points, as the scores are shown (each rounded first); null where either is not assessed. */
  dimensions: Readonly<Record<DimensionId, number | null>>
  overall: number | null
  /** Questions answered differently (a level, or answered against not); only within one question set. */
  questions: QuestionChange[]
  /** The two results' scores, each by its own question set. */
  before: AssessmentScore
  after: AssessmentScore
}

const delta = (before: number | null, after: number | null) =>
  before === null || after === null ? null : Math.round(after) - Math.round(before)

/** Compares an earlier result with a later one, each scored by its own question set. */
export function compareResults(
  before: { set: QuestionSet; answers: Answers },
  after: { set: QuestionSet; answers: Answers },
): ResultChange {
  const a = scoreAssessment(before.answers, before.set)
  const b = scoreAssessment(after.answers, after.set)
  const questions =
    before.set.version !== after.set.version
      ? []
      : after.set.dimensions.flatMap((dimension) =>
          dimension.questions.flatMap((question) => {
            const was = before.answers[question.id] ?? null
            const is = after.answers[question.id] ?? null
            return was === is ? [] : [{ questionId: question.id, dimension: dimension.id, before: was, after: is }]
          }),
        )
  return {
    dimensions: Object.fromEntries(DIMENSION_IDS.map((id) => [id, delta(dimensionScore(a, id), dimensionScore(b, id))])) as Record<DimensionId, number | null>,
    overall: delta(a.overall, b.overall),
    questions,
    before: a,
    after: b,
  }
}
