// The one place that picks the language. Every word module loads its words through `wordsIn`,
// and the formats read `language`: switching here switches every word and every number on the
// page, without a reload, so nothing typed is lost.
import { readonly, ref, shallowReactive } from 'vue'
import { readStoredText, saveText } from '@/persistence/localStorage'
import { LANGUAGE_KEY, LANGUAGES, MANIFEST_FILES, type Language } from './languages'

export { LANGUAGE_KEY, LANGUAGES, type Language }

const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language)

/**
 * The language a page opens in: the one chosen before on this device, or else the first of the
 * browser's languages the app speaks ("de-AT" is German), or else English. The page's own
 * script in index.html decides the same way, so that it preloads the right words.
 */
export function initialLanguage(stored: string | null, browser: readonly string[]): Language {
  if (isLanguage(stored)) return stored
  for (const tag of browser) {
    const primary = tag.toLowerCase().split('-')[0]
    if (isLanguage(primary)) return primary
  }
  return 'en'
}

const current = ref<Language>(
  initialLanguage(readStoredText(LANGUAGE_KEY), typeof navigator === 'undefined' ? [] : navigator.languages),
)

/** The language the page speaks now. */
export const language = readonly(current)

/** The page says which language it speaks: to screen readers, and to a browser installing the app. */
const show = (value: Language) => {
  if (typeof document === 'undefined') return
  document.documentElement.lang = value
  document.querySelector('link[rel="manifest"]')?.setAttribute('href', `./${MANIFEST_FILES[value]}`)
}
show(current.value)

/** A module's words in each language, loaded on demand: only the chosen language's arrive. */
export type Editions<Words> = Record<Language, () => Promise<Words>>

interface Loaded {
  words: Record<string, unknown>
  editions: Editions<object>
}
const loaded: Loaded[] = []
/** Counts the choices made, so that only the last one takes effect. */
let choices = 0

/**
 * The words of one module in the page's language, reactive: when the language changes, they
 * change in place, and whatever shows them shows the new words.
 */
export async function wordsIn<Words extends object>(editions: Editions<Words>): Promise<Words> {
  let lang = current.value
  let words = await editions[lang]()
  // The language changed while these words were on their way: load them in the new one.
  while (lang !== current.value) {
    lang = current.value
    words = await editions[lang]()
  }
  const live = shallowReactive({ ...words }) as Words
  loaded.push({ words: live as Record<string, unknown>, editions })
  return live
}

/**
 * Switches the page to `next`: loads every word module in it first, those that arrive meanwhile
 * too, so that the page changes in one go; then remembers the choice (where the browser lets
 * it). Rejects, leaving every word as it was, when the words cannot be fetched (offline before
 * the app was cached). A later choice wins over one still loading.
 */
export async function chooseLanguage(next: Language): Promise<void> {
  const choice = ++choices
  if (next === current.value) return
  const ready = new Map<Loaded, object>()
  while (ready.size < loaded.length) {
    const waiting = loaded.filter((module) => !ready.has(module))
    const words = await Promise.all(waiting.map((module) => module.editions[next]()))
    waiting.forEach((module, index) => ready.set(module, words[index]!))
  }
  if (choice !== choices) return
  ready.forEach((words, module) => Object.assign(module.words, words))
  current.value = next
  show(next)
  saveText(LANGUAGE_KEY, next)
}

// Another tab chose a language: this one follows.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === LANGUAGE_KEY && isLanguage(event.newValue)) chooseLanguage(event.newValue).catch(() => {})
  })
}
