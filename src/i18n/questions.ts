import { shallowReactive } from 'vue'
import type { Level, QuestionSet } from '@/domain/questionSet'
import { CURRENT_QUESTION_SET } from '@/domain/questionSets'
import { t } from './index'
import { wordsIn } from './language'
import type { QuestionWords } from './questionWords'

type QuestionSetWords = Readonly<Record<string, QuestionWords>>

/**
 * The words of the current question set, in the page's language, come with the pages that ask or
 * show questions. Older question sets' words, in English only, load when a draft, link, snapshot or
 * team member of theirs is shown: most people never need them. One line a question set, beside
 * its registration in src/domain/questionSets.ts; a test checks that every registered question
 * set has words for every question.
 */
const OLDER_QUESTION_SETS: Readonly<Record<number, () => Promise<QuestionSetWords>>> = {
  1: () => import('./en/questions.v1').then((m) => m.questionsV1),
  2: () => import('./en/questions.v2').then((m) => m.questionsV2),
}
// The words loaded below are the current question set's; a test fails if the two ever part.
const CURRENT_VERSION = CURRENT_QUESTION_SET.version
const current: QuestionSetWords = await wordsIn({
  en: () => import('./en/questions.v3').then((m) => m.questionsV3),
  de: () => import('./de/questions.v3').then((m) => m.questionsV3),
})

// Reactive, so that whatever showed an older question set's question before its words arrived shows
// them as soon as they do.
const loaded = shallowReactive<Record<number, QuestionSetWords>>({ [CURRENT_VERSION]: current })
// Question sets whose words could not be fetched (offline before the app was cached, or a chunk gone
// after a new version was deployed): shown as such instead of "…" forever.
const failed = shallowReactive<Record<number, true>>({})
const loading = new Map<number, Promise<void>>()

/** The question sets that have words, loaded or not. */
export const QUESTION_SETS_WITH_WORDS: readonly number[] = [...Object.keys(OLDER_QUESTION_SETS).map(Number), CURRENT_VERSION]

/**
 * Loads the words of these question sets (those not loaded yet); resolves when all are there, and
 * rejects when one could not be fetched (asking again tries again).
 */
export function loadQuestionWords(versions: Iterable<number>): Promise<void> {
  const pending = [...new Set(versions)].flatMap((version) => {
    const load = OLDER_QUESTION_SETS[version]
    if (loaded[version] || !load) return []
    let promise = loading.get(version)
    if (!promise) {
      promise = load().then(
        (words) => {
          loaded[version] = words
          delete failed[version]
        },
        (error: unknown) => {
          loading.delete(version)
          failed[version] = true
          throw error
        },
      )
      loading.set(version, promise)
    }
    return [promise]
  })
  return Promise.all(pending).then(() => undefined)
}

/** The words of a question set, if they are loaded. */
export function questionSetWords(version: number): QuestionSetWords | undefined {
  return loaded[version]
}

/** What a question shows for the moment between asking for an older question set's words and their arrival. */
const ARRIVING: QuestionWords = { text: '…', levels: ['…', '…', '…', '…', '…'], advice: '…', quote: '…' }

/** What a question shows when its question set's words could not be fetched. */
function unavailable(version: number): QuestionWords {
  const text = t.questionWordsUnavailable(version)
  return { text, levels: [text, text, text, text, text], advice: text, quote: text }
}

/**
 * The words of one question, from its own question set. An older question set's words not loaded yet are
 * asked for, and show as "…" until they arrive (a fraction of a second); if they cannot be
 * fetched, the question says so.
 */
export function wordsOf(set: QuestionSet, questionId: string): QuestionWords {
  const setWords = loaded[set.version]
  if (!setWords) {
    if (failed[set.version]) return unavailable(set.version)
    loadQuestionWords([set.version]).catch(() => {})
    return ARRIVING
  }
  const words = setWords[questionId]
  if (!words) throw new Error(`No words for question ${questionId} of question set ${set.version}`)
  return words
}

/**
 * The advice for a person who answered `level` (1–4): how to reach the next level. Question set 1 has
 * one text for every level; later question sets one per step up (from question set 3, the first move of
 * the role that moves first).
 */
export function stepAdvice(words: QuestionWords, level: Exclude<Level, 5>): string {
  return typeof words.advice === 'string' ? words.advice : words.advice[level - 1]!
}
