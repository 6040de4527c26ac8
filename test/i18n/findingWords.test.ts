import { describe, expect, it } from 'vitest'
import { findFindings, type Finding, type FindingId, type ServiceMargin } from '@/domain/findings'
import { computeMargins, EXAMPLE_MARGIN_INPUT } from '@/domain/margins'
import { allQuestions, type Answers, type Level, type QuestionSet } from '@/domain/questionSet'
import { QUESTION_SET_V2 } from '@/domain/questions.v2'
import { QUESTION_SET_V3 } from '@/domain/questions.v3'
import { QUESTION_SETS } from '@/domain/questionSets'
import { scoreAssessment } from '@/domain/scoring'
import { findingFormat } from '@/i18n/format'
import { wordFinding } from '@/i18n/results'

/** A finding's words as the results page shows them: what we see, and what to do next ('' where it is the question's own step). */
function words(finding: Finding): { seen: string; next: string } {
  const { seen, todo } = wordFinding(finding, findingFormat)
  return { seen, next: todo ?? '' }
}

const LOW_ANSWER_FINDINGS: readonly [FindingId, string][] = [
  ['no-sponsor', 'decision-sponsor'],
  ['service-judged-on-money', 'decision-service-goals'],
  ['hardware-margin-expected', 'decision-finance'],
  ['nobody-at-night', 'culture-anytime'],
  ['managed-apart', 'integration-ownership'],
  ['hardware-method', 'methods-fit'],
  ['first-to-be-cut', 'decision-staying-power'],
]

function findingFor(id: FindingId, answers: Answers, set: QuestionSet = QUESTION_SET_V3): Finding {
  const found = findFindings(answers, set, scoreAssessment(answers, set)).find((f) => f.id === id)
  if (!found) throw new Error(`${id} did not fire`)
  return found
}

describe('findings worded for the level answered', () => {
  it.each(LOW_ANSWER_FINDINGS)('%s reads differently at level 1 and at level 2, and never hedges with "or"', (id, questionId) => {
    const [one, two] = ([1, 2] as Level[]).map((level) => words(findingFor(id, { [questionId]: level })))
    expect(one!.seen).toContain('(level 1)')
    expect(two!.seen).toContain('(level 2)')
    expect(one!.seen.replace('(level 1)', '')).not.toBe(two!.seen.replace('(level 2)', ''))
    for (const text of [one!.seen, two!.seen]) expect(text).not.toMatch(/, or |\(level 1 or 2\)|, or …/)
  })

  it('words "the service has no method of its own" at level 1 by the question set answered', () => {
    expect(words(findingFor('hardware-method', { 'methods-fit': 1 })).seen).toMatch(/^Every change to the service waits for the hardware’s phase reviews/)
    expect(words(findingFor('hardware-method', { 'methods-fit': 1 }, QUESTION_SET_V2)).seen).toMatch(/^The service runs through the hardware’s phase plan, or through no method at all/)
  })

  it('names the low transformation questions in "a chip in it"', () => {
    const answers = { 'transformation-sell': 3, 'transformation-payment': 1, 'transformation-convenience': 2, 'transformation-competitor': 3, 'transformation-evolution': 3 } as const
    expect(words(findingFor('chip-in-it', answers)).seen).toBe(
      'Transformation scores 35, against 50 on the product side: the device is connected, but how customers pay for the service (level 1) and which chores the service takes off customers (level 2) are still at level 1 or 2.',
    )
  })

  it('names a transformation question of every question set', () => {
    for (const set of Object.values(QUESTION_SETS)) {
      const answers: Answers = Object.fromEntries(allQuestions(set).filter((q) => q.id.startsWith('transformation-')).map((q) => [q.id, 1 as const]))
      expect(words(findingFor('chip-in-it', answers, set)).seen).not.toContain('undefined')
    }
  })
})

