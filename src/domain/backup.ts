import { z } from 'zod/mini'
import { answerStateSchema } from './draft'
import { FIGURE_FIELDS, type FigureKey } from './margins'
import {
  allQuestions,
  countsForSide,
  type Answers,
  type DimensionId,
  type Level,
  type QuestionSet,
  type Side,
} from './questionSet'
import { resultStateSchema } from './resultState'
import { MAX_SNAPSHOTS, snapshotSchema, type Snapshot } from './snapshot'

/** The exported file's format version. */
const BACKUP_FORMAT = 1
const APP = 'more-than-a-chip'

const figureTexts = z.object(Object.fromEntries(FIGURE_FIELDS.map(({ key }) => [key, z.string()])) as Record<FigureKey, z.ZodMiniString>)

/** Everything a person has in this browser, as one file: the draft, the margin figures, the snapshots. */
export const backupSchema = z.object({
  app: z.literal(APP),
  format: z.literal(BACKUP_FORMAT),
  exportedAt: z.string(),
  draft: z.optional(answerStateSchema),
  margins: z.optional(z.object({ fields: figureTexts, currency: z.string(), included: z.boolean() })),
  snapshots: z.array(snapshotSchema),
})

export type Backup = z.infer<typeof backupSchema>

/** Why a file could not be imported. */
export type BackupError = 'not-json' | 'not-ours' | 'newer' | 'damaged'

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; error: BackupError }

/** The file for what a person has. */
export function makeBackup(parts: Omit<Backup, 'app' | 'format' | 'exportedAt'>, exportedAt = new Date().toISOString()): Backup {
  return { app: APP, format: BACKUP_FORMAT, exportedAt, ...parts }
}

/** A result state (draft or snapshot) for a released questionnaire, answering only its questions. */
const validState = (state: { questionSetVersion: number; answers: Answers }) => resultStateSchema.safeParse(state).success

/** Reads an exported file. Never throws: a foreign, newer or damaged file says which. */
export function parseBackup(text: string): ParsedBackup {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ok: false, error: 'not-json' }
  }
  if (typeof data !== 'object' || data === null || (data as { app?: unknown }).app !== APP) return { ok: false, error: 'not-ours' }
  const format = (data as { format?: unknown }).format
  if (typeof format === 'number' && format > BACKUP_FORMAT) return { ok: false, error: 'newer' }
  const parsed = backupSchema.safeParse(data)
  if (!parsed.success) return { ok: false, error: 'damaged' }
  const { draft, snapshots } = parsed.data
  const isDate = (text: string) => !Number.isNaN(Date.parse(text))
  const unique = new Set(snapshots.map((s: Snapshot) => s.id)).size === snapshots.length
  if (
    (draft && !validState(draft)) ||
    !snapshots.every((s: Snapshot) => validState(s.state) && isDate(s.savedAt)) ||
    snapshots.length > MAX_SNAPSHOTS ||
    !unique ||
    !isDate(parsed.data.exportedAt)
  ) {
    return { ok: false, error: 'damaged' }
  }
  return { ok: true, backup: parsed.data }
}

const csvCell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text)

/** The words of the CSV: its own, and those of the questions and areas it lists. */
export interface CsvWords {
  columns: readonly [
    edition: string,
    question: string,
    dimension: string,
    about: string,
    countsFor: string,
    level: string,
    levelName: string,
    levelText: string,
  ]
  /** What a question is about: the product, the service, or both. */
  sides: Record<Side, string>
  /** Which side's score a question counts for, by its edition's rule. */
  countsFor: Record<'product' | 'service' | 'both' | 'neither', string>
  levelNames: Record<Level, string>
  dontKnow: string
  notAnswered: string
  /** A question's words in its own edition: the question, and its five levels, level 1 first. */
  question: (set: QuestionSet, questionId: string) => { text: string; levels: readonly string[] }
  /** Each area's name. */
  areas: Record<DimensionId, { title: string }>
}

/**
 * The answers as CSV, one row per question: edition, question, dimension, what it is about, which
 * side's score it counts for, level (1–5, blank unless answered), level name, the level's words.
 */
export function answersToCsv(set: QuestionSet, answers: Answers, words: CsvWords): string {
  const rows: string[][] = [[...words.columns]]
  for (const dimension of set.dimensions) {
    for (const question of dimension.questions) {
      const { text, levels } = words.question(set, question.id)
      const product = countsForSide(set, question, 'product')
      const service = countsForSide(set, question, 'service')
      const countsFor = words.countsFor[product && service ? 'both' : product ? 'product' : service ? 'service' : 'neither']
      const answer = answers[question.id]
      const answered =
        typeof answer === 'number'
          ? [String(answer), words.levelNames[answer], levels[answer - 1]!]
          : ['', '', answer === 'na' ? words.dontKnow : words.notAnswered]
      rows.push([String(set.version), text, words.areas[dimension.id].title, words.sides[question.side], countsFor, ...answered])
    }
  }
  // The byte-order mark tells spreadsheets the file is UTF-8 ("don’t" stays "don’t").
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

/** How many questions of `set` a draft answers, "don't know" included. */
export function answeredIn(set: QuestionSet, answers: Answers): number {
  return allQuestions(set).filter((q) => answers[q.id] !== undefined).length
}
