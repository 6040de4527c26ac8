import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin, Rollup } from 'vite'

/** What the build needs of a route: its path, its view, and anything it loads at once. */
export interface PreloadRoute {
  path: string
  view: string
  alsoLoads?: readonly string[]
}

/** The part of the address that opens a route: `#/results`, `#/r`; the start page exactly `#/`. */
export interface RouteFragment {
  fragment: string
  exact: boolean
}

/**
 * The fragment a route's path opens from: everything before its first parameter. The catch-all
 * route opens from anywhere, so it has none (null). `#/r` also begins `#/results`: the data is
 * ordered longest fragment first, so the first match is the right one.
 */
export function routeFragment(path: string): RouteFragment | null {
  if (path === '/') return { fragment: '#/', exact: true }
  const stem = path.split(':')[0]!.replace(/\/$/, '')
  return stem === '' ? null : { fragment: `#${stem}`, exact: false }
}

/** Files by language: the words a page loads in the reader's language only, as indexes into `files`. */
export type WordFiles = Record<string, number[]>

/**
 * The preload data: per route, the files it needs that the app's entry does not load anyway, and
 * the words it loads in each language; the words the entry loads; and where the reader's choice
 * of language is kept.
 */
export interface RouteChunks {
  files: string[]
  routes: (RouteFragment & { files: number[]; words: WordFiles })[]
  words: WordFiles
  languages: readonly string[]
  languageKey: string
}

/** The languages and where the choice is kept (src/i18n/languages.ts). */
export interface PreloadLanguages {
  languages: readonly string[]
  key: string
}

/** A module of a language's words (`src/i18n/<language>/…`): its language, or null. */
const languageOf = (id: string, languages: readonly string[]) => {
  const match = /\/src\/i18n\/([^/]+)\/[^/]+$/.exec(id)
  return match && languages.includes(match[1]!) ? match[1]! : null
}

/**
 * Works the data out from the bundle's chunks. `dynamicImports` gives the modules a module loads
 * on demand (the bundle's module info): those that are a language's words, and exist in every
 * language (an older question set's words are English only and load when one is shown), are the
 * words a page loads at once in the reader's language.
 */
export function routeChunks(
  routes: readonly PreloadRoute[],
  chunks: readonly Rollup.OutputChunk[],
  { languages, key }: PreloadLanguages,
  dynamicImports: (moduleId: string) => readonly string[],
): RouteChunks {
  const filesOf = (chunk: Rollup.OutputChunk, seen: Set<string>): Set<string> => {
    if (seen.has(chunk.fileName)) return seen
    seen.add(chunk.fileName)
    for (const css of chunk.viteMetadata?.importedCss ?? []) seen.add(css)
    for (const name of chunk.imports) {
      const imported = chunks.find((c) => c.fileName === name)
      if (imported) filesOf(imported, seen)
    }
    return seen
  }
  const entry = chunks.find((c) => c.isEntry)
  const loadedAnyway = entry ? filesOf(entry, new Set()) : new Set<string>()
  const allModules = new Set(chunks.flatMap((c) => c.moduleIds))
  const isEditionWords = (id: string) => {
    const lang = languageOf(id, languages)
    return lang !== null && languages.every((other) => allModules.has(id.replace(`/i18n/${lang}/`, `/i18n/${other}/`)))
  }
  /** The files of the words that the modules of `files` load, by language, less `except`. */
  const wordsOf = (files: ReadonlySet<string>, except: ReadonlySet<string>): Record<string, string[]> => {
    const byLanguage: Record<string, Set<string>> = Object.fromEntries(languages.map((lang) => [lang, new Set<string>()]))
    const modules = chunks.filter((c) => files.has(c.fileName)).flatMap((c) => c.moduleIds)
    for (const id of new Set(modules.flatMap((module) => dynamicImports(module)))) {
      if (!isEditionWords(id)) continue
      const chunk = chunks.find((c) => c.moduleIds.includes(id))
      if (chunk) filesOf(chunk, byLanguage[languageOf(id, languages)!]!)
    }
    return Object.fromEntries(Object.entries(byLanguage).map(([lang, set]) => [lang, [...set].filter((f) => !except.has(f))]))
  }
  const entryWords = wordsOf(loadedAnyway, loadedAnyway)
  const needed = routes.flatMap((route) => {
    const fragment = routeFragment(route.path)
    if (!fragment) return []
    const files = new Set<string>()
    for (const module of [`src/views/${route.view}.vue`, ...(route.alsoLoads ?? [])]) {
      const chunk = chunks.find((c) => c.moduleIds.some((id) => id.endsWith(module)))
      if (!chunk) throw new Error(`route-preload: no chunk for ${module}`)
      filesOf(chunk, files)
    }
    const needed = [...files].filter((f) => !loadedAnyway.has(f))
    const alsoLoaded = new Set([...loadedAnyway, ...Object.values(entryWords).flat()])
    const words = wordsOf(new Set([...loadedAnyway, ...files]), alsoLoaded)
    // A view that comes with the entry (the start page) needs nothing more.
    return needed.length > 0 ? [{ ...fragment, files: needed, words }] : []
  })
  // Longer fragments first, so that `#/r` is tried before anything shorter that it starts with.
  needed.sort((a, b) => b.fragment.length - a.fragment.length)
  const files = [...new Set([...needed.flatMap((r) => [...r.files, ...Object.values(r.words).flat()]), ...Object.values(entryWords).flat()])]
  const indexes = (words: Record<string, string[]>): WordFiles =>
    Object.fromEntries(Object.entries(words).map(([lang, list]) => [lang, list.map((f) => files.indexOf(f))]))
  return {
    files,
    routes: needed.map((r) => ({ fragment: r.fragment, exact: r.exact, files: r.files.map((f) => files.indexOf(f)), words: indexes(r.words) })),
    words: indexes(entryWords),
    languages,
    languageKey: key,
  }
}

/** The script that runs in the page, read from its own file when the bundle is written, without its comment lines. */
const readScript = () =>
  readFileSync(join(import.meta.dirname, 'routePreloadScript.js'), 'utf8')
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .join('\n')
    .trim()

/**
 * The route preload as the page runs it: build/routePreloadScript.js with `data` in place, as an
 * inline script after the <title>. "<" in the data cannot end the <script> element early: it is
 * escaped.
 */
export function inlinePreload(html: string, data: RouteChunks): string {
  const json = JSON.stringify({ ...data, files: data.files.map((f) => `./${f}`) }).replace(/</g, '\\u003c')
  const script = readScript().replace('ROUTE_CHUNKS', () => json)
  return html.replace('</title>', () => `</title>\n    <script>${script}</script>`)
}

/**
 * Adds the route preload to the built page: inline, so that a cold page asks for its route's
 * chunks in the same round trip as the app's entry. The policy pins it by its hash
 * (build/contentSecurityPolicy.ts, listed after this plugin).
 */
export function routePreload(routes: readonly PreloadRoute[], languages: PreloadLanguages): Plugin {
  return {
    name: 'route-preload',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file): file is Rollup.OutputChunk => file.type === 'chunk')
      const html = bundle['index.html']
      if (!html || html.type !== 'asset') throw new Error('route-preload: index.html is not in the bundle')
      const dynamicImports = (id: string) => this.getModuleInfo(id)?.dynamicallyImportedIds ?? []
      html.source = inlinePreload(String(html.source), routeChunks(routes, chunks, languages, dynamicImports))
    },
  }
}
