import { shallowReactive } from 'vue'
import type { Level, QuestionSet } from '@/domain/questionSet'
import { CURRENT_QUESTION_SET } from '@/domain/questionSets'
import type { QuestionWords } from '../questionWords'
import { questionsV3 } from './questions.v3'

type EditionWords = Readonly<Record<string, QuestionWords>>

/**
 * The words of the current edition come with the app. Older editions' words load when a draft,
 * link, snapshot or team member of theirs is shown: most people never need them. One line an
 * edition, beside its registration in src/domain/questionSets.ts; a test checks that every
 * registered edition has words for every question.
 */
const OLDER_EDITIONS: Readonly<Record<number, () => Promise<EditionWords>>> = {
  1: () => import('./questions.v1').then((m) => m.questionsV1),
  2: () => import('./questions.v2').then((m) => m.questionsV2),
}
// The words imported above are the current edition's; a test fails if the two ever part.
const CURRENT_EDITION = CURRENT_QUESTION_SET.version

// Reactive, so that whatever showed an older edition's question before its words arrived shows
// them as soon as they do.
const loaded = shallowReactive<Record<number, EditionWords>>({ [CURRENT_EDITION]: questionsV3 })
// Editions whose words could not be fetched (offline before the app was cached, or a chunk gone
// after a new version was deployed): shown as such instead of "…" forever.
const failed = shallowReactive<Record<number, true>>({})
const loading = new Map<number, Promise<void>>()

/** The editions that have words, loaded or not. */
export const EDITIONS_WITH_WORDS: readonly number[] = [...Object.keys(OLDER_EDITIONS).map(Number), CURRENT_EDITION]

/**
 * Loads the words of these editions (those not loaded yet); resolves when all are there, and
 * rejects when one could not be fetched (asking again tries again).
 */
export function loadQuestionWords(versions: Iterable<number>): Promise<void> {
  const pending = [...new Set(versions)].flatMap((version) => {
    const load = OLDER_EDITIONS[version]
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

/** The words of an edition, if they are loaded. */
export function editionWords(version: number): EditionWords | undefined {
  return loaded[version]
}

/** What a question shows for the moment between asking for an older edition's words and their arrival. */
const ARRIVING: QuestionWords = { text: '…', levels: ['…', '…', '…', '…', '…'], advice: '…', quote: '…' }

/** What a question shows when its edition's words could not be fetched. */
function unavailable(version: number): QuestionWords {
  const text = `The words of edition ${version} of the questions could not be loaded: reload the page when you are online. The scores are not affected.`
  return { text, levels: [text, text, text, text, text], advice: text, quote: text }
}

/**
 * The words of one question, from its own edition. An older edition's words not loaded yet are
 * asked for, and show as "…" until they arrive (a fraction of a second); if they cannot be
 * fetched, the question says so.
 */
export function wordsOf(set: QuestionSet, questionId: string): QuestionWords {
  const edition = loaded[set.version]
  if (!edition) {
    if (failed[set.version]) return unavailable(set.version)
    loadQuestionWords([set.version]).catch(() => {})
    return ARRIVING
  }
  const words = edition[questionId]
  if (!words) throw new Error(`No words for question ${questionId} of edition ${set.version}`)
  return words
}

/**
 * The advice for a person who answered `level` (1–4): how to reach the next level. Edition 1 has
 * one text for every level; later editions one per step up (from edition 3, the first move of
 * the role that moves first).
 */
export function stepAdvice(words: QuestionWords, level: Exclude<Level, 5>): string {
  return typeof words.advice === 'string' ? words.advice : words.advice[level - 1]!
}
