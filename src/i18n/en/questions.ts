import type { Level, QuestionSet } from '@/domain/questionSet'
import type { QuestionWords } from '../questionWords'
import { questionsV1 } from './questions.v1'
import { questionsV2 } from './questions.v2'
import { questionsV3 } from './questions.v3'

/**
 * The words of every released edition of the questions, by version: one line an edition, beside
 * its registration in src/domain/questionSets.ts. A test checks that each registered edition has
 * words for every question.
 */
export const questionWords: Readonly<Record<number, Readonly<Record<string, QuestionWords>>>> = {
  1: questionsV1,
  2: questionsV2,
  3: questionsV3,
}

/** The words of one question, from its own edition. */
export function wordsOf(set: QuestionSet, questionId: string): QuestionWords {
  const words = questionWords[set.version]?.[questionId]
  if (!words) throw new Error(`No words for question ${questionId} of edition ${set.version}`)
  return words
}

/**
 * The advice for a person who answered `level` (1–4): how to reach the next level. Edition 1 has
 * one text for every level; later editions one per step up.
 */
export function stepAdvice(words: QuestionWords, level: Exclude<Level, 5>): string {
  return typeof words.advice === 'string' ? words.advice : words.advice[level - 1]!
}
