/** Which side of a digitised product a question speaks to; `both` is how the two are put together. */
export const SIDES = ['product', 'service', 'both'] as const
export type Side = (typeof SIDES)[number]

/** The essay's five points, in the order the assessment walks through them. */
export const DIMENSION_IDS = ['culture', 'methods', 'transformation', 'decision', 'integration'] as const
export type DimensionId = (typeof DIMENSION_IDS)[number]

/** An answer level, 1 (least mature) to 5 (most mature). */
export type Level = 1 | 2 | 3 | 4 | 5
export const LEVELS: readonly Level[] = [1, 2, 3, 4, 5]

/** A person's answer: a level, or "don't know / not applicable" (`na`), which counts as unanswered. */
export type Answer = Level | 'na'

/** Answers keyed by question id; a missing key means the question was not answered yet. */
export type Answers = Readonly<Partial<Record<string, Answer>>>

/**
 * The sections of the essay a question's passage is quoted from ("On Digitalised Product
 * Management" and its five points). The passage itself is with the question's words.
 */
export const ESSAY_SECTIONS = ['long-form', 'product-vs-service', 'methods', 'transformation', 'decision', 'both'] as const
export type EssaySection = (typeof ESSAY_SECTIONS)[number]

/** Who moves first on a step up (from question set 3 on); their names are with the words. */
export const ROLE_IDS = [
  'senior-sponsor',
  'product-lead',
  'service-lead',
  'finance-lead',
  'sales-lead',
  'engineering-lead',
  'software-lead',
  'support-lead',
  'operations-lead',
  'people-lead',
] as const
export type RoleId = (typeof ROLE_IDS)[number]

/** For each step up the ladder (1→2, 2→3, 3→4, 4→5), the role that moves first. */
export type StepOwners = readonly [RoleId, RoleId, RoleId, RoleId]

/**
 * One question: one practice, five observable levels, least mature first. Its words (text,
 * levels, advice, essay passage) live in `src/i18n/<language>/`, keyed by set version and id.
 */
export interface Question {
  id: string
  side: Side
  /** The essay section the question's passage comes from. */
  essay: EssaySection
  /**
   * The first question set that asked this question with exactly this ladder of levels: an answer
   * given to that question set or a later one means the same here and carries over.
   */
  ladderSince: number
  /** From set 3 on: who moves first on each step up. Sets 1 and 2 name no one. */
  owners?: StepOwners
}

/** One of the essay's five points, with its questions. */
export interface Dimension {
  id: DimensionId
  questions: readonly Question[]
}

/** A released, versioned questionnaire. A version's content never changes once released. */
export interface QuestionSet {
  version: number
  /**
   * How `both` questions count in the product-side and service-side scores: in set 1 for both
   * sides; from set 2 on for neither, so that the two sides can show a real gap.
   */
  bothSide: 'counts-for-both' | 'counts-for-neither'
  /**
   * Among open steps at the same level, which dimension's come first: what has to be in place before
   * the rest can hold. Each question set keeps its own order, so a link reads as it did.
   */
  necessityOrder: readonly DimensionId[]
  dimensions: readonly Dimension[]
}

/** The ids of a set's questions, as a type: words keyed by them must name every one. */
export type QuestionIdOf<S extends QuestionSet> = S['dimensions'][number]['questions'][number]['id']

/** Every question of a set, in the order they are asked. */
export function allQuestions(set: QuestionSet): Question[] {
  return set.dimensions.flatMap((d) => d.questions)
}

/** The question of `set` with this id, if the set asks it. */
export function questionById(set: QuestionSet, id: string): Question | undefined {
  return allQuestions(set).find((q) => q.id === id)
}

/** Whether a question of `set` counts toward a side's score, by that set's own rule. */
export function countsForSide(set: QuestionSet, question: Question, side: 'product' | 'service'): boolean {
  return question.side === side || (question.side === 'both' && set.bothSide === 'counts-for-both')
}

/** Whether the product-side and service-side scores of results of these sets compare: all count questions about both alike. */
export const sidesCompare = (sets: readonly QuestionSet[]): boolean => new Set(sets.map((s) => s.bothSide)).size <= 1

/**
 * The answers that move from a draft answered for `from` to the newer question set `to`: those to
 * questions `to` asks with a ladder unchanged since `from` or earlier (`ladderSince`), so that
 * an answer still describes what the person saw. A question whose levels were reworded is
 * answered again.
 */
export function carriedOverAnswers(answers: Answers, from: QuestionSet, to: QuestionSet): Partial<Record<string, Answer>> {
  const asked = new Set(allQuestions(from).map((q) => q.id))
  const same = new Set(allQuestions(to).filter((q) => asked.has(q.id) && q.ladderSince <= from.version).map((q) => q.id))
  return Object.fromEntries(Object.entries(answers).filter(([id]) => same.has(id)))
}
