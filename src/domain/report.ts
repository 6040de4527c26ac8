import { findFindings, prioritise, type Finding, type MarginsSeen, type Recommendation } from './findings'
import { projectLifetime, type LifeInput } from './lifetime'
import { computeMargins, type MarginInput } from './margins'
import type { Answers, QuestionSet } from './questionSet'
import { questionSetByVersion } from './questionSets'
import type { ResultState } from './resultState'
import { scoreAssessment, type AssessmentScore } from './scoring'

/** Everything a results page shows for one result. */
export interface Report {
  set: QuestionSet
  answers: Answers
  score: AssessmentScore
  findings: Finding[]
  /** Every open step, in the order to take them (see `prioritise`). */
  recommendations: Recommendation[]
  margins?: MarginsSeen
  /** The margins' currency, when known. */
  currency?: string
  label?: string
}

/**
 * Builds the report for a valid result state; margins and the figures of the product's life
 * come from the state or, for one's own results, the calculator.
 */
export function buildReport(
  state: ResultState,
  margins: MarginInput | undefined = state.margins,
  life: LifeInput | undefined = state.life,
): Report {
  const set = questionSetByVersion(state.questionSetVersion)
  if (!set) throw new Error(`Unknown questionnaire version ${state.questionSetVersion}`)
  const score = scoreAssessment(state.answers, set)
  const marginsSeen = margins && {
    input: margins,
    result: computeMargins(margins),
    projection: life && projectLifetime(margins, life),
  }
  return {
    set,
    answers: state.answers,
    score,
    findings: findFindings(state.answers, set, score, marginsSeen),
    recommendations: prioritise(state.answers, set),
    margins: marginsSeen,
    currency: state.currency,
    label: state.label,
  }
}
