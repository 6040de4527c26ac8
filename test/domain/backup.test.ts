import { describe, expect, it } from 'vitest'
import { answersToCsv, makeBackup, parseBackup } from '@/domain/backup'
import { EXAMPLE_FIGURES, FIGURE_FIELDS } from '@/domain/margins'
import { QUESTION_SET_V1 } from '@/domain/questions.v1'
import { QUESTION_SET_V2 } from '@/domain/questions.v2'
import { allQuestions, type QuestionSet } from '@/domain/questionSet'
import { compareResults } from '@/domain/snapshot'
import { t, wordsOf } from '@/i18n/results'

const fields = Object.fromEntries(FIGURE_FIELDS.map(({ key }) => [key, String(EXAMPLE_FIGURES[key])])) as Record<string, string>
const backup = makeBackup(
  {
    draft: { questionSetVersion: 2, answers: { 'culture-anytime': 2, 'methods-fit': 'na' } },
    margins: { fields: fields as never, currency: 'EUR', included: true },
    snapshots: [{ id: 'a', savedAt: '2026-03-01T10:00:00.000Z', state: { questionSetVersion: 1, answers: { 'culture-judged': 3 } } }],
  },
  '2026-11-26T10:00:00.000Z',
)

describe('the exported file', () => {
  it('reads back exactly what was exported', () => {
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, backup })
  })

  it('reads back the decimal mark the figures were typed with, so that "1.500" stays fifteen hundred', () => {
    const german = { ...backup, margins: { ...backup.margins!, decimal: ',' as const } }
    expect(parseBackup(JSON.stringify(german))).toEqual({ ok: true, backup: german })
  })

  it.each<[string, string, string]>([
    ['not JSON', '{"app":', 'not-json'],
    ['a file of something else', JSON.stringify({ name: 'package', version: '1.0.0' }), 'not-ours'],
    ['an array', '[1, 2]', 'not-ours'],
    ['a newer format', JSON.stringify({ ...backup, format: 9 }), 'newer'],
    ['answers to questions that do not exist', JSON.stringify({ ...backup, draft: { questionSetVersion: 2, answers: { nope: 3 } } }), 'damaged'],
    ['a level that does not exist', JSON.stringify({ ...backup, draft: { questionSetVersion: 2, answers: { 'culture-anytime': 7 } } }), 'damaged'],
    ['an unknown questionnaire', JSON.stringify({ ...backup, draft: { questionSetVersion: 0, answers: {} } }), 'damaged'],
    ['answers to a question set this version does not have yet', JSON.stringify({ ...backup, draft: { questionSetVersion: 4, answers: { 'culture-x': 3 } } }), 'newer'],
    ['a snapshot of a later question set', JSON.stringify({ ...backup, snapshots: [{ ...backup.snapshots[0], state: { questionSetVersion: 4, answers: {} } }] }), 'newer'],
    ['a margin figure missing', JSON.stringify({ ...backup, margins: { ...backup.margins, fields: { unitPrice: '1' } } }), 'damaged'],
    ['a damaged snapshot', JSON.stringify({ ...backup, snapshots: [{ id: 'x' }] }), 'damaged'],
    ['two snapshots with one id', JSON.stringify({ ...backup, snapshots: [backup.snapshots[0], backup.snapshots[0]] }), 'damaged'],
    ['a snapshot without a date', JSON.stringify({ ...backup, snapshots: [{ ...backup.snapshots[0], savedAt: 'soon' }] }), 'damaged'],
  ])('refuses %s and says why', (_what, text, error) => {
    expect(parseBackup(text)).toEqual({ ok: false, error })
  })
})

describe('the copies the notices about saving offer', () => {
  const { draft, margins, snapshots } = backup
  it('reads the answers as the page holds them, and replaces only them', () => {
    const copy = JSON.stringify({ format: 1, state: draft }, null, 2)
    const parsed = parseBackup(copy, 'more-than-a-chip-answers-copy.json')
    expect(parsed.ok && parsed.only).toBe('answers')
    expect(parsed.ok && parsed.backup.draft).toEqual(draft)
    expect(parsed.ok && parsed.backup.margins).toBeUndefined()
  })

  it('reads the draft as it was saved, leaving out answers to questions its questionnaire does not have', () => {
    const asSaved = JSON.stringify({ format: 1, savedAt: '2026-11-20T09:00:00.000Z', revision: 4, state: { ...draft, answers: { ...draft!.answers, 'made-up': 3 } } })
    const parsed = parseBackup(asSaved, 'more-than-a-chip-answers-as-saved.json')
    expect(parsed).toEqual({ ok: true, only: 'answers', backup: makeBackup({ draft, snapshots: [] }, '2026-11-20T09:00:00.000Z') })
  })

  it('reads the margin figures and the snapshots, each alone', () => {
    const figures = parseBackup(JSON.stringify({ format: 2, ...margins }), 'more-than-a-chip-figures-copy.json')
    expect(figures.ok && figures.only).toBe('figures')
    expect(figures.ok && figures.backup.margins).toEqual(margins)
    const kept = parseBackup(JSON.stringify({ format: 1, snapshots }), 'more-than-a-chip-snapshots-copy.json')
    expect(kept.ok && kept.only).toBe('snapshots')
    expect(kept.ok && kept.backup.snapshots).toEqual(snapshots)
  })

  it('refuses damaged copies, and says a copy of unreadable data is one, not a foreign file', () => {
    expect(parseBackup(JSON.stringify({ format: 1, state: { questionSetVersion: 0, answers: {} } }))).toEqual({ ok: false, error: 'damaged' })
    expect(parseBackup(JSON.stringify({ format: 1, state: { questionSetVersion: 4, answers: {} } }))).toEqual({ ok: false, error: 'newer' })
    expect(parseBackup(JSON.stringify({ format: 1, snapshots: [{ id: 'x', savedAt: 'x', state: { questionSetVersion: 4, answers: {} } }] }))).toEqual({ ok: false, error: 'newer' })
    expect(parseBackup(JSON.stringify({ format: 9, state: draft }))).toEqual({ ok: false, error: 'newer' })
    expect(parseBackup(JSON.stringify({ format: 1, snapshots: [{ id: 'x' }] }))).toEqual({ ok: false, error: 'damaged' })
    expect(parseBackup('{"format":2,"fields":', 'more-than-a-chip-figures-set-aside.json')).toEqual({ ok: false, error: 'set-aside' })
    expect(parseBackup('{broken', 'more-than-a-chip-answers-unreadable (1).json')).toEqual({ ok: false, error: 'set-aside' })
    expect(parseBackup('{broken', 'notes.json')).toEqual({ ok: false, error: 'not-json' })
  })
})

