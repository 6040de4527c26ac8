// Size budgets, checked on every build: fails when a view ships more JS+CSS (gzip) than allowed.
// The first view (50 KB) and the results view (120 KB) are the product's budgets; the others
// are ours, to notice growth. Chart.js loads with the margin calculator only: the readiness radar
// is an SVG component of our own.
// Reads Vite's manifest, so it counts exactly what each view loads: its chunk, every chunk it
// imports statically, their CSS, and the chunks the view loads at once on opening (Chart.js for the margins).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { ROUTES } from './lib/routes.mjs'

const DIST = 'dist'
const KB = 1024
const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8'))

/** Files a manifest entry loads: itself, its static imports (recursively), and all their CSS. */
function filesOf(keys, seen = new Set()) {
  for (const key of keys) {
    const chunk = manifest[key]
    if (!chunk) throw new Error(`No chunk "${key}" in the build manifest`)
    if (seen.has(chunk.file)) continue
    seen.add(chunk.file)
    for (const css of chunk.css ?? []) seen.add(css)
    filesOf(chunk.imports ?? [], seen)
  }
  return seen
}

// Each page's words come in the reader's language only, loaded as the page's modules run
// (src/i18n/language.ts): a page is counted with its words, once per language. The older
// question sets' words (English only, not part of an edition) load on demand and are not counted.
const LANGUAGES = ['en', 'de']
const isEditionWords = (key) => {
  const match = /^src\/i18n\/(\w+)\/(.+)$/.exec(key)
  return match !== null && LANGUAGES.every((lang) => manifest[`src/i18n/${lang}/${match[2]}`])
}
/** What `keys` load, with the words they load in `lang`, until no new words come. */
function withWords(keys, lang) {
  let files = filesOf(keys)
  let words = []
  for (;;) {
    const more = Object.entries(manifest)
      .filter(([, chunk]) => files.has(chunk.file))
      .flatMap(([, chunk]) => chunk.dynamicImports ?? [])
      .filter((key) => key.startsWith(`src/i18n/${lang}/`) && isEditionWords(key) && !words.includes(key))
    if (more.length === 0) return files
    words = [...words, ...more]
    files = filesOf([...keys, ...words])
  }
}

const gzipSize = (files) => [...files].reduce((sum, file) => sum + gzipSync(readFileSync(join(DIST, file))).length, 0)

const SHELL = ['index.html']
const viewKey = (route) => `src/views/${route.view}.vue`

// A budget for every view of the route table (src/router/routes.ts): a view without one fails.
const LIMITS = {
  // The landing page comes with the app's entry (src/router/index.ts); were it a chunk of its
  // own again, the manifest would list it, and it would count here.
  LandingView: { name: 'First view (landing page)', limit: 50 },
  // German words run about a tenth longer than English ones: the assessment's budget counts the longer.
  AssessmentView: { name: 'Assessment view', limit: 90 },
  ResultsView: { name: 'Results view', limit: 120 },
  SharedResultView: { name: 'Shared link view', limit: 120 },
  CompareLinksView: { name: 'Compare view', limit: 120 },
  MarginsView: { name: 'Margins view with Chart.js', limit: 130 },
  NotFoundView: { name: 'Page not found', limit: 50 },
}
const views = [...new Map(ROUTES.map((route) => [route.view, route])).values()]
const FIRST_VIEW = [...SHELL, ...(manifest['src/views/LandingView.vue'] ? ['src/views/LandingView.vue'] : [])]
const budgets = views.map((route) => {
  const limit = LIMITS[route.view]
  if (!limit) throw new Error(`No size budget for ${route.view} (route "${route.name}"): add one to scripts/check-budgets.mjs`)
  const keys = route.view === 'LandingView' ? FIRST_VIEW : [...SHELL, viewKey(route), ...(route.alsoLoads ?? [])]
  return { name: limit.name, keys, limit: limit.limit * KB, drawsMoney: 'alsoLoads' in route }
})

let failed = false
console.log('\nSize budgets (JS + CSS, gzip):')
for (const budget of budgets) {
  for (const lang of LANGUAGES) {
    const size = gzipSize(withWords(budget.keys, lang))
    const ok = size <= budget.limit
    failed ||= !ok
    const name = `${budget.name}, ${lang}`
    console.log(`  ${ok ? 'ok  ' : 'OVER'}  ${name.padEnd(36)} ${(size / KB).toFixed(1).padStart(6)} KB  (budget ${budget.limit / KB} KB)`)
  }
}
// Chart.js loads with the pages that draw money only (the routes that name it in `alsoLoads`).
const chartJs = manifest['src/charts/margins.ts'].file
const chartFree = budgets.filter((budget) => !budget.drawsMoney).map((budget) => budget.keys)
if (chartFree.some((keys) => filesOf(keys).has(chartJs))) {
  console.log('  OVER  Chart.js is part of a page without money charts: it must load with the margin calculator only')
  failed = true
}
if (failed) {
  console.error('\nA size budget is exceeded: see above.')
  process.exit(1)
}
