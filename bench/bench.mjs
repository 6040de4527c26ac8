#!/usr/bin/env node
// Measures the built app in headless Chromium, cold cache every time.
//
//   node bench/bench.mjs [--runs 5] [--protocols h2,h1] [--no-build [--dist dist]] [--out bench-results/latest.json]
//
// Builds the app for production (npx vite build, NODE_ENV=production) into a private
// temporary folder, so a build or test running at the same time can neither change
// what is measured nor be disturbed by it; --no-build measures dist/ (or --dist DIR)
// as it is, from a copy taken at the start. Serves it on 127.0.0.1 with gzip, as static hosts
// do (scripts/lib/serve.mjs), from two servers: one over HTTP/2, one over HTTP/1.1
// (--protocols picks one or both; default both). Every measurement is taken on each protocol in
// turn, the order reversed every other run, with a fresh Chromium and a fresh profile each time:
//   - first view JS+CSS bytes (gzip, as served) loading `#/` until network idle
//   - JS+CSS bytes (gzip) opening a results link
//   - time to the first question visible on `#/assessment`
//   - time from opening a results link `#/r/<payload>` to the radar drawn, cold, and again
//     on a repeat visit in the same profile once the service worker has cached the app
//   - on that cold results link, the requests started before the radar was drawn: the page's
//     (the document and its Resource Timing), and those of the service worker (its registration,
//     sw.js, workbox, the precache)
//   - JS heap in use after a forced GC on the results-link page
//   - a blank page's time to visible, the floor for the timings
//   - a team link of 50 people (bench/teamLink.ts): opened → team view drawn, and, on that
//     page, the 50 links pasted again → aggregated and drawn (input to the next frame)
//   - the peers, built from bench/peers in the same run: a bare Vue + Pinia page with the same
//     first step of questions, and the same with an eager Chart.js radar reading the same link
//     (with its requests before the radar); our timings are also given as ratios to theirs
// Timings are taken unthrottled and under a mobile profile (CDP: 562.5 ms RTT,
// 1474.56 kbps down, 675 kbps up, CPU x4). The table goes to stdout, progress to
// stderr, and every run's values, per protocol and profile, to bench-results/latest.json.
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
import { onCleanup, runScript } from '../scripts/lib/cleanup.mjs'
import { git, markdownTable, parseArgs, prepareBuild, ROOT, run, textTable, Warnings } from '../scripts/lib/measure.mjs'
import { routeHash } from '../scripts/lib/routes.mjs'
import { serve } from '../scripts/lib/serve.mjs'
import { parseProtocols, protocolOrder, PROTOCOLS } from './lib/protocols.mjs'
import { formatCount, formatHeap, number, Samples, summarise, tableRows } from './lib/report.mjs'
import { readPageRequests, requestsStartedBy, serviceWorkerRequestsStartedBy } from './lib/requests.mjs'

const CHROMIUM = process.env.CHROMIUM_PATH ?? CHROMIUM_PATH ?? '/usr/bin/chromium'
const PROFILES = {
  unthrottled: null,
  mobile: {
    network: { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 },
    cpuRate: 4,
  },
}
const PROFILE_NAMES = Object.keys(PROFILES)
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
const USAGE = 'usage: node bench/bench.mjs [--runs 5] [--protocols h2,h1] [--no-build [--dist dist]] [--out bench-results/latest.json]'

const log = (...args) => console.error(...args)

const isJsOrCss = (path) => /\.(m?js|css)$/i.test(path)

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

/** Runs `fn` in a fresh Chromium on `site` (one of the servers), under `profileName`. */
async function withChromium(state, site, profileName, fn) {
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
      // The HTTP/2 server's certificate for 127.0.0.1 is its own (see scripts/lib/serve.mjs).
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
    monitor = watchPage(page, context, site.origin, state.warnings)
    return await fn({ page, cdp, monitor, context })
  } finally {
    monitor?.close()
    if (context) await context.close().catch(() => {})
    forgetContext()
    await removeDir().catch(() => {})
    forgetDir()
  }
}

/**
 * Watches a page: responses with their encoded body sizes, other origins, errors; and the
 * requests its service worker makes.
 */
