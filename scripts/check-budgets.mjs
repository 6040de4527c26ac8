// Size budgets, checked on every build: fails when a view ships more JS+CSS (gzip) than allowed.
// The first view (50 KB) and the results view (120 KB) are the product's budgets; the others
// are ours, to notice growth. Chart.js loads with the margin calculator only: the readiness radar
// is an SVG component of our own.
// Reads Vite's manifest, so it counts exactly what each view loads: its chunk, every chunk it
// imports statically, their CSS, and the chunks the view loads at once on opening (Chart.js for the margins).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const DIST = 'dist'
const KB = 1024
const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8'))

/** Files a manifest entry loads: itself, its static imports (recursively), and all their CSS. */
function filesOf(keys, seen = new Set()) {
  for (const key of keys) {
    const chunk = manifest[key]
    if (!chunk) throw new Error(`No chunk "${key}" in the build manifest`)
    if (key === SHELL[0]) headScripts.forEach((file) => seen.add(file))
    if (seen.has(chunk.file)) continue
    seen.add(chunk.file)
    for (const css of chunk.css ?? []) seen.add(css)
    filesOf(chunk.imports ?? [], seen)
  }
  return seen
}

// The route-preload script in <head> (see build/routePreload.ts) is part of every first view.
const html = readFileSync(join(DIST, 'index.html'), 'utf8')
const headScripts = [...html.matchAll(/<script async src="\.\/([^"]+)"/g)].map((match) => match[1])

const gzipSize = (files) => [...files].reduce((sum, file) => sum + gzipSync(readFileSync(join(DIST, file))).length, 0)

const SHELL = ['index.html']
// The landing page comes with the app's entry (src/router/index.ts); were it a chunk of its own
// again, the manifest would list it, and it would count here.
const FIRST_VIEW = [...SHELL, ...(manifest['src/views/LandingView.vue'] ? ['src/views/LandingView.vue'] : [])]
const budgets = [
  { name: 'First view (landing page)', keys: FIRST_VIEW, limit: 50 * KB },
  { name: 'Assessment view', keys: [...SHELL, 'src/views/AssessmentView.vue'], limit: 80 * KB },
  { name: 'Results view', keys: [...SHELL, 'src/views/ResultsView.vue'], limit: 120 * KB },
  { name: 'Shared link view', keys: [...SHELL, 'src/views/SharedResultView.vue'], limit: 120 * KB },
  { name: 'Compare view', keys: [...SHELL, 'src/views/CompareLinksView.vue'], limit: 120 * KB },
  { name: 'Margins view with Chart.js', keys: [...SHELL, 'src/views/MarginsView.vue', 'src/composables/chartMargins.ts'], limit: 130 * KB },
]

let failed = false
console.log('\nSize budgets (JS + CSS, gzip):')
for (const budget of budgets) {
  const size = gzipSize(filesOf(budget.keys))
  const ok = size <= budget.limit
  failed ||= !ok
  console.log(`  ${ok ? 'ok  ' : 'OVER'}  ${budget.name.padEnd(32)} ${(size / KB).toFixed(1).padStart(6)} KB  (budget ${budget.limit / KB} KB)`)
}
const chartFree = [FIRST_VIEW, ...['AssessmentView', 'ResultsView', 'SharedResultView'].map((view) => [...SHELL, `src/views/${view}.vue`])]
if (chartFree.some((keys) => [...filesOf(keys)].some((file) => file.includes('chartMargins')))) {
  console.log('  OVER  Chart.js is part of a page without money charts: it must load with the margin calculator only')
  failed = true
}
if (failed) {
  console.error('\nA size budget is exceeded: see above.')
  process.exit(1)
}
