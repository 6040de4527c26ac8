import { describe, expect, it } from 'vitest'

// Every module of every language's edition, by file name. The older question sets' words are
// English only (src/i18n/questions.ts): they are not part of an edition.
const OLDER = /questions\.v[12]\.ts$/
const editionOf = (modules: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(modules).filter(([path]) => !OLDER.test(path)).map(([path, module]) => [path.split('/').pop()!, module]))
const en = editionOf(import.meta.glob('@/i18n/en/*.ts', { eager: true }))
const de = editionOf(import.meta.glob('@/i18n/de/*.ts', { eager: true }))

/** Keys that hold the essay's own English in every language, and the German beside it. */
const ESSAY_ENGLISH = new Set(['quote', 'point'])
const RENDERINGS = new Set(['quoteRendering', 'pointRendering'])
/** The product's name is the same in every language. */
const PRODUCT_NAME = 'More than a Chip'

/** Where two editions differ in shape: a key one lacks, a different kind of value, a list of another length. */
function differences(english: unknown, german: unknown, path: string): string[] {
  if (typeof english === 'function' || typeof german === 'function') {
    return typeof english === typeof german ? [] : [`${path}: a function in one language only`]
  }
  if (Array.isArray(english) || Array.isArray(german)) {
    if (!Array.isArray(english) || !Array.isArray(german) || english.length !== german.length) return [`${path}: lists differ in length`]
    return english.flatMap((item, i) => differences(item, german[i], `${path}[${i}]`))
  }
  if (english !== null && typeof english === 'object') {
    if (german === null || typeof german !== 'object') return [`${path}: not an object in German`]
    const keys = new Set([...Object.keys(english), ...Object.keys(german)].filter((key) => !RENDERINGS.has(key)))
    return [...keys].flatMap((key) =>
      !(key in english) || !(key in german)
        ? [`${path}.${key}: only in ${key in english ? 'English' : 'German'}`]
        : differences((english as Record<string, unknown>)[key], (german as Record<string, unknown>)[key], `${path}.${key}`),
    )
  }
  return typeof english === typeof german ? [] : [`${path}: ${typeof english} in English, ${typeof german} in German`]
}

/** Every string of a module with its path. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]]
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`))
}

describe('the German edition', () => {
  it('has every module of the English edition, and no other', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort())
  })

  it.each(Object.keys(en))('%s: has every key of the English, no other, with the same kind of value', (file) => {
    expect(differences(en[file], de[file], file)).toEqual([])
  })

  it.each(Object.keys(en))('%s: translates every sentence (only the essay’s own words stay English)', (file) => {
    const english = new Map(strings(en[file], file))
    const untranslated = strings(de[file], file).filter(
      ([path, text]) =>
        text.split(' ').length > 3 && english.get(path) === text && !ESSAY_ENGLISH.has(path.split('.').pop()!) && text !== PRODUCT_NAME,
    )
    expect(untranslated).toEqual([])
  })

  it('renders every essay quote in German beside the English', () => {
    const questions = (de['questions.v3.ts'] as { questionsV3: Record<string, { quote: string; quoteRendering?: string }> }).questionsV3
    const english = (en['questions.v3.ts'] as { questionsV3: Record<string, { quote: string }> }).questionsV3
    for (const [id, words] of Object.entries(questions)) {
      expect(words.quote, id).toBe(english[id]!.quote)
      expect(words.quoteRendering, id).toBeTruthy()
    }
  })
})
