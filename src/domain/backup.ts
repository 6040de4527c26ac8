import { z } from 'zod/mini'
import { answerStateSchema, DRAFT_FORMAT } from './draft'
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
import { CURRENT_QUESTION_SET, questionSetByVersion } from './questionSets'
import { resultStateSchema } from './resultState'
import { MAX_SNAPSHOTS, SNAPSHOTS_FORMAT, snapshotSchema, type Snapshot } from './snapshot'

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
  margins: z.optional(z.object({ fields: figureTexts, currency: z.string(), included: z.boolean(), decimal: z.optional(z.enum(['.', ','])) })),
  snapshots: z.array(snapshotSchema),
})

export type Backup = z.infer<typeof backupSchema>

/**
 * Why a file could not be imported. `set-aside`: a copy of stored data this app could not read,
 * which a storage notice offered so that nothing is lost; it is for keeping, or for someone who
 * can repair it, and cannot be opened here.
 */
export type BackupError = 'not-json' | 'not-ours' | 'newer' | 'damaged' | 'set-aside'

/** One part of what a person has: the copies the storage notices offer each hold one. */
export type BackupPart = 'answers' | 'figures' | 'snapshots'

/**
 * A readable file: the whole "Your data" file, or (`only`) a copy of one part a storage notice
 * offered, which replaces that part alone.
 */
export type ParsedBackup = { ok: true; backup: Backup; only?: BackupPart } | { ok: false; error: BackupError }

/** The name a storage notice gives its download of stored data that could not be read. */
const SET_ASIDE_FILE = /more-than-a-chip-(answers|figures|snapshots)-(set-aside|unreadable)/

/** The file for what a person has. */
export function makeBackup(parts: Omit<Backup, 'app' | 'format' | 'exportedAt'>, exportedAt = new Date().toISOString()): Backup {
  return { app: APP, format: BACKUP_FORMAT, exportedAt, ...parts }
}

/** A result state (draft or snapshot) for a released questionnaire, answering only its questions. */
const validState = (state: { questionSetVersion: number; answers: Answers }) => resultStateSchema.safeParse(state).success

/**
 * Reads a file the app offered: the "Your data" file, or a copy of one part that a storage notice
 * offered (the answers, the figures or the snapshots as stored). Never throws: a foreign, newer or
 * damaged file says which. `fileName` tells a storage notice's copy of unreadable data apart.
 */
export function parseBackup(text: string, fileName = ''): ParsedBackup {
  const parsed = parseFile(text)
  if (!parsed.ok && parsed.error !== 'newer' && SET_ASIDE_FILE.test(fileName)) return { ok: false, error: 'set-aside' }
  return parsed
}

/**
 * Whether a file holds answers to a question set later than the current one: written by a newer
 * version of the tool, which this one cannot score. Its draft (`draft`, or `state` in a stored
 * copy) and its snapshots are looked at before anything else is checked.
 */
function fromLaterQuestionSet(data: object): boolean {
  const { draft, state, snapshots } = data as { draft?: unknown; state?: unknown; snapshots?: unknown }
  const states = [draft, state, ...(Array.isArray(snapshots) ? snapshots.map((s: unknown) => (s as { state?: unknown } | null)?.state) : [])]
  return states.some((s) => {
    const version = (s as { questionSetVersion?: unknown } | null | undefined)?.questionSetVersion
    return typeof version === 'number' && version > CURRENT_QUESTION_SET.version
  })
}

function parseFile(text: string): ParsedBackup {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ok: false, error: 'not-json' }
  }
  if (typeof data !== 'object' || data === null) return { ok: false, error: 'not-ours' }
  if (fromLaterQuestionSet(data)) return { ok: false, error: 'newer' }
  if ((data as { app?: unknown }).app !== APP) return parseStoredCopy(data)
  const format = (data as { format?: unknown }).format
  if (typeof format === 'number' && format > BACKUP_FORMAT) return { ok: false, error: 'newer' }
  const parsed = backupSchema.safeParse(data)
  if (!parsed.success) return { ok: false, error: 'damaged' }
  return checked(parsed.data)
}

