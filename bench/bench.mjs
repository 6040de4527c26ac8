#!/usr/bin/env node
// Measures the built app in headless Chromium, cold cache every time.
//
//   node bench/bench.mjs [--runs 5] [--no-build [--dist dist]] [--http1] [--out bench-results/latest.json]
//
// Builds the app for production (npx vite build, NODE_ENV=production) into a private
// temporary folder, so a build or test running at the same time can neither change
// what is measured nor be disturbed by it; --no-build measures dist/ (or --dist DIR)
// as it is, from a copy taken at the start. Serves it on 127.0.0.1 over HTTP/2 with
// gzip, as static hosts do (scripts/lib/serve.mjs; --http1 for HTTP/1.1), and for each run
// launches a fresh Chromium with a fresh profile for every measurement:
//   - first view JS+CSS bytes (gzip, as served) loading `#/` until network idle
//   - JS+CSS bytes (gzip) opening a results link
//   - time to the first question visible on `#/assessment`
//   - time from opening a results link `#/r/<payload>` to the radar drawn, cold, and again
//     on a repeat visit in the same profile once the service worker has cached the app
//   - JS heap in use after a forced GC on the results-link page
//   - a blank page's time to visible, the floor for the timings
//   - a team link of 50 people (bench/teamLink.ts): opened → team view drawn, and, on that
//     page, the 50 links pasted again → aggregated and drawn (input to the next frame)
//   - the peers, built from bench/peers in the same run: a bare Vue + Pinia page with the same
//     first step of questions, and the same with an eager Chart.js radar reading the same link;
//     our timings are also given as ratios to theirs
// Timings are taken unthrottled and under a mobile profile (CDP: 562.5 ms RTT,
// 1474.56 kbps down, 675 kbps up, CPU x4). The table goes to stdout, progress to
// stderr, and every run's values to bench-results/latest.json.
//
// Times are ms since navigation start (the page's performance.now()), read in the
// first animation frame in which the element is visible: Playwright's waitForSelector
// only polls every 100-500 ms, so it is used to wait, and its own reading is kept in the
// JSON as `poll` for comparison.
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { chromium } from 'playwright-core'
import { build as bundle } from 'rolldown'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/lib/chromium.mjs'
import { cleanupAll, cleanupOnSignals, onCleanup } from '../scripts/lib/cleanup.mjs'
import { git, markdownTable, median, parseArgs, prepareBuild, ROOT, run, textTable, Warnings } from '../scripts/lib/measure.mjs'
import { routeHash } from '../scripts/lib/routes.mjs'
import { serve } from '../scripts/lib/serve.mjs'

const CHROMIUM = process.env.CHROMIUM_PATH ?? CHROMIUM_PATH ?? '/usr/bin/chromium'
const PROFILES = {
  unthrottled: null,
  mobile: {
    network: { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 },
    cpuRate: 4,
  },
}
const TIMEOUT = 60_000
const SELECTORS = {
  question: 'fieldset legend',
  radar: '[data-testid="results-radar"][data-drawn="true"]',
  linkError: '[data-testid="link-error"]',
  disagreement: '[data-testid="disagreement"]',
  blank: '#blank',
}
const BLANK_PATH = '__blank.html'
const PEERS_PATH = '__peers'
// The icon link keeps Chromium from asking for /favicon.ico.
const BLANK_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>blank</title></head><body><p id="blank">blank</p></body></html>\n'

// ---------------------------------------------------------------------------------------------
// Arguments, cleanup


cleanupOnSignals('bench')

const log = (...args) => console.error(...args)

// ---------------------------------------------------------------------------------------------
// Helpers




const isJsOrCss = (path) => /\.(m?js|css)$/i.test(path)

/** Collects warnings once each, with a count. */

// ---------------------------------------------------------------------------------------------
// One measurement: a fresh Chromium with a fresh profile (so a cold cache), optionally throttled.

/**
 * Records, in the page, the first animation frame in which `selector` matches a visible element:
 * window.__benchVisibleAt (ms since navigation start).
 */
function visibilityRecorder(selector) {
  const visible = (el) => {
    const rect = el.getBoundingClientRect()
    if (rect.width === 0 || rect.height === 0) return false
    return typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : true
  }
  const check = () => {
    if (window.__benchVisibleAt !== undefined) return
    const el = document.querySelector(selector)
    if (el && visible(el)) window.__benchVisibleAt = performance.now()
    else requestAnimationFrame(check)
  }
  if (location.protocol.startsWith('http')) requestAnimationFrame(check)
}

