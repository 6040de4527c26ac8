import { describe, expect, it } from 'vitest'
import { findFindings, prioritise, type FindingOf } from '@/domain/findings'
import { computeMargins, EXAMPLE_MARGIN_INPUT } from '@/domain/margins'
import { QUESTION_SET_V1 } from '@/domain/questions.v1'
import { buildReport, type Report } from '@/domain/report'
import type { ResultState } from '@/domain/resultState'
import { scoreAssessment } from '@/domain/scoring'

const answers = { 'decision-service-goals': 1, 'decision-finance': 2, 'culture-solid': 4 } as const
const withMargins: ResultState = { questionSetVersion: 1, answers, margins: EXAMPLE_MARGIN_INPUT, label: 'Q3' }
const withoutMargins: ResultState = { questionSetVersion: 1, answers }

const money = (report: Report) =>
  report.findings.find((f): f is FindingOf<'service-judged-on-money'> => f.id === 'service-judged-on-money')

describe('buildReport', () => {
  it('includes the margins and their result when the state has them', () => {
    const report = buildReport(withMargins)
    expect(report.set).toBe(QUESTION_SET_V1)
    expect(report.label).toBe('Q3')
    expect(report.margins?.input).toEqual(EXAMPLE_MARGIN_INPUT)
    expect(report.margins?.result).toEqual(computeMargins(EXAMPLE_MARGIN_INPUT))
    expect(report.margins?.result.breakEvenSubscribers).toBe(12_795)
  })

  it('reads the margins into the findings', () => {
    const report = buildReport(withMargins)
    // The example's service margin is −72 %: a loss.
    expect(money(report)?.margin?.kind).toBe('loss')
    expect(money(report)?.margin?.serviceMarginPct).toBeCloseTo((-216_880 / 301_680) * 100, 9)
    const score = scoreAssessment(answers, QUESTION_SET_V1)
    expect(report.findings).toEqual(
      findFindings(answers, QUESTION_SET_V1, score, { input: EXAMPLE_MARGIN_INPUT, result: computeMargins(EXAMPLE_MARGIN_INPUT) }),
    )
  })

  it('without margins has none, and the findings do not speak of money', () => {
    const report = buildReport(withoutMargins)
    expect(report.margins).toBeUndefined()
    expect(report.label).toBeUndefined()
    expect(money(report)?.margin).toBeNull()
  })

  it('takes margins from the calculator for one’s own results', () => {
    const ownFigures = { ...EXAMPLE_MARGIN_INPUT, service: { ...EXAMPLE_MARGIN_INPUT.service, subscribers: 20_000 } }
    const report = buildReport(withoutMargins, ownFigures)
    expect(report.margins?.input).toEqual(ownFigures)
    // 20 000 subscribers: a 22.9 % service margin, not thin.
    expect(money(report)?.margin?.kind).toBe('healthy')
  })

  it('scores and recommends from the state’s answers', () => {
    const report = buildReport(withMargins)
    expect(report.answers).toBe(answers)
    expect(report.score).toEqual(scoreAssessment(answers, QUESTION_SET_V1))
    expect(report.recommendations).toEqual(prioritise(answers, QUESTION_SET_V1))
  })

  it('refuses a questionnaire version that was never released', () => {
    expect(() => buildReport({ questionSetVersion: 99, answers: {} })).toThrow(/99/)
  })
})
