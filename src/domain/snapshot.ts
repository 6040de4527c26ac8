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

/** What keeping a snapshot did, so that nothing is kept twice or removed without a word. */
export type SnapshotSaveOutcome =
  | { kind: 'saved' }
  /** Kept, and the oldest snapshot (of `removedSavedAt`) removed, as the person confirmed. */
  | { kind: 'saved-oldest-removed'; removedSavedAt: string }
  /** Not kept: the same answers to the same question set as the newest snapshot, of `lastSavedAt`. */
  | { kind: 'same-as-last'; lastSavedAt: string }
  /** Not kept: MAX_SNAPSHOTS are kept, and the person did not confirm removing the oldest. */
  | { kind: 'full'; oldestSavedAt: string }

/** Whether two results hold the same answers to the same question set. */
export function sameResult(a: Snapshot['state'], b: Snapshot['state']): boolean {
  const keys = Object.keys(a.answers)
  return (
    a.questionSetVersion === b.questionSetVersion &&
    keys.length === Object.keys(b.answers).length &&
    keys.every((id) => (a.answers as Record<string, unknown>)[id] === (b.answers as Record<string, unknown>)[id])
  )
}

/**
 * Adds `snapshot` to `kept` (oldest first), unless it repeats the newest one; at MAX_SNAPSHOTS the
 * oldest goes only when `removeOldest` says the person agreed. The list to keep, and what happened.
 */
export function addSnapshot(
  kept: readonly Snapshot[],
  snapshot: Snapshot,
  removeOldest: boolean,
): { snapshots: readonly Snapshot[]; outcome: SnapshotSaveOutcome } {
  const last = kept.at(-1)
  if (last && sameResult(last.state, snapshot.state)) return { snapshots: kept, outcome: { kind: 'same-as-last', lastSavedAt: last.savedAt } }
  if (kept.length < MAX_SNAPSHOTS) return { snapshots: [...kept, snapshot], outcome: { kind: 'saved' } }
  const oldest = kept[0]!
  if (!removeOldest) return { snapshots: kept, outcome: { kind: 'full', oldestSavedAt: oldest.savedAt } }
  const excess = kept.length + 1 - MAX_SNAPSHOTS
  return { snapshots: [...kept.slice(excess), snapshot], outcome: { kind: 'saved-oldest-removed', removedSavedAt: oldest.savedAt } }
}

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