/** The answers, dates and ids of a backup checked; the backup, or why not. */
function checked(backup: Backup, only?: BackupPart): ParsedBackup {
  const { draft, snapshots } = backup
  const isDate = (text: string) => !Number.isNaN(Date.parse(text))
  const unique = new Set(snapshots.map((s: Snapshot) => s.id)).size === snapshots.length
  if (
    (draft && !validState(draft)) ||
    !snapshots.every((s: Snapshot) => validState(s.state) && isDate(s.savedAt)) ||
    snapshots.length > MAX_SNAPSHOTS ||
    !unique ||
    !isDate(backup.exportedAt)
  ) {
    return { ok: false, error: 'damaged' }
  }
  return only ? { ok: true, backup, only } : { ok: true, backup }
}

const storedDraftSchema = z.object({ format: z.number(), savedAt: z.optional(z.string()), state: answerStateSchema })
const storedFiguresSchema = z.object({ fields: figureTexts, currency: z.string(), included: z.boolean(), decimal: z.optional(z.enum(['.', ','])) })
const storedSnapshotsSchema = z.object({ format: z.number(), snapshots: z.array(snapshotSchema) })

/**
 * A copy of one part as the app stores it, which a storage notice offers: the draft (`state`), the
 * margin figures (`fields`) or the snapshots (`snapshots`). Answers to questions the draft's
 * questionnaire does not have were never counted, and are left out here too.
 */
function parseStoredCopy(data: object): ParsedBackup {
  const format = (data as { format?: unknown }).format
  if (typeof format !== 'number') return { ok: false, error: 'not-ours' }
  const savedAt = (data as { savedAt?: unknown }).savedAt
  const exportedAt = typeof savedAt === 'string' && !Number.isNaN(Date.parse(savedAt)) ? savedAt : new Date().toISOString()
  if ('state' in data) {
    if (format > DRAFT_FORMAT) return { ok: false, error: 'newer' }
    const parsed = storedDraftSchema.safeParse(data)
    const set = parsed.success ? questionSetByVersion(parsed.data.state.questionSetVersion) : undefined
    if (!parsed.success || !set) return { ok: false, error: 'damaged' }
    const asked = new Set(allQuestions(set).map((q) => q.id))
    const answers = Object.fromEntries(Object.entries(parsed.data.state.answers).filter(([id]) => asked.has(id)))
    const draft = { questionSetVersion: set.version, answers }
    return checked(makeBackup({ draft, snapshots: [] }, exportedAt), 'answers')
  }
  if ('fields' in data) {
    const parsed = storedFiguresSchema.safeParse(data)
    if (!parsed.success) return { ok: false, error: 'damaged' }
    return checked(makeBackup({ margins: parsed.data, snapshots: [] }, exportedAt), 'figures')
  }
  if ('snapshots' in data) {
    if (format > SNAPSHOTS_FORMAT) return { ok: false, error: 'newer' }
    const parsed = storedSnapshotsSchema.safeParse(data)
    if (!parsed.success) return { ok: false, error: 'damaged' }
    return checked(makeBackup({ snapshots: parsed.data.snapshots }, exportedAt), 'snapshots')
  }
  return { ok: false, error: 'not-ours' }
}

/** A cell, quoted where it holds the separator, a quote or a line break. */
const csvCell = (text: string, separator: string) =>
  text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text

/** The words of the CSV: its own, and those of the questions and dimensions it lists. */
export interface CsvWords {
  columns: readonly [
    questionSet: string,
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
  /** Which side's score a question counts for, by its question set's rule. */
  countsFor: Record<'product' | 'service' | 'both' | 'neither', string>
  levelNames: Record<Level, string>
  dontKnow: string
  notAnswered: string
  /** What the cells are separated by: "," in English; ";" in German, whose spreadsheets read "," as the decimal mark. */
  separator: ',' | ';'
  /** A question's words in its own question set: the question, and its five levels, level 1 first. */
  question: (set: QuestionSet, questionId: string) => { text: string; levels: readonly string[] }
  /** Each dimension's name. */
  dimensions: Record<DimensionId, { title: string }>
}

/**
 * The answers as CSV, one row per question: question set, question, dimension, what it is about, which
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
      rows.push([String(set.version), text, words.dimensions[dimension.id].title, words.sides[question.side], countsFor, ...answered])
    }
  }
  // The byte-order mark tells spreadsheets the file is UTF-8 ("don’t" stays "don’t").
  return '\uFEFF' + rows.map((row) => row.map((cell) => csvCell(cell, words.separator)).join(words.separator)).join('\r\n') + '\r\n'
}

/** How many questions of `set` a draft answers, "don't know" included. */
export function answeredIn(set: QuestionSet, answers: Answers): number {
  return allQuestions(set).filter((q) => answers[q.id] !== undefined).length
}
