import { QUESTION_SETS_WITH_WORDS, loadQuestionWords } from '@/i18n/questions'

// The app loads an older question set's words when it first shows one; the tests of rules and
// components read every question set's words directly, so they are loaded before any test runs.
await loadQuestionWords(QUESTION_SETS_WITH_WORDS)
