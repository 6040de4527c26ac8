import { findFindings, recommend, type Finding, type Recommendation } from './findings'
import { computeMargins, type MarginInput, type MarginResult } from './margins'
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
  recommendations: Recommendation[]
  margins?: { input: MarginInput; result: MarginResult }
  /** The margins' currency, when known. */
  currency?: string
  label?: string
}

/** Builds the report for a valid result state; margins come from the state or, for one's own results, the calculator. */
export function buildReport(state: ResultState, margins: MarginInput | undefined = state.margins): Report {
  const set = questionSetByVersion(state.questionSetVersion)
  if (!set) throw new Error(`Unknown questionnaire version ${state.questionSetVersion}`)
  const score = scoreAssessment(state.answers, set)
  const marginResult = margins && computeMargins(margins)
  return {
    set,
    answers: state.answers,
    score,
    findings: findFindings(state.answers, set, score, marginResult),
    recommendations: recommend(state.answers, set),
    margins: margins && marginResult && { input: margins, result: marginResult },
    currency: state.currency,
    label: state.label,
  }
}
