/** Which side of a digitised product a question speaks to. `both` counts for either side. */
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
  /** The next step to suggest when this question is among a person's lowest answers. */
  advice: string
  essay: EssayReference
}

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
  dimensions: readonly Dimension[]
}

/** Every question of a set, in the order they are asked. */
export function allQuestions(set: QuestionSet): Question[] {
  return set.dimensions.flatMap((d) => d.questions)
}

/** Whether a question counts toward a side's score. */
export function countsForSide(question: Question, side: 'product' | 'service'): boolean {
  return question.side === side || question.side === 'both'
}
