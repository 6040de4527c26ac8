import type { QuestionSet } from './questionSet'
import { QUESTION_SET_V1 } from './questions.v1'
import { QUESTION_SET_V2 } from './questions.v2'
import { QUESTION_SET_V3 } from './questions.v3'

/**
 * Every question set ever released, by version. Old versions stay here forever:
 * a results link carries its version and is scored against that set.
 */
export const QUESTION_SETS: Readonly<Record<number, QuestionSet>> = {
  [QUESTION_SET_V1.version]: QUESTION_SET_V1,
  [QUESTION_SET_V2.version]: QUESTION_SET_V2,
  [QUESTION_SET_V3.version]: QUESTION_SET_V3,
}

/** The question set new assessments use. */
export const CURRENT_QUESTION_SET: QuestionSet = QUESTION_SET_V3

/** The released question set with this version, if there is one. */
export function questionSetByVersion(version: number): QuestionSet | undefined {
  return QUESTION_SETS[version]
}