async function withChromium(state, profileName, fn) {
  const profile = PROFILES[profileName]
  const userDataDir = await mkdtemp(join(tmpdir(), 'mtac-bench-profile-'))
  const removeDir = () => rm(userDataDir, { recursive: true, force: true })
  const forgetDir = onCleanup(removeDir)
  let context
  let monitor
  let forgetContext = () => {}
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      // The server's certificate for 127.0.0.1 is its own (see scripts/lib/serve.mjs).
      args: [...CHROMIUM_ARGS, '--ignore-certificate-errors'],
      timeout: TIMEOUT,
    })
    forgetContext = onCleanup(() => context.close())
    context.setDefaultTimeout(TIMEOUT)
    const page = context.pages()[0] ?? (await context.newPage())
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    if (profile) {
      await cdp.send('Network.emulateNetworkConditions', profile.network)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuRate })
    }
    state.chromiumVersion ??= (await cdp.send('Browser.getVersion')).product
    monitor = watchPage(page, state)
    return await fn({ page, cdp, monitor, context })
  } finally {
    monitor?.close()
    if (context) await context.close().catch(() => {})
    forgetContext()
    await removeDir().catch(() => {})
    forgetDir()
  }
}

/** Watches a page: responses with their encoded body sizes, other origins, errors. */
function watchPage(page, state) {
  const { origin, warnings } = state
  const pending = []
  const resources = []
  let closed = false
  page.on('request', (request) => {
    const url = request.url()
    if (/^(data|blob|about):/.test(url)) return
    let requestOrigin
    try {
      requestOrigin = new URL(url).origin
    } catch {
      requestOrigin = url
    }
    if (requestOrigin !== origin) warnings.add('request to another origin', url)
  })
  page.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const url = request.url()
        if (!url.startsWith(origin)) return
        const response = await request.response()
        const sizes = await request.sizes()
        const headers = response ? await response.allHeaders() : {}
        resources.push({
          path: new URL(url).pathname,
          type: request.resourceType(),
          status: response?.status() ?? null,
          encoding: headers['content-encoding'] ?? 'identity',
          bytes: sizes.responseBodySize,
        })
      })().catch((error) => {
        // Sizes still being read when a timing-only measurement closes its browser don't matter.
        if (!closed) warnings.add('could not read a response size', `${request.url()}: ${error.message}`)
      }),
    )
  })
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? 'failed'
    if (failure === 'net::ERR_ABORTED' && request.url().endsWith('/favicon.ico')) return
    warnings.add('request failed', `${request.url()} (${failure})`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400) warnings.add(`HTTP ${response.status()}`, response.url())
  })
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return
    const where = message.location()?.url
    warnings.add(`console ${message.type()}`, `${message.text()}${where ? ` (${where})` : ''}`)
  })
  page.on('pageerror', (error) => warnings.add('page error', error.message))
  return {
    close() {
      closed = true
    },
    async settle() {
      while (pending.length) await Promise.all(pending.splice(0))
    },
    resources,
    /** Sum of the encoded (transfer) body bytes of every .js and .css response so far. */
    async jsCss() {
      await this.settle()
      const files = resources.filter((r) => isJsOrCss(r.path))
      for (const file of files) {
        if (file.encoding !== 'gzip') warnings.add('JS/CSS not served gzipped', file.path)
      }
      const bytes = files.reduce((sum, r) => sum + r.bytes, 0)
      return { bytes, files }
    },
  }
}

async function timeToVisible(page, url, selector, { failOn } = {}) {
  await page.addInitScript(visibilityRecorder, selector)
  await page.goto(url, { waitUntil: 'commit' })
  const wanted = page.waitForSelector(selector, { state: 'visible' })
  if (failOn) {
    const failed = page.waitForSelector(failOn, { state: 'attached' }).then(
      async (el) => {
        throw new Error(`${failOn} appeared on ${url}: ${(await el.textContent())?.trim()}`)
      },
      () => {},
    )
    await Promise.race([wanted, failed])
  } else {
    await wanted
  }
  const poll = await page.evaluate(() => performance.now())
  const frame = await page.evaluate(() => window.__benchVisibleAt ?? null)
  return { ms: frame ?? poll, poll, frame }
}

