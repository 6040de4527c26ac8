import { z } from 'zod/mini'
import { answerStateSchema } from './draft'
import { lifeInputSchema, type LifeInput } from './lifetime'
import { marginInputSchema, type MarginInput } from './margins'
import { allQuestions, type Answers } from './questionSet'
import { questionSetByVersion } from './questionSets'

/** Most characters (Unicode code points) a label may have. */
export const MAX_LABEL_LENGTH = 60

/** One person's result: what a draft saves and what a results link carries. */
export interface ResultState {
  questionSetVersion: number
  answers: Answers
  /** The margin figures, when the person chose to include them. */
  margins?: MarginInput
  /** The figures of the product's life, which links carry with the margins from link version 4 on. */
  life?: LifeInput
  /** The ISO 4217 code of the margin figures' currency, e.g. "EUR". */
  currency?: string
  /** A short label such as "Service team, Q3". */
  label?: string
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/
// Half a surrogate pair cannot be written as UTF-8, so it would not survive a link.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Whether a label is acceptable: at most 60 characters, no control characters, valid Unicode. */
export function isValidLabel(label: string): boolean {
  return [...label].length <= MAX_LABEL_LENGTH && !CONTROL.test(label) && !LONE_SURROGATE.test(label)
}

/**
 * The schema of a whole result state, as a results link carries it: the draft's answer state
 * (see draft.ts) for a released question set, answers only to that set's questions, valid margins and label.
 */
export const resultStateSchema = z
  .extend(answerStateSchema, {
    margins: z.optional(marginInputSchema),
    life: z.optional(lifeInputSchema),
    currency: z.optional(z.string().check(z.refine((code) => /^[A-Z]{3}$/.test(code) && code !== 'XXX', 'an ISO 4217 code'))),
    label: z.optional(
      z.string().check(z.refine((label) => label !== '' && isValidLabel(label), 'label empty, too long or not valid text')),
    ),
  })
  .check(
    z.refine((state) => questionSetByVersion(state.questionSetVersion) !== undefined, {
      message: 'unknown questionnaire version',
      path: ['questionSetVersion'],
    }),
    z.refine(
      (state) => {
        const set = questionSetByVersion(state.questionSetVersion)
        if (!set) return true
        const ids = new Set(allQuestions(set).map((q) => q.id))
        return Object.keys(state.answers).every((id) => ids.has(id))
      },
      { message: 'answers to questions this questionnaire does not have', path: ['answers'] },
    ),
    z.refine((state) => state.life === undefined || state.margins !== undefined, {
      message: 'the figures of the product’s life belong to margin figures',
      path: ['life'],
    }),
    z.refine((state) => state.currency === undefined || state.margins !== undefined, {
      message: 'a currency belongs to margin figures',
      path: ['currency'],
    }),
  )
