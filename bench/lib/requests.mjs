// Which requests a page had started by the time it was drawn, read from the page's own clock:
// Resource Timing and the navigation entry, in ms since navigation start, the clock in which the
// bench reads the frame the page was first drawn in.

/**
 * In the page: the document and every resource it fetched, with start times in ms since
 * navigation start. Resource Timing lists a request once its response has ended, so read it once
 * the network is idle.
 */
export function readPageRequests() {
  const navigation = performance.getEntriesByType('navigation')[0]
  return {
    timeOrigin: performance.timeOrigin,
    requests: [
      { url: navigation?.name ?? location.href, startTime: navigation?.startTime ?? 0, initiator: 'navigation' },
      ...performance.getEntriesByType('resource').map((entry) => ({ url: entry.name, startTime: entry.startTime, initiator: entry.initiatorType })),
    ],
  }
}

const round = (ms) => Math.round(ms * 10) / 10

/** The path and query of a URL: what tells one request of the page from another. */
const pathOf = (url) => {
  const { pathname, search } = new URL(url)
  return pathname + search
}

/**
 * The requests of `readPageRequests()` that started at or before `drawnAt` (ms since navigation
 * start), in the order they started, as `{ path, startMs, initiator }`.
 */
export function requestsStartedBy(requests, drawnAt) {
  return requests
    .filter((request) => /^https?:/.test(request.url) && request.startTime <= drawnAt)
    .sort((a, b) => a.startTime - b.startTime)
    .map((request) => ({ path: pathOf(request.url), startMs: round(request.startTime), initiator: request.initiator }))
}

/** The page's side of the service worker: workbox-window and the module that registers the worker. */
const SERVICE_WORKER_FILE = /\/(sw\.js|workbox-[^/]*|[^/]*pwa-register[^/]*)$/

/**
 * The service worker's requests started at or before `drawnAt`: those of `pageRequests` (from
 * `requestsStartedBy`) that load the worker's registration, and those the worker made itself
 * (its script, workbox, the precache), given with wall-clock start times (`wallStartMs`, ms since
 * 1970) and brought onto the page's clock by `timeOrigin`. The browser stamps a request's wall
 * time a little after the page's Resource Timing does, but the worker can only start once the
 * page has loaded its registration, which is counted on the page's own clock.
 */
export function serviceWorkerRequestsStartedBy(pageRequests, workerRequests, { timeOrigin, drawnAt }) {
  const fromPage = pageRequests.filter((request) => SERVICE_WORKER_FILE.test(request.path))
  const fromWorker = workerRequests
    .map((request) => ({ path: pathOf(request.url), startMs: round(request.wallStartMs - timeOrigin), initiator: 'service worker' }))
    .filter((request) => request.startMs <= drawnAt)
  return [...fromPage, ...fromWorker].sort((a, b) => a.startMs - b.startMs)
}