// ---------------------------------------------------------------------------------------------
// The share link, made once the way a person would: answer every question "3", then read it.

async function makeShareLink(state) {
  return withChromium(state, 'unthrottled', async ({ page }) => {
    await page.goto(`${state.url}${routeHash('assessment')}`)
    for (let step = 0; step < 30; step++) {
      if (new URL(page.url()).hash.startsWith(routeHash('results'))) break
      await page.waitForSelector('fieldset.question', { state: 'visible' })
      const before = new URL(page.url()).hash
      for (const fieldset of await page.locator('fieldset.question').all()) {
        const radio = fieldset.locator('input[type="radio"][value="3"]')
        await radio.check().catch(() => radio.check({ force: true }))
      }
      await page.click('[data-testid="next-step"]')
      await page.waitForFunction((hash) => location.hash !== hash, before)
    }
    const field = page.locator('[data-testid="share-link"]')
    await field.waitFor({ state: 'attached' })
    const link = await field.inputValue()
    const hash = link.slice(link.indexOf('#'))
    const prefix = routeHash('shared', '')
    if (!hash.startsWith(prefix)) throw new Error(`unexpected share link: ${link}`)
    return { link, hash, payload: hash.slice(prefix.length) }
  })
}

/** The team link of bench/teamLink.ts, made with the app's own codec (bundled for Node on the spot). */
async function makeTeamLink(dist) {
  const file = join(dist, '..', 'team-link.mjs')
  await bundle({ input: join(ROOT, 'bench', 'teamLink.ts'), output: { file, format: 'esm' }, logLevel: 'silent' })
  const { fiftyPeopleTeamLink } = await import(file)
  return fiftyPeopleTeamLink()
}

/**
 * On a team view, empties the links and pastes them again, and times from the paste to the
 * frame after the team view is drawn again: aggregating and drawing 50 people.
 */
async function repasteTeam(page) {
  return page.evaluate(async () => {
    const area = document.querySelector('[data-testid="compare-links"]')
    const links = area.value
    const paste = (value) => {
      area.value = value
      area.dispatchEvent(new Event('input'))
    }
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()))
    paste('')
    await frame()
    const start = performance.now()
    paste(links)
    while (document.querySelectorAll('[data-testid="disagreement"]').length === 0) await frame()
    await frame()
    const ms = performance.now() - start
    return { ms, poll: ms, frame: ms }
  })
}

/** Flags a build that is not a production one: Vue's dev-only warnings left in the bundle. */
async function checkBuild(dist, warnings) {
  const assets = join(dist, 'assets')
  const files = existsSync(assets) ? await readdir(assets) : []
  for (const file of files.filter((f) => f.endsWith('.js'))) {
    const code = await readFile(join(assets, file), 'utf8')
    if (code.includes('[Vue warn]'))
      warnings.add('not a production build', `${file} contains Vue's development warnings ("[Vue warn]"): built with NODE_ENV other than production?`)
  }
}

// ---------------------------------------------------------------------------------------------
// Output

const number = (n, digits = 0) =>
  n === null || n === undefined ? '—' : n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })
const formatBytes = (b) => (b === null ? '—' : `${number(b / 1000, 1)} kB (${number(b)} B)`)
const formatMs = (ms) => (ms === null ? '—' : `${number(ms)} ms`)
const formatHeap = (b) => (b === null ? '—' : `${number(b / 1024 / 1024, 2)} MB (${number(b / 1024)} KB)`)

