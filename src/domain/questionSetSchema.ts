import { z } from 'zod/mini'
import { DIMENSION_IDS, SIDES } from './questionSet'

// Trim first, so that text of spaces alone counts as empty.
const text = z.string().check(z.trim(), z.minLength(1))

const questionSchema = z.object({
  id: z.string().check(z.regex(/^[a-z]+(-[a-z]+)*$/)),
  side: z.enum(SIDES),
  text,
  levels: z.tuple([text, text, text, text, text]),
  // Set 1 has one text for every level; from set 2 on, one per step up (1→2, 2→3, 3→4, 4→5).
  advice: z.union([text, z.tuple([text, text, text, text])]),
  essay: z.object({ section: text, quote: text }),
})

const dimensionSchema = z.object({
  id: z.enum(DIMENSION_IDS),
  title: text,
  point: text,
  summary: text,
  questions: z.array(questionSchema).check(z.length(5)),
})

/** The shape every released question set must have; the rules that span questions are checked below. */
export const questionSetSchema = z
  .object({
    version: z.int().check(z.positive()),
    bothSide: z.enum(['counts-for-both', 'counts-for-neither']),
    dimensions: z.array(dimensionSchema).check(z.length(DIMENSION_IDS.length)),
  })
  .check(
    z.refine((set) => set.dimensions.every((d, i) => d.id === DIMENSION_IDS[i]), {
      message: 'dimensions must be culture, methods, transformation, decision, integration, in that order',
    }),
    z.refine(
      (set) => {
        const ids = set.dimensions.flatMap((d) => d.questions.map((q) => q.id))
        return new Set(ids).size === ids.length
      },
      { message: 'question ids must be unique' },
    ),
    z.refine(
      (set) =>
        set.dimensions.every(
          (d) =>
            d.questions.some((q) => q.side !== 'service') && d.questions.some((q) => q.side !== 'product'),
        ),
      { message: 'every dimension must speak to both the product and the service side' },
    ),
  )