describe('answersToCsv', () => {
  const words = {
    columns: ['Question set', 'Question', 'Dimension', 'About', 'Counts for', 'Level', 'Level name', 'Level text'],
    sides: { product: 'Product side', service: 'Service side', both: 'Product and service' },
    countsFor: { product: 'Product side', service: 'Service side', both: 'Both sides', neither: 'Neither side' },
    levelNames: { 1: 'Absent', 2: 'Ad hoc', 3: 'Defined', 4: 'Measured', 5: 'Integrated' },
    dontKnow: 'Don’t know',
    notAnswered: 'Not answered',
    separator: ',',
    question: wordsOf,
    dimensions: t.dimensions,
  } as const
  const rowsOf = (csv: string) => csv.slice(1).trimEnd().split('\r\n')
  const cell = (text: string) => (text.includes(',') ? `"${text}"` : text)

  it('writes one row per question: question set, question, dimension, side, what it counts for, and the answer', () => {
    const csv = answersToCsv(QUESTION_SET_V2, { 'culture-margin': 3, 'culture-durable': 'na' }, words)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const rows = rowsOf(csv)
    expect(rows).toHaveLength(26)
    expect(rows[0]).toBe('Question set,Question,Dimension,About,Counts for,Level,Level name,Level text')
    const margin = wordsOf(QUESTION_SET_V2, 'culture-margin')
    expect(rows[1]).toBe(`2,${cell(margin.text)},Culture,Product side,Product side,3,Defined,${cell(margin.levels[2]!)}`)
    expect(rows[2]).toMatch(/,Culture,Product side,Product side,,,Don’t know$/)
    expect(rows[3]).toMatch(/,Culture,Service side,Service side,,,Not answered$/)
  })

  it('says what a question about both counts for by its own question set’s rule', () => {
    const both = (set: QuestionSet) => rowsOf(answersToCsv(set, {}, words))[allQuestions(set).findIndex((q) => q.side === 'both') + 1]
    expect(both(QUESTION_SET_V2)).toMatch(/^2,.*,Product and service,Neither side,,,Not answered$/)
    expect(both(QUESTION_SET_V1)).toMatch(/^1,.*,Product and service,Both sides,,,Not answered$/)
  })

  it('separates cells with ";" where the words say so, and quotes a cell only where it holds one', () => {
    const rows = rowsOf(answersToCsv(QUESTION_SET_V2, { 'culture-margin': 3 }, { ...words, separator: ';', dontKnow: 'Weiß nicht; offen' }))
    expect(rows[0]).toBe('Question set;Question;Dimension;About;Counts for;Level;Level name;Level text')
    const margin = wordsOf(QUESTION_SET_V2, 'culture-margin')
    expect(rows[1]).toBe(`2;${margin.text};Culture;Product side;Product side;3;Defined;${margin.levels[2]!}`)
    const dontKnow = (text: string) =>
      rowsOf(answersToCsv(QUESTION_SET_V2, { 'culture-durable': 'na' }, { ...words, separator: ';', dontKnow: text }))[2]
    // A comma needs no quotes when ";" separates; a ";" does.
    expect(dontKnow('Weiß nicht, offen')).toMatch(/;;;Weiß nicht, offen$/)
    expect(dontKnow('Weiß nicht; offen')).toMatch(/;;;"Weiß nicht; offen"$/)
  })
})

describe('compareResults', () => {
  it('gives the change per dimension and per question within one question set', () => {
    const before = { set: QUESTION_SET_V2, answers: { 'culture-margin': 1, 'culture-durable': 2 } as const }
    const after = { set: QUESTION_SET_V2, answers: { 'culture-margin': 3, 'culture-durable': 2, 'methods-fit': 4 } as const }
    const change = compareResults(before, after)
    // culture: (1 + 2) → 12.5, shown 13; (3 + 2) → 37.5, shown 38: +25, as shown
    expect(change.dimensions.culture).toBe(25)
    expect(change.dimensions.methods).toBeNull()
    expect(change.questions).toEqual([
      { questionId: 'culture-margin', dimension: 'culture', before: 1, after: 3 },
      { questionId: 'methods-fit', dimension: 'methods', before: null, after: 4 },
    ])
  })

  it('compares dimensions across question sets, but not questions', () => {
    const change = compareResults(
      { set: QUESTION_SET_V1, answers: { 'culture-judged': 1 } },
      { set: QUESTION_SET_V2, answers: { 'culture-margin': 5 } },
    )
    expect(change.dimensions.culture).toBe(100)
    expect(change.questions).toEqual([])
  })
})