function tableRows(result) {
  const m = result.metrics
  // `mobile`: true to show the mobile median, or the text to show instead.
  const row = (label, metric, format, mobile = true) => [
    label,
    format(metric.unthrottled.median),
    mobile === true ? format(metric.mobile.median) : mobile,
    String(metric.unthrottled.values.length),
  ]
  const times = (a, b) => (a && b ? `× ${(a / b).toFixed(2)}` : '—')
  const ratio = (label, ours, peer) => [
    label,
    times(ours.unthrottled.median, peer.unthrottled.median),
    times(ours.mobile.median, peer.mobile.median),
    String(ours.unthrottled.values.length),
  ]
  return [
    ['Metric', 'Unthrottled median', 'Mobile median', 'Runs'],
    row('First view (#/) JS+CSS, gzip', m.firstViewJsCssBytes, formatBytes, '(same)'),
    row('Results link JS+CSS, gzip', m.resultsLinkJsCssBytes, formatBytes, '(same)'),
    row('First question visible (#/assessment)', m.firstQuestionVisibleMs, formatMs),
    row('Results link opened → radar drawn', m.shareLinkRadarDrawnMs, formatMs),
    row('Results link, repeat visit (service worker) → radar drawn', m.shareLinkRepeatRadarDrawnMs, formatMs),
    row('JS heap after GC, results-link page', m.resultsHeapUsedBytes, formatHeap, '—'),
    row('Blank page visible (floor)', m.blankPageVisibleMs, formatMs),
    row('Team link, 50 people → team view drawn', m.teamLinkDrawnMs, formatMs),
    row('50 people pasted → aggregated and drawn', m.teamAggregateDrawnMs, formatMs),
    row('Peer, bare Vue + Pinia: first question visible', m.peerFirstQuestionVisibleMs, formatMs),
    row('Peer, eager Chart.js radar: link opened → radar drawn', m.peerShareLinkRadarDrawnMs, formatMs),
    ratio('Ours ÷ peer, first question', m.firstQuestionVisibleMs, m.peerFirstQuestionVisibleMs),
    ratio('Ours ÷ peer, link → radar drawn', m.shareLinkRadarDrawnMs, m.peerShareLinkRadarDrawnMs),
  ]
}



// ---------------------------------------------------------------------------------------------

