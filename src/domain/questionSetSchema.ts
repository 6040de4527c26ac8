import { z } from 'zod/mini'
import { DIMENSION_IDS, ESSAY_SECTIONS, ROLE_IDS, SIDES } from './questionSet'

const role = z.enum(ROLE_IDS)

const questionSchema = z.object({
  id: z.string().check(z.regex(/^[a-z]+(-[a-z]+)*$/)),
  side: z.enum(SIDES),
  essay: z.enum(ESSAY_SECTIONS),
  ladderSince: z.int().check(z.positive()),
  // From set 3 on: who moves first on each step up (1→2, 2→3, 3→4, 4→5).
  owners: z.optional(z.tuple([role, role, role, role])),
})

const dimensionSchema = z.object({
  id: z.enum(DIMENSION_IDS),
  questions: z.array(questionSchema).check(z.length(5)),
})

/**
 * The shape every released question set must have; the rules that span questions are checked
 * below. Its words are checked against the set by the tests of src/i18n/.
 */
export const questionSetSchema = z
  .object({
    version: z.int().check(z.positive()),
    bothSide: z.enum(['counts-for-both', 'counts-for-neither']),
    necessityOrder: z.array(z.enum(DIMENSION_IDS)),
    dimensions: z.array(dimensionSchema).check(z.length(DIMENSION_IDS.length)),
  })
  .check(
    z.refine((set) => set.dimensions.every((d, i) => d.id === DIMENSION_IDS[i]), {
      message: 'dimensions must be culture, methods, transformation, decision, integration, in that order',
    }),
    z.refine(
      (set) => set.necessityOrder.length === DIMENSION_IDS.length && DIMENSION_IDS.every((id) => set.necessityOrder.includes(id)),
      { message: 'the order of necessity must name every dimension once' },
    ),
    z.refine(
      (set) => {
        const ids = set.dimensions.flatMap((d) => d.questions.map((q) => q.id))
        return new Set(ids).size === ids.length
      },
      { message: 'question ids must be unique' },
    ),
    z.refine((set) => set.dimensions.every((d) => d.questions.every((q) => q.ladderSince <= set.version)), {
      message: 'a ladder cannot date from a later question set than its own',
    }),
    // From set 3 on, every step up names the role that moves first: advice nobody owns is not advice.
    z.refine((set) => set.version < 3 || set.dimensions.every((d) => d.questions.every((q) => q.owners !== undefined)), {
      message: 'from set 3 on, every question names who moves first on each step up',
    }),
    z.refine(
      (set) =>
        set.dimensions.every(
          (d) =>
            d.questions.some((q) => q.side !== 'service') && d.questions.some((q) => q.side !== 'product'),
        ),
      { message: 'every dimension must speak to both the product and the service side' },
    ),
  )
