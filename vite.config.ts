import { fileURLToPath, URL } from 'node:url'
import { createHash } from 'node:crypto'
import { defineConfig, type Plugin, type Rollup } from 'vite'
import vue from '@vitejs/plugin-vue'

/**
 * The built page's Content-Security-Policy: only the app's own files, no inline script,
 * no eval, no other origin. Left out of the dev server, which injects styles inline.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

const contentSecurityPolicy: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
}

/** The chunks each route needs on opening, by a pattern of the fragment that opens it. */
const ROUTE_CHUNKS: [fragment: RegExp, modules: string[]][] = [
  [/^(#\/?)?$/, ['src/views/LandingView.vue']],
  [/^#\/r\//, ['src/views/SharedResultView.vue']],
  [/^#\/assessment/, ['src/views/AssessmentView.vue']],
  [/^#\/results/, ['src/views/ResultsView.vue']],
  [/^#\/margins/, ['src/views/MarginsView.vue', 'src/composables/chartMargins.ts']],
  [/^#\/compare/, ['src/views/CompareLinksView.vue']],
]

/**
 * A tiny script in <head> that, before the app's code has even arrived, starts loading the
 * chunks of the route in the address (a results link: its view), so they come in
 * parallel with the app instead of one network round trip after it. An external file, for the CSP.
 */
const routePreload: Plugin = {
  name: 'route-preload',
  apply: 'build',
  enforce: 'post',
  generateBundle(_options, bundle) {
    const chunks = Object.values(bundle).filter((file): file is Rollup.OutputChunk => file.type === 'chunk')
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
    const map = ROUTE_CHUNKS.map(([pattern, modules]): [RegExp, string[]] => {
      const files = new Set<string>()
      for (const module of modules) {
        const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(module))
        if (!chunk) throw new Error(`route-preload: no chunk for ${module}`)
        filesOf(chunk, files)
      }
      return [pattern, [...files].filter((f) => !loadedAnyway.has(f))]
    })
    // File names are listed once and referred to by index, to keep the script small.
    const names = [...new Set(map.flatMap(([, files]) => files))]
    const routes = map.map(([pattern, files]) => [pattern.source, files.map((f) => names.indexOf(f))])
    const code =
      `(function(h,n,m){for(var i=0;i<m.length;i++)if(new RegExp(m[i][0]).test(h)){m[i][1].forEach(function(k){` +
      `var f='assets/'+n[k],l=document.createElement('link');if(/\\.css$/.test(f)){l.rel='preload';l.as='style'}else{l.rel='modulepreload'}` +
      // The same credentials mode as Vite's own <link crossorigin>, or the browser fetches twice.
      `l.crossOrigin='';` +
      `l.href=f;document.head.appendChild(l)});break}})(location.hash,${JSON.stringify(names.map((f) => f.replace(/^assets\//, '')))},${JSON.stringify(routes)});\n`
    const fileName = `assets/route-preload-${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`
    this.emitFile({ type: 'asset', fileName, source: code })
    const html = bundle['index.html']
    if (!html || html.type !== 'asset') throw new Error('route-preload: index.html is not in the bundle')
    html.source = String(html.source).replace('</title>', `</title>\n    <script async src="./${fileName}"></script>`)
  },
}

export default defineConfig({
  // Relative asset URLs: the built dist/ works from any static host and any sub-path.
  base: './',
  plugins: [vue(), contentSecurityPolicy, routePreload],
  define: {
    // Every component uses <script setup>: leave the Options API and prod devtools hooks out of the bundle.
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    // No inline <script> for the module preload polyfill: keeps the CSP strict.
    modulePreload: { polyfill: false },
    // scripts/check-budgets.mjs reads it to measure what each view loads.
    manifest: true,
    // Terser packs about 3 % tighter than the default minifier: that keeps the results page in its budget.
    minify: 'terser',
    terserOptions: { compress: { passes: 2 } },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
})
