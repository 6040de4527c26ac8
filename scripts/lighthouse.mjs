#!/usr/bin/env node
// Lighthouse performance audits of the built app, mobile and desktop presets.
//
//   node scripts/lighthouse.mjs [--runs 3] [--no-build [--dist dist]] [--assessment] [--keep-reports]
//                              [--out bench-results/lighthouse.json]
//
// Builds the app for production (npx vite build, NODE_ENV=production) into a private
// temporary folder (--no-build audits dist/, or --dist DIR, from a copy taken at the
// start), serves it with scripts/lib/serve.mjs on 127.0.0.1 (over HTTP/1.1: Lighthouse
// refuses a page whose certificate it cannot check) and runs the Lighthouse CLI from
// devDependencies (node_modules/.bin/lighthouse, or LIGHTHOUSE_BIN) against the landing
// page, and with --assessment also `#/assessment`: the mobile default and
// --preset=desktop, N runs each, a fresh Chromium profile every run. Prints the medians
// (score x100, FCP, LCP, TBT, CLS, Speed Index) and writes every run to
// bench-results/lighthouse.json (--keep-reports also keeps each full Lighthouse report, in
// bench-results/lighthouse-reports/).
//
// Chromium: CHROME_PATH if set, else /usr/lib/chromium/chromium (Debian's binary without
// its wrapper script), else /usr/bin/chromium.
import { spawn, execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.mjs'
import { onCleanup, runScript } from './lib/cleanup.mjs'
import { git, markdownTable, median, parseArgs, prepareBuild, ROOT, textTable, Warnings } from './lib/measure.mjs'
import { routeHash } from './lib/routes.mjs'
import { serve } from './lib/serve.mjs'

const LIGHTHOUSE = process.env.LIGHTHOUSE_BIN ?? join(ROOT, 'node_modules', '.bin', 'lighthouse')
const CHROME_PATH = process.env.CHROME_PATH ?? CHROMIUM_PATH ?? '/usr/bin/chromium'
const PRESETS = ['mobile', 'desktop']
const RUN_TIMEOUT = 180_000
const METRICS = [
  { key: 'fcp', audit: 'first-contentful-paint', label: 'FCP' },
  { key: 'lcp', audit: 'largest-contentful-paint', label: 'LCP' },
  { key: 'tbt', audit: 'total-blocking-time', label: 'TBT' },
  { key: 'cls', audit: 'cumulative-layout-shift', label: 'CLS' },
  { key: 'si', audit: 'speed-index', label: 'Speed Index' },
]

const log = (...args) => console.error(...args)


// ---------------------------------------------------------------------------------------------
// Cleanup: the server, the temporary folders, and any Lighthouse or Chromium process we started.

/** Pids of the processes whose command line mentions `marker` (our own unique profile folder). */
async function pidsMentioning(marker) {
  const pids = []
  for (const entry of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '')
    if (cmdline.includes(marker)) pids.push(Number(entry))
  }
  return pids
}

function killQuietly(pid, signal = 'SIGKILL') {
  try {
    process.kill(pid, signal)
  } catch {
    // already gone
  }
}




// ---------------------------------------------------------------------------------------------
// One Lighthouse run

