import { EDITIONS_WITH_WORDS, loadQuestionWords } from '@/i18n/en/questions'

// The app loads an older edition's words when it first shows one; the tests of rules and
// components read every edition's words directly, so they are loaded before any test runs.
await loadQuestionWords(EDITIONS_WITH_WORDS)
