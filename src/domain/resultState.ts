import { z } from 'zod/mini'
import { isCurrencyCode } from './currencies'
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
/**
 * Characters that are invisible or reorder the text around them: bidirectional controls (a
 * right-to-left override turns "gnp.exe" into "exe.png"), zero-width spaces, word joiners,
 * invisible operators, the byte-order mark, soft hyphens, interlinear annotations and tags.
 * The zero-width joiner and non-joiner stay allowed: emoji sequences ("👩‍🔧") and some
 * scripts need them.
 */
const INVISIBLE_OR_BIDI = /[\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/
/** Something a reader can see: not only spaces, joiners and combining marks. */
const VISIBLE = /[^\s\u200c\u200d\p{M}]/u
// Half a surrogate pair cannot be written as UTF-8, so it would not survive a link.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * Whether a label is acceptable: at most 60 characters, valid Unicode, no control characters,
 * nothing invisible or reordering, and something to see. The empty label (no label) passes.
 */
export function isValidLabel(label: string): boolean {
  return (
    [...label].length <= MAX_LABEL_LENGTH &&
    !CONTROL.test(label) &&
    !LONE_SURROGATE.test(label) &&
    !INVISIBLE_OR_BIDI.test(label) &&
    (label === '' || VISIBLE.test(label))
  )
}

/**
 * The schema of a whole result state, as a results link carries it: the draft's answer state
 * (see draft.ts) for a released question set, answers only to that set's questions, valid margins and label.
 */
export const resultStateSchema = z
  .extend(answerStateSchema, {
    margins: z.optional(marginInputSchema),
    life: z.optional(lifeInputSchema),
    currency: z.optional(z.string().check(z.refine(isCurrencyCode, 'the ISO 4217 code of a currency in use'))),
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