describe('the money in the findings', () => {
  const margin = (serviceMarginPct: number, productMarginPct: number | null): ServiceMargin => ({
    kind: serviceMarginPct < 0 ? 'loss' : serviceMarginPct < 10 ? 'thin' : 'healthy',
    serviceMarginPct,
    productMarginPct,
  })
  const expected = (m: ServiceMargin, level: Level = 1): Finding => ({ id: 'hardware-margin-expected', tone: 'risk', level, margin: m })
  const judged = (m: ServiceMargin): Finding => ({ id: 'service-judged-on-money', tone: 'risk', level: 1, margin: m })

  it.each([
    ['a loss beside a healthy product', margin(-12, 25), 'losing money (margin -12.0 %) against 25.0 % on the product'],
    ['a loss beside a loss-making product', margin(-12, -4), 'losing money (margin -12.0 %), while the product loses money too (margin -4.0 %)'],
    ['a thin margin beside a healthy product', margin(6, 25), 'on a thin margin of 6.0 % against 25.0 % on the product: normal for a service'],
    ['a service making more than the product', margin(6, 2), 'making 6.0 % against 2.0 % on the product: today it is the product that makes less'],
    ['a healthy service beside a loss-making product', margin(15, -3), 'making 15.0 %, while the product loses money (margin -3.0 %): today the service does better than the product, but it is judged against the margin the hardware is meant to make'],
    ['a service at break-even beside a loss-making product', margin(0, -3), 'breaking even, while the product loses money (margin -3.0 %)'],
    ['a service at exactly break-even', margin(0, 20), 'breaking even against 20.0 % on the product'],
    ['a loss that rounds to 0.0 %', margin(-0.01, 20), 'losing money (a margin just below 0 %)'],
  ])('hardware-margin-expected reads right for %s', (_what, m, phrase) => {
    const text = words(expected(m)).seen
    expect(text).toContain(phrase)
    expect(text).not.toMatch(/earn/i)
    // "Too" only where the service loses money as well.
    if (m.serviceMarginPct >= 0) expect(text).not.toContain('loses money too')
  })

  it('words a service with no revenue as losing all it costs, and says whether the projection makes up the losses', () => {
    const loss = (turn: { paysYear: number | null; paysBackYear: number | null; horizonYears: number } | null): Finding => ({
      id: 'loss-without-staying-power',
      tone: 'risk',
      level: 2,
      serviceMarginPct: null,
      subscribers: 0,
      breakEvenSubscribers: 12231,
      turn,
    })
    expect(words(loss(null)).seen).toMatch(/^With no revenue from the service, your figures show it losing all it costs this year/)
    expect(words(loss({ paysYear: 6, paysBackYear: null, horizonYears: 10 })).seen).toContain(
      'it first pays its way in year 6, but has not made up its earlier losses within the 10 years projected.',
    )
    expect(words(loss({ paysYear: 3, paysBackYear: 5, horizonYears: 10 })).seen).toContain('it first pays its way in year 3 and has made up its earlier losses by the end of year 5.')
    expect(words(loss(null)).seen).toMatch(/Surviving only when someone argues hard for it \(level 2\), it is cut on that loss the year nobody does\.$/)
  })

  it('service-judged-on-money says break-even at exactly 0 and a loss below it', () => {
    expect(words(judged(margin(0, 20))).seen).toContain('With the service breaking even, a margin target')
    expect(words(judged(margin(-0.01, 20))).seen).toContain('losing money (a margin just below 0 %)')
  })

  it('never says a loss was earned, on the worked example with few subscribers', () => {
    const input = { ...EXAMPLE_MARGIN_INPUT, service: { ...EXAMPLE_MARGIN_INPUT.service, subscribers: 100 } }
    const answers = { 'decision-staying-power': 1, 'decision-finance': 1, 'decision-service-goals': 2 } as const
    const found = findFindings(answers, QUESTION_SET_V3, scoreAssessment(answers, QUESTION_SET_V3), { input, result: computeMargins(input) })
    expect(found.map((f) => f.id)).toEqual(expect.arrayContaining(['loss-without-staying-power', 'hardware-margin-expected', 'service-judged-on-money']))
    for (const f of found) expect(`${words(f).seen} ${words(f).next}`).not.toMatch(/\bearn(s|ed)?\b/i)
  })
})
