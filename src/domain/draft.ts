import { z } from 'zod/mini'

// Part of the first view: only the zod parts that cost least (no z.int, z.union or length checks).

/** One answer as stored or linked: a level 1–5 or "na" (don't know / not applicable). */
export const answerSchema = z.literal([1, 2, 3, 4, 5, 'na'])

/** A person's answers to one questionnaire version: the part of a result every draft and link has. */
export const answerStateSchema = z.object({
  questionSetVersion: z.number().check(z.refine((n) => Number.isInteger(n) && n > 0, 'a positive whole number')),
  answers: z.record(z.string(), answerSchema),
})

/** The draft's format version in storage. */
export const DRAFT_FORMAT = 1

/** The draft as it is kept in localStorage. */
export const draftSchema = z.object({
  format: z.literal(DRAFT_FORMAT),
  savedAt: z.string(),
  /**
   * Counts every write, so that a tab never writes an older state over a newer one. Drafts
   * saved before revisions were counted have none: revision 0.
   */
  revision: z.optional(z.number()),
  state: answerStateSchema,
  /** When the draft was started (ms since the epoch): absent in drafts saved before times were kept. */
  startedAt: z.optional(z.number()),
  /** When each answer was given (ms since the epoch), so that two tabs merge their answers: see `mergeDrafts`. */
  answeredAt: z.optional(z.record(z.string(), z.number())),
})

export type Draft = z.infer<typeof draftSchema>