function watchPage(page, context, origin, warnings) {
  const pending = []
  const resources = []
  const workerRequests = []
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
  // Only the context hears a service worker's requests.
  context.on('request', (request) => {
    if (request.serviceWorker()) workerRequests.push(request)
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
    /** The service worker's requests so far, with their wall-clock start (known once answered). */
    workerRequests() {
      return workerRequests.flatMap((request) => {
        const wallStartMs = request.timing().startTime
        if (wallStartMs > 0) return [{ url: request.url(), wallStartMs }]
        warnings.add('service-worker request with no start time (no response)', request.url())
        return []
      })
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

/**
 * The requests the page, and its service worker, had started by `drawnAt` (ms since navigation
 * start). Read once the network is idle: Resource Timing lists a request when it has ended.
 */
async function requestsBeforeDrawn(page, monitor, drawnAt) {
  await page.waitForLoadState('networkidle')
  const { timeOrigin, requests } = await page.evaluate(readPageRequests)
  const fromPage = requestsStartedBy(requests, drawnAt)
  const workerRequests = monitor.workerRequests()
  const serviceWorker = serviceWorkerRequestsStartedBy(fromPage, workerRequests, { timeOrigin, drawnAt })
  return { page: fromPage, serviceWorker, workerRequestsSeen: workerRequests.length }
}

// ---------------------------------------------------------------------------------------------
// The share link, made once the way a person would: answer every question "3", then read it.

async function makeShareLink(state, site) {
  return withChromium(state, site, 'unthrottled', async ({ page }) => {
    await page.goto(`${site.url}${routeHash('assessment')}`)
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
    const box = document.querySelector('[data-testid="compare-links"]')
    const links = box.value
    const paste = (value) => {
      box.value = value
      box.dispatchEvent(new Event('input'))
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
// The measurements of one run. Each takes a site (one protocol's server) and a profile, and
// records into `samples`; `files` keeps the first run's lists of files, per protocol.

function measurements({ state, samples, files, share, team }) {
  const keep = (site, name, list, profile) => {
    const byName = (files[site.key] ??= {})
    if (profile) (byName[name] ??= {})[profile] ??= list
    else byName[name] ??= list
  }
  const paths = (list) => list.map(({ path, startMs, initiator }) => ({ path, startMs, initiator }))
  return {
    // Bytes and heap, unthrottled only: they do not depend on the profile.
    bytes: [
      // First view: every response loading `#/`, until the network is idle.
      (site) =>
        withChromium(state, site, 'unthrottled', async ({ page, monitor }) => {
          await page.goto(`${site.url}${routeHash('home')}`, { waitUntil: 'networkidle' })
          const { bytes, files: list } = await monitor.jsCss()
          samples.add('firstViewJsCssBytes', site.key, 'unthrottled', bytes)
          keep(site, 'firstView', list)
        }),
      // A results link, first visit: every response until the network is idle, then the heap.
      (site) =>
        withChromium(state, site, 'unthrottled', async ({ page, cdp, monitor }) => {
          await page.goto(site.url + share.hash, { waitUntil: 'networkidle' })
          await page.waitForSelector(SELECTORS.radar)
          const { bytes, files: list } = await monitor.jsCss()
          samples.add('resultsLinkJsCssBytes', site.key, 'unthrottled', bytes)
          keep(site, 'resultsLink', list)
          await cdp.send('HeapProfiler.enable')
          await cdp.send('HeapProfiler.collectGarbage')
          const { usedSize } = await cdp.send('Runtime.getHeapUsage')
          samples.add('resultsHeapUsedBytes', site.key, 'unthrottled', usedSize)
        }),
    ],
    timings: [
      (site, profile) =>
        withChromium(state, site, profile, async ({ page }) => {
          samples.add('blankPageVisibleMs', site.key, profile, await timeToVisible(page, site.url + BLANK_PATH, SELECTORS.blank))
        }),
      (site, profile) =>
        withChromium(state, site, profile, async ({ page }) => {
          const url = `${site.url}${routeHash('assessment')}`
          samples.add('firstQuestionVisibleMs', site.key, profile, await timeToVisible(page, url, SELECTORS.question))
        }),
      (site, profile) =>
        withChromium(state, site, profile, async ({ page }) => {
          const url = `${site.url}${routeHash('team', team)}`
          samples.add('teamLinkDrawnMs', site.key, profile, await timeToVisible(page, url, SELECTORS.disagreement))
          samples.add('teamAggregateDrawnMs', site.key, profile, await repasteTeam(page))
        }),
      (site, profile) =>
        withChromium(state, site, profile, async ({ page }) => {
          const url = `${site.url}${PEERS_PATH}/questions.html`
          samples.add('peerFirstQuestionVisibleMs', site.key, profile, await timeToVisible(page, url, SELECTORS.question))
        }),
      (site, profile) =>
        withChromium(state, site, profile, async ({ page, monitor }) => {
          const url = `${site.url}${PEERS_PATH}/radar.html${share.hash}`
          const timing = await timeToVisible(page, url, SELECTORS.radar)
          samples.add('peerShareLinkRadarDrawnMs', site.key, profile, timing)
          const before = await requestsBeforeDrawn(page, monitor, timing.ms)
          samples.add('peerShareLinkRequestsBeforeRadar', site.key, profile, before.page.length)
          keep(site, 'peerRequestsBeforeRadar', paths(before.page), profile)
        }),
      (site, profile) =>
        withChromium(state, site, profile, async ({ page, monitor }) => {
          const timing = await timeToVisible(page, site.url + share.hash, SELECTORS.radar, { failOn: SELECTORS.linkError })
          samples.add('shareLinkRadarDrawnMs', site.key, profile, timing)
          // Once the service worker is active, everything it and the page asked for has started.
          await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
          const before = await requestsBeforeDrawn(page, monitor, timing.ms)
          // A first visit installs the worker, which fetches its script and the precache: none
          // seen means the requests were not heard, and the count of them proves nothing.
          if (before.workerRequestsSeen === 0) state.warnings.add('no service-worker request seen on a first visit', site.url + share.hash)
          samples.add('shareLinkRequestsBeforeRadar', site.key, profile, before.page.length)
          samples.add('shareLinkServiceWorkerRequestsBeforeRadar', site.key, profile, before.serviceWorker.length)
          keep(site, 'requestsBeforeRadar', paths(before.page), profile)
          keep(site, 'serviceWorkerRequestsBeforeRadar', paths(before.serviceWorker), profile)
          // A repeat visit: the same link again in the same profile, with the service worker active.
          await page.goto('about:blank')
          const url = site.url + share.hash
          samples.add('shareLinkRepeatRadarDrawnMs', site.key, profile, await timeToVisible(page, url, SELECTORS.radar, { failOn: SELECTORS.linkError }))
        }),
    ],
  }
}

/** One line per run: the headline figures on each protocol, unthrottled/mobile. */
function progressLine(samples, run, runs, order, elapsedMs) {
  const pair = (key, protocol) =>
    PROFILE_NAMES.map((profile) => {
      const value = samples.last(key, protocol, profile)
      return value === null ? '—' : number(value)
    }).join('/')
  const perProtocol = order.map(
    (p) =>
      `${PROTOCOLS[p].label}: ${number(samples.last('firstViewJsCssBytes', p) / 1000, 1)}/${number(samples.last('resultsLinkJsCssBytes', p) / 1000, 1)} kB,` +
      ` blank ${pair('blankPageVisibleMs', p)}, question ${pair('firstQuestionVisibleMs', p)}, radar ${pair('shareLinkRadarDrawnMs', p)} ms,` +
      ` ${pair('shareLinkRequestsBeforeRadar', p)} requests before it (peer ${pair('peerShareLinkRequestsBeforeRadar', p)}),` +
      ` heap ${formatHeap(samples.last('resultsHeapUsedBytes', p))}`,
  )
  const minutes = (ms) => `${number(ms / 60_000, 1)} min`
  const left = (elapsedMs / run) * (runs - run)
  return (
    `bench: run ${run}/${runs}, ${order.map((p) => PROTOCOLS[p].label).join(' then ')}, ${minutes(elapsedMs)}` +
    `${run < runs ? ` (about ${minutes(left)} to go)` : ''}; unthrottled/mobile — ${perProtocol.join(' · ')}`
  )
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const options = parseArgs(
    process.argv.slice(2),
    { runs: 5, protocols: 'h2,h1', out: join(ROOT, 'bench-results', 'latest.json') },
    {},
    { '--protocols': 'protocols' },
  )
  if (options.help) {
    console.log(USAGE)
    return
  }
  const protocols = parseProtocols(options.protocols)
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`)

  const { dist, measured } = await prepareBuild(options, 'bench')
  // The peers, served beside the app from the same servers.
  for (const peer of ['questions', 'radar']) {
    await run('npx', ['vite', 'build', '--config', 'bench/peers/vite.config.ts', '--outDir', join(dist, PEERS_PATH)], {
      ...process.env,
      NODE_ENV: 'production',
      PEER: peer,
    })
  }

  const warnings = new Warnings()
  const state = { warnings, chromiumVersion: null }
  await checkBuild(dist, warnings)
  await writeFile(join(dist, BLANK_PATH), BLANK_HTML)
  // The same folder from one server per protocol.
  const sites = {}
  for (const key of protocols) {
    const server = await serve({ root: dist, http2: PROTOCOLS[key].http2 })
    onCleanup(() => server.close())
    sites[key] = { key, url: server.url, origin: server.origin }
    log(`bench: serving ${measured} at ${server.url} over ${PROTOCOLS[key].label}`)
  }
  log(`bench: Chromium ${CHROMIUM}`)

  const started = Date.now()
  const team = await makeTeamLink(dist)
  log(`bench: team link of 50 people: ${team.length} characters`)
  const share = await makeShareLink(state, sites[protocols[0]])
  log(`bench: results link made once: ${share.hash} (${share.payload.length} characters)`)

  const samples = new Samples()
  const files = {}
  const runOrders = []
  const { bytes, timings } = measurements({ state, samples, files, share, team })
  for (let i = 1; i <= options.runs; i++) {
    // Each measurement on every protocol before the next, so that both see the machine alike.
    const order = protocolOrder(protocols, i)
    runOrders.push(order)
    for (const measure of bytes) for (const key of order) await measure(sites[key])
    for (const profile of PROFILE_NAMES) {
      for (const measure of timings) for (const key of order) await measure(sites[key], profile)
    }
    log(progressLine(samples, i, options.runs, order, Date.now() - started))
  }

  const metrics = summarise(samples, protocols, PROFILE_NAMES)
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
    protocols: Object.fromEntries(protocols.map((key) => [key, PROTOCOLS[key].label])),
    // The order the protocols were measured in, run by run.
    runOrders,
    profiles: {
      unthrottled: 'no throttling',
      mobile: { ...PROFILES.mobile.network, cpuThrottlingRate: PROFILES.mobile.cpuRate },
    },
    method: {
      server: `scripts/lib/serve.mjs (lws), gzip, the same folder from one server per protocol: ${protocols.map((key) => PROTOCOLS[key].label).join(', ')}`,
      order: 'every measurement on each protocol in turn before the next measurement; the protocols in reverse order on even runs',
      cache: 'cold: a fresh Chromium with a fresh --user-data-dir for every measurement',
      timing:
        'ms since navigation start (performance.now()), read in the first animation frame in which the selector is visible; `poll` is waitForSelector + performance.now(), which lags by up to its 100-500 ms polling interval',
      bytes: 'encoded (transfer) body bytes of every .js/.css response (gzip as served by scripts/lib/serve.mjs), loading until network idle',
      heap: 'CDP HeapProfiler.collectGarbage then Runtime.getHeapUsage().usedSize, on the results-link page after the radar is drawn and the network is idle',
      requests:
        "requests before the radar: the document and every Resource Timing entry whose startTime is at or before the frame the radar was first visible in, read once the network is idle; service-worker requests: those of the page's that load the worker's registration (workbox-window, pwa-register), and every request the worker made (sw.js, workbox, the precache) whose wall-clock start, less performance.timeOrigin, is at or before that frame",
      selectors: SELECTORS,
      viewport: '1280x720 (Playwright default)',
    },
    shareLink: { hash: share.hash, payloadLength: share.payload.length },
    metrics,
    // The first run's files, per protocol (and per profile for the requests before the radar).
    resources: files,
    warnings: warnings.list(),
  }

  await mkdir(join(options.out, '..'), { recursive: true })
  await writeFile(options.out, `${JSON.stringify(result, null, 2)}\n`)

  const rows = tableRows(metrics, protocols, PROFILE_NAMES)
  const fileNames = (list) => (list ?? []).map((f) => f.path.split('/').pop() || f.path)
  const first = files[protocols[0]]
  console.log(`\nMore than a Chip — bench, median of ${options.runs} run(s), cold cache, ${result.chromium}, commit ${result.commit ?? 'unknown'}${result.workingTreeDirty ? ' (uncommitted changes)' : ''}`)
  console.log(`Mobile profile: 562.5 ms RTT, 1474.56 kbps down, 675 kbps up, CPU x4. Results link payload: ${share.payload.length} characters.\n`)
  console.log(textTable(rows))
  console.log(`\nFirst view files (gzip B, ${PROTOCOLS[protocols[0]].label}): ` + (first?.firstView ?? []).map((f) => `${f.path.split('/').pop()} ${f.bytes}`).join(', '))
  console.log(`Results link files (gzip B, ${PROTOCOLS[protocols[0]].label}): ` + (first?.resultsLink ?? []).map((f) => `${f.path.split('/').pop()} ${f.bytes}`).join(', '))
  console.log('\nRequests started before the radar was drawn, cold results link, first run:')
  for (const key of protocols) {
    for (const profile of PROFILE_NAMES) {
      const list = files[key]?.requestsBeforeRadar?.[profile]
      const worker = files[key]?.serviceWorkerRequestsBeforeRadar?.[profile] ?? []
      console.log(
        `  ${PROTOCOLS[key].label} ${profile} (${formatCount(list?.length ?? null)}): ${fileNames(list).join(', ')}` +
          `${worker.length ? `; service worker: ${fileNames(worker).join(', ')}` : ''}`,
      )
    }
  }
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

await runScript('bench', main)
