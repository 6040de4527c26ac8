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

/** Where in the essay a question comes from, so anyone can see why it is asked. */
export interface EssayReference {
  /** The essay's section heading. */
  section: string
  /** The passage, quoted as the essay has it. */
  quote: string
}

/** One question: one practice, five observable levels, least mature first. */
export interface Question {
  id: string
  side: Side
  text: string
  levels: readonly [string, string, string, string, string]
  /**
   * The next step for a person at a level: from set 2 on, four texts (1→2, 2→3, 3→4, 4→5);
   * set 1 has one text for every level. Read it with `adviceFor`.
   */
  advice: string | StepAdvice
  essay: EssayReference
}

/** Advice for each step up the ladder: from level 1 to 2, 2 to 3, 3 to 4 and 4 to 5. */
type StepAdvice = readonly [string, string, string, string]

/** One of the essay's five points, with its questions. */
export interface Dimension {
  id: DimensionId
  title: string
  /** The essay's point, as the essay words it. */
  point: string
  /** What the dimension asks about, in a sentence. */
  summary: string
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
  dimensions: readonly Dimension[]
}

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

/** The advice for a person who answered `level` (1–4): how to reach the next level. */
export function adviceFor(question: Question, level: Exclude<Level, 5>): string {
  return typeof question.advice === 'string' ? question.advice : question.advice[level - 1]!
}

/**
 * The answers that move from a draft answered for `from` to the newer edition `to`: those to
 * questions `to` asks with the same id and exactly the same ladder, so that an answer still
 * describes what the person saw. A question whose levels were reworded is answered again.
 */
export function carriedOverAnswers(answers: Answers, from: QuestionSet, to: QuestionSet): Partial<Record<string, Answer>> {
  const before = new Map(allQuestions(from).map((q) => [q.id, q.levels.join('\n')]))
  const same = new Set(allQuestions(to).filter((q) => before.get(q.id) === q.levels.join('\n')).map((q) => q.id))
  return Object.fromEntries(Object.entries(answers).filter(([id]) => same.has(id)))
}
