import type { QuestionIdOf, QuestionSet } from '@/domain/questionSet'

/** The words of one question of one question set. */
export interface QuestionWords {
  text: string
  /** What each level looks like, level 1 first. */
  levels: readonly [string, string, string, string, string]
  /**
   * Set 1: one text for every level. From set 2 on, one per step up (1→2, 2→3, 3→4, 4→5); from
   * set 3 on, each is the first move of the step's owner, named in the question set.
   */
  advice: string | readonly [string, string, string, string]
  /** The essay's passage the question rests on, verbatim: in the essay's English in every language. */
  quote: string
  /** The passage in the reader's language, shown beside the quote; none where that is English. */
  quoteRendering?: string
}

/** Words for every question of set `S`, keyed by id: a missing or extra id fails the type check. */
export type QuestionSetWords<S extends QuestionSet> = { readonly [Id in QuestionIdOf<S>]: QuestionWords }
