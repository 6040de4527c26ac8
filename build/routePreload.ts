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

/** The preload data: per route, the files it needs that the app's entry does not load anyway. */
export interface RouteChunks {
  files: string[]
  routes: (RouteFragment & { files: number[] })[]
}

/** Works the data out from the bundle's chunks. */
export function routeChunks(routes: readonly PreloadRoute[], chunks: readonly Rollup.OutputChunk[]): RouteChunks {
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
    // A view that comes with the entry (the start page) needs nothing more.
    return needed.length > 0 ? [{ ...fragment, files: needed }] : []
  })
  // Longer fragments first, so that `#/r` is tried before anything shorter that it starts with.
  needed.sort((a, b) => b.fragment.length - a.fragment.length)
  const files = [...new Set(needed.flatMap((r) => r.files))]
  return { files, routes: needed.map((r) => ({ fragment: r.fragment, exact: r.exact, files: r.files.map((f) => files.indexOf(f)) })) }
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
export function routePreload(routes: readonly PreloadRoute[]): Plugin {
  return {
    name: 'route-preload',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file): file is Rollup.OutputChunk => file.type === 'chunk')
      const html = bundle['index.html']
      if (!html || html.type !== 'asset') throw new Error('route-preload: index.html is not in the bundle')
      html.source = inlinePreload(String(html.source), routeChunks(routes, chunks))
    },
  }
}