async function lighthouseOnce({ url, preset, work, index, origin, warnings }) {
  const profile = await mkdtemp(join(work, `profile-${preset}-${index}-`))
  const output = join(work, `lhr-${preset}-${index}.json`)
  const args = [
    url,
    '--quiet',
    '--output=json',
    `--output-path=${output}`,
    '--only-categories=performance',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
    `--chrome-flags=${[...CHROMIUM_ARGS, `--user-data-dir=${profile}`].join(' ')}`,
  ]
  const child = spawn(LIGHTHOUSE, args, {
    cwd: ROOT,
    // TMPDIR: chrome-launcher's own temporary profile lands in our folder, removed even after a kill.
    env: { ...process.env, CHROME_PATH, TMPDIR: work },
    // Its own process group, so a stop can take Lighthouse with whatever it started.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stdout.on('data', (d) => (stderr += d))
  child.stderr.on('data', (d) => (stderr += d))
  const stopAll = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {
        killQuietly(child.pid)
      }
    }
    // chrome-launcher starts Chromium in a process group of its own: find it by its profile folder.
    for (const pid of await pidsMentioning(profile)) killQuietly(pid)
  }
  const forget = onCleanup(stopAll)
  try {
    const code = await new Promise((resolveExit, rejectExit) => {
      const timer = setTimeout(() => {
        void stopAll()
        rejectExit(new Error(`Lighthouse took over ${RUN_TIMEOUT / 1000} s on ${url} (${preset})`))
      }, RUN_TIMEOUT)
      child.on('error', (error) => {
        clearTimeout(timer)
        rejectExit(error)
      })
      child.on('exit', (exitCode, signal) => {
        clearTimeout(timer)
        resolveExit(exitCode ?? signal)
      })
    })
    if (code !== 0) throw new Error(`Lighthouse failed (${code}) on ${url} (${preset}):\n${stderr.trim().split('\n').slice(-15).join('\n')}`)
    const lhr = JSON.parse(await readFile(output, 'utf8'))
    if (lhr.runtimeError) throw new Error(`Lighthouse runtime error on ${url} (${preset}): ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    for (const warning of lhr.runWarnings ?? []) warnings.add('Lighthouse run warning', warning)
    for (const item of lhr.audits?.['network-requests']?.details?.items ?? []) {
      if (/^https?:/.test(item.url) && new URL(item.url).origin !== origin) warnings.add('request to another origin', item.url)
      if (item.statusCode >= 400) warnings.add(`HTTP ${item.statusCode}`, item.url)
    }
    const score = lhr.categories?.performance?.score
    const run = { score: typeof score === 'number' ? Math.round(score * 100) : null }
    for (const metric of METRICS) run[metric.key] = lhr.audits?.[metric.audit]?.numericValue ?? null
    run.totalByteWeight = lhr.audits?.['total-byte-weight']?.numericValue ?? null
    run.benchmarkIndex = lhr.environment?.benchmarkIndex ?? null
    return { run, lhr }
  } finally {
    await stopAll()
    forget()
    await rm(profile, { recursive: true, force: true }).catch(() => {})
  }
}


// ---------------------------------------------------------------------------------------------
// Output

const fixed = (n, digits) =>
  n === null || n === undefined ? '—' : n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })
const seconds = (ms) => (ms === null ? '—' : `${fixed(ms / 1000, 2)} s`)
const FORMAT = {
  score: (v) => (v === null ? '—' : fixed(v, 0)),
  fcp: seconds,
  lcp: seconds,
  tbt: (ms) => (ms === null ? '—' : `${fixed(ms, 0)} ms`),
  cls: (v) => (v === null ? '—' : fixed(v, 3)),
  si: seconds,
}

function tableRows(results) {
  const rows = [['Preset', 'Page', 'Score', ...METRICS.map((m) => m.label), 'Runs']]
  for (const r of results)
    rows.push([r.preset, r.page, FORMAT.score(r.median.score), ...METRICS.map((m) => FORMAT[m.key](r.median[m.key])), String(r.runs.length)])
  return rows
}



// ---------------------------------------------------------------------------------------------

async function main() {
  const options = parseArgs(
    process.argv.slice(2),
    { runs: 3, assessment: false, out: join(ROOT, 'bench-results', 'lighthouse.json') },
    { '--assessment': 'assessment', '--keep-reports': 'keepReports' },
  )
  if (options.help) {
    console.log('usage: node scripts/lighthouse.mjs [--runs 3] [--no-build [--dist dist]] [--assessment] [--keep-reports] [--out bench-results/lighthouse.json]')
    return
  }
  if (!existsSync(LIGHTHOUSE))
    throw new Error(`no Lighthouse at ${relative(ROOT, LIGHTHOUSE)}: it is a devDependency ("lighthouse": "12.2.3"); run npm install (or set LIGHTHOUSE_BIN)`)
  if (!existsSync(CHROME_PATH)) throw new Error(`no Chromium at ${CHROME_PATH} (apt-get install chromium, or set CHROME_PATH)`)
  const lighthouseVersion = execFileSync(LIGHTHOUSE, ['--version'], { encoding: 'utf8' }).trim()
  let chromeVersion = null
  try {
    chromeVersion = execFileSync(CHROME_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    // the report's user agent is used instead
  }
  const reportsDir = join(options.out, '..', 'lighthouse-reports')
  if (options.keepReports) await mkdir(reportsDir, { recursive: true })

  const { work, dist, measured } = await prepareBuild(options, 'lighthouse')

  const warnings = new Warnings()
  const server = await serve({ root: dist })
  onCleanup(() => server.close())
  log(`lighthouse: Lighthouse ${lighthouseVersion}, serving ${measured} at ${server.url}, Chromium ${CHROME_PATH}`)

  const pages = [{ page: `landing (${routeHash('home')})`, url: server.url }]
  if (options.assessment) pages.push({ page: `assessment (${routeHash('assessment')})`, url: `${server.url}${routeHash('assessment')}` })
  const results = []
  for (const { page, url } of pages) for (const preset of PRESETS) results.push({ preset, page, url, runs: [] })

  const started = Date.now()
  let index = 0
  // Presets alternate within each round, so a slow spell of the machine hits both alike.
  for (let round = 1; round <= options.runs; round++) {
    for (const result of results) {
      index++
      const t0 = Date.now()
      const { run, lhr } = await lighthouseOnce({ url: result.url, preset: result.preset, work, index, origin: server.origin, warnings })
      chromeVersion ??= lhr.environment?.hostUserAgent?.match(/(?:HeadlessChrome|Chrome)\/[\d.]+/)?.[0] ?? null
      result.runs.push(run)
      if (options.keepReports) {
        const name = `${result.page.split(' ')[0]}-${result.preset}-${round}.json`
        await writeFile(join(reportsDir, name), JSON.stringify(lhr))
        run.report = relative(ROOT, join(reportsDir, name))
      }
      log(
        `lighthouse: ${result.page}, ${result.preset}, run ${round}/${options.runs}: score ${FORMAT.score(run.score)}, ` +
          METRICS.map((m) => `${m.label} ${FORMAT[m.key](run[m.key])}`).join(', ') +
          ` (${Math.round((Date.now() - t0) / 1000)} s)`,
      )
    }
  }
  for (const result of results) {
    result.median = { score: median(result.runs.map((r) => r.score)) }
    for (const metric of METRICS) result.median[metric.key] = median(result.runs.map((r) => r[metric.key]))
  }

  const report = {
    tool: 'scripts/lighthouse.mjs',
    date: new Date().toISOString(),
    commit: git(['rev-parse', '--short', 'HEAD']),
    workingTreeDirty: (git(['status', '--porcelain', '--untracked-files=no']) ?? '') !== '',
    measured,
    lighthouse: lighthouseVersion,
    chromium: chromeVersion,
    chromePath: CHROME_PATH,
    node: process.version,
    runs: options.runs,
    durationSeconds: Math.round((Date.now() - started) / 100) / 10,
    method:
      'Lighthouse CLI, --only-categories=performance, default (mobile, simulated throttling) and --preset=desktop; a fresh --user-data-dir every run; medians of each metric taken separately; times in ms, CLS unitless, score x100',
    results: results.map(({ url, ...rest }) => ({ ...rest, path: url.slice(server.origin.length) })),
    warnings: warnings.list(),
  }
  await mkdir(join(options.out, '..'), { recursive: true })
  await writeFile(options.out, `${JSON.stringify(report, null, 2)}\n`)

  const rows = tableRows(results)
  console.log(
    `\nMore than a Chip — Lighthouse ${lighthouseVersion}, performance, median of ${options.runs} run(s), ${chromeVersion ?? 'Chromium'}, commit ${report.commit ?? 'unknown'}${report.workingTreeDirty ? ' (uncommitted changes)' : ''}\n`,
  )
  console.log(textTable(rows, 2))
  const warningList = warnings.list()
  if (warningList.length) {
    console.log(`\nWarnings (${warningList.length}):`)
    for (const w of warningList) console.log(`  WARNING ${w.text}${w.count > 1 ? ` (×${w.count})` : ''}`)
  }
  console.log(`\nJSON: ${relative(process.cwd(), options.out) || options.out}`)
  console.log('\nMarkdown:\n')
  console.log(markdownTable(rows, 2))
}

await runScript('lighthouse', main)