async function main() {
  const options = parseArgs(process.argv.slice(2), { runs: 5, out: join(ROOT, 'bench-results', 'latest.json') }, { '--http1': 'http1' })
  if (options.help) {
    console.log('usage: node bench/bench.mjs [--runs 5] [--no-build [--dist dist]] [--http1] [--out bench-results/latest.json]')
    return
  }
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`)

  const { dist, measured } = await prepareBuild(options, 'bench')
  // The peers, served beside the app from the same server.
  for (const peer of ['questions', 'radar']) {
    await run('npx', ['vite', 'build', '--config', 'bench/peers/vite.config.ts', '--outDir', join(dist, PEERS_PATH)], {
      ...process.env,
      NODE_ENV: 'production',
      PEER: peer,
    })
  }

  const warnings = new Warnings()
  const state = { url: null, origin: null, warnings, chromiumVersion: null }
  await checkBuild(dist, warnings)
  await writeFile(join(dist, BLANK_PATH), BLANK_HTML)
  const server = await serve({ root: dist, http2: !options.http1 })
  onCleanup(() => server.close())
  state.url = server.url
  state.origin = server.origin
  const protocol = options.http1 ? 'HTTP/1.1' : 'HTTP/2'
  log(`bench: serving ${measured} at ${server.url} over ${protocol}, Chromium ${CHROMIUM}`)

  const started = Date.now()
  const team = await makeTeamLink(dist)
  log(`bench: team link of 50 people: ${team.length} characters`)
  const share = await makeShareLink(state)
  log(`bench: results link made once: ${share.hash} (${share.payload.length} characters)`)

  const series = () => ({ unthrottled: [], mobile: [] })
  const raw = {
    firstViewJsCssBytes: [],
    resultsLinkJsCssBytes: [],
    resultsHeapUsedBytes: [],
    firstQuestionVisibleMs: series(),
    shareLinkRadarDrawnMs: series(),
    shareLinkRepeatRadarDrawnMs: series(),
    blankPageVisibleMs: series(),
    peerFirstQuestionVisibleMs: series(),
    peerShareLinkRadarDrawnMs: series(),
    teamLinkDrawnMs: series(),
    teamAggregateDrawnMs: series(),
  }
  const resources = {}

  for (let i = 1; i <= options.runs; i++) {
    // First view: every response loading `#/`, until the network is idle.
    await withChromium(state, 'unthrottled', async ({ page, monitor }) => {
      await page.goto(`${state.url}${routeHash('home')}`, { waitUntil: 'networkidle' })
      const { bytes, files } = await monitor.jsCss()
      raw.firstViewJsCssBytes.push(bytes)
      resources.firstView ??= files
    })
    // A results link, first visit: every response until the network is idle, then the heap.
    await withChromium(state, 'unthrottled', async ({ page, cdp, monitor }) => {
      await page.goto(state.url + share.hash, { waitUntil: 'networkidle' })
      await page.waitForSelector(SELECTORS.radar)
      const { bytes, files } = await monitor.jsCss()
      raw.resultsLinkJsCssBytes.push(bytes)
      resources.resultsLink ??= files
      await cdp.send('HeapProfiler.enable')
      await cdp.send('HeapProfiler.collectGarbage')
      const { usedSize } = await cdp.send('Runtime.getHeapUsage')
      raw.resultsHeapUsedBytes.push(usedSize)
    })

    for (const profile of Object.keys(PROFILES)) {
      await withChromium(state, profile, async ({ page }) => {
        raw.blankPageVisibleMs[profile].push(await timeToVisible(page, state.url + BLANK_PATH, SELECTORS.blank))
      })
      await withChromium(state, profile, async ({ page }) => {
        raw.firstQuestionVisibleMs[profile].push(await timeToVisible(page, `${state.url}${routeHash('assessment')}`, SELECTORS.question))
      })
      await withChromium(state, profile, async ({ page }) => {
        raw.teamLinkDrawnMs[profile].push(await timeToVisible(page, `${state.url}${routeHash('team', team)}`, SELECTORS.disagreement))
        raw.teamAggregateDrawnMs[profile].push(await repasteTeam(page))
      })
      await withChromium(state, profile, async ({ page }) => {
        const url = `${state.url}${PEERS_PATH}/questions.html`
        raw.peerFirstQuestionVisibleMs[profile].push(await timeToVisible(page, url, SELECTORS.question))
      })
      await withChromium(state, profile, async ({ page }) => {
        const url = `${state.url}${PEERS_PATH}/radar.html${share.hash}`
        raw.peerShareLinkRadarDrawnMs[profile].push(await timeToVisible(page, url, SELECTORS.radar))
      })
      await withChromium(state, profile, async ({ page }) => {
        const timing = await timeToVisible(page, state.url + share.hash, SELECTORS.radar, { failOn: SELECTORS.linkError })
        raw.shareLinkRadarDrawnMs[profile].push(timing)
        // A repeat visit: the same link again in the same profile, once the service worker is active.
        await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
        await page.goto('about:blank')
        raw.shareLinkRepeatRadarDrawnMs[profile].push(
          await timeToVisible(page, state.url + share.hash, SELECTORS.radar, { failOn: SELECTORS.linkError }),
        )
      })
    }
    const last = (s, p) => Math.round(s[p].at(-1).ms)
    log(
      `bench: run ${i}/${options.runs}: first view ${number(raw.firstViewJsCssBytes.at(-1))} B, results link ${number(raw.resultsLinkJsCssBytes.at(-1))} B;` +
        ` blank ${last(raw.blankPageVisibleMs, 'unthrottled')}/${last(raw.blankPageVisibleMs, 'mobile')} ms,` +
        ` question ${last(raw.firstQuestionVisibleMs, 'unthrottled')}/${last(raw.firstQuestionVisibleMs, 'mobile')} ms,` +
        ` radar ${last(raw.shareLinkRadarDrawnMs, 'unthrottled')}/${last(raw.shareLinkRadarDrawnMs, 'mobile')} ms (unthrottled/mobile);` +
        ` heap ${formatHeap(raw.resultsHeapUsedBytes.at(-1))}`,
    )
  }

  const plain = (values) => ({ values, median: median(values) })
  const timed = (s) =>
    Object.fromEntries(
      Object.entries(s).map(([profile, runs]) => [
        profile,
        {
          values: runs.map((r) => Math.round(r.ms * 10) / 10),
          median: Math.round(median(runs.map((r) => r.ms)) * 10) / 10,
          // waitForSelector's own reading (it polls every 100-500 ms): for comparison only.
          poll: runs.map((r) => Math.round(r.poll * 10) / 10),
          pollMedian: Math.round(median(runs.map((r) => r.poll)) * 10) / 10,
        },
      ]),
    )
  const bytesNote = 'bytes do not depend on the profile'
  const result = {
    tool: 'bench/bench.mjs',
    date: new Date().toISOString(),
    commit: git(['rev-parse', '--short', 'HEAD']),
    measured,
    workingTreeDirty: (git(['status', '--porcelain', '--untracked-files=no']) ?? '') !== '',
    chromium: state.chromiumVersion,
    chromiumPath: CHROMIUM,
    node: process.version,
    runs: options.runs,
    durationSeconds: Math.round((Date.now() - started) / 100) / 10,
    profiles: {
      unthrottled: 'no throttling',
      mobile: { ...PROFILES.mobile.network, cpuThrottlingRate: PROFILES.mobile.cpuRate },
    },
    method: {
      server: `scripts/lib/serve.mjs (lws) over ${protocol}, gzip`,
      cache: 'cold: a fresh Chromium with a fresh --user-data-dir for every measurement',
      timing:
        'ms since navigation start (performance.now()), read in the first animation frame in which the selector is visible; `poll` is waitForSelector + performance.now(), which lags by up to its 100-500 ms polling interval',
      bytes: 'encoded (transfer) body bytes of every .js/.css response (gzip as served by scripts/lib/serve.mjs), loading until network idle',
      heap: 'CDP HeapProfiler.collectGarbage then Runtime.getHeapUsage().usedSize, on the results-link page after the radar is drawn and the network is idle',
      selectors: SELECTORS,
      viewport: '1280x720 (Playwright default)',
    },
    shareLink: { hash: share.hash, payloadLength: share.payload.length },
    metrics: {
      firstViewJsCssBytes: { unit: 'bytes', unthrottled: plain(raw.firstViewJsCssBytes), mobile: null, mobileNote: bytesNote },
      resultsLinkJsCssBytes: { unit: 'bytes', unthrottled: plain(raw.resultsLinkJsCssBytes), mobile: null, mobileNote: bytesNote },
      firstQuestionVisibleMs: { unit: 'ms', ...timed(raw.firstQuestionVisibleMs) },
      shareLinkRadarDrawnMs: { unit: 'ms', ...timed(raw.shareLinkRadarDrawnMs) },
      shareLinkRepeatRadarDrawnMs: { unit: 'ms', ...timed(raw.shareLinkRepeatRadarDrawnMs) },
      peerFirstQuestionVisibleMs: { unit: 'ms', ...timed(raw.peerFirstQuestionVisibleMs) },
      teamLinkDrawnMs: { unit: 'ms', ...timed(raw.teamLinkDrawnMs) },
      teamAggregateDrawnMs: { unit: 'ms', ...timed(raw.teamAggregateDrawnMs) },
      peerShareLinkRadarDrawnMs: { unit: 'ms', ...timed(raw.peerShareLinkRadarDrawnMs) },
      resultsHeapUsedBytes: { unit: 'bytes', unthrottled: plain(raw.resultsHeapUsedBytes), mobile: null, mobileNote: 'measured unthrottled only' },
      blankPageVisibleMs: { unit: 'ms', ...timed(raw.blankPageVisibleMs) },
    },
    resources,
    warnings: warnings.list(),
  }

  await mkdir(join(options.out, '..'), { recursive: true })
  await writeFile(options.out, `${JSON.stringify(result, null, 2)}\n`)

  const rows = tableRows(result)
  console.log(`\nMore than a Chip — bench, median of ${options.runs} run(s), cold cache, ${result.chromium}, commit ${result.commit ?? 'unknown'}${result.workingTreeDirty ? ' (uncommitted changes)' : ''}`)
  console.log(`Mobile profile: 562.5 ms RTT, 1474.56 kbps down, 675 kbps up, CPU x4. Results link payload: ${share.payload.length} characters.\n`)
  console.log(textTable(rows))
  console.log('\nFirst view files (gzip B): ' + (resources.firstView ?? []).map((f) => `${f.path.split('/').pop()} ${f.bytes}`).join(', '))
  console.log('Results link files (gzip B): ' + (resources.resultsLink ?? []).map((f) => `${f.path.split('/').pop()} ${f.bytes}`).join(', '))
  const warningList = warnings.list()
  if (warningList.length) {
    console.log(`\nWarnings (${warningList.length}):`)
    for (const w of warningList) console.log(`  WARNING ${w.text}${w.count > 1 ? ` (×${w.count})` : ''}`)
  } else {
    console.log('\nNo console errors, failed requests or requests to other origins.')
  }
  console.log(`\nJSON: ${relative(process.cwd(), options.out) || options.out}`)
  console.log('\nMarkdown:\n')
  console.log(markdownTable(rows))
}

try {
  await main()
} catch (error) {
  // The stack only with DEBUG set: most failures explain themselves.
  console.error(`bench: ${process.env.DEBUG ? (error.stack ?? error.message) : (error.message ?? error)}`)
  process.exitCode = 1
} finally {
  await cleanupAll('bench')
}
