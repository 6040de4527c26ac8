// What the bench records and how it reports it: one table of metrics read by the samples, the
// JSON summary, the printed table and the progress lines alike.
import { median } from '../../scripts/lib/measure.mjs'
import { PROTOCOLS } from './protocols.mjs'

export const number = (n, digits = 0) =>
  n === null || n === undefined ? '—' : n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })
export const formatBytes = (b) => (b === null ? '—' : `${number(b / 1000, 1)} kB (${number(b)} B)`)
export const formatMs = (ms) => (ms === null ? '—' : `${number(ms)} ms`)
export const formatHeap = (b) => (b === null ? '—' : `${number(b / 1024 / 1024, 2)} MB (${number(b / 1024)} KB)`)
// A median of an even number of runs may fall halfway.
export const formatCount = (n) => (n === null ? '—' : n.toLocaleString('en-GB', { maximumFractionDigits: 1 }))

/**
 * How each kind of metric is taken and shown. `profiles`: the profiles it is measured under (the
 * others show `otherwise`); `timed`: values are `timeToVisible` readings, with the poll kept.
 */
const KINDS = {
  bytes: { unit: 'bytes', format: formatBytes, profiles: ['unthrottled'], otherwise: '(same)', note: 'bytes do not depend on the profile' },
  heap: { unit: 'bytes', format: formatHeap, profiles: ['unthrottled'], otherwise: '—', note: 'measured unthrottled only' },
  ms: { unit: 'ms', format: formatMs, timed: true },
  requests: { unit: 'requests', format: formatCount },
}

/** Every row of the table, in its order. */
export const METRICS = [
  { key: 'firstViewJsCssBytes', kind: 'bytes', label: 'First view (#/) JS+CSS, gzip' },
  { key: 'resultsLinkJsCssBytes', kind: 'bytes', label: 'Results link JS+CSS, gzip' },
  { key: 'firstQuestionVisibleMs', kind: 'ms', label: 'First question visible (#/assessment)' },
  { key: 'shareLinkRadarDrawnMs', kind: 'ms', label: 'Results link opened → radar drawn' },
  { key: 'shareLinkRequestsBeforeRadar', kind: 'requests', label: 'Results link, requests before the radar is drawn' },
  { key: 'shareLinkServiceWorkerRequestsBeforeRadar', kind: 'requests', label: 'Results link, service-worker requests before the radar is drawn' },
  { key: 'shareLinkRepeatRadarDrawnMs', kind: 'ms', label: 'Results link, repeat visit (service worker) → radar drawn' },
  { key: 'resultsHeapUsedBytes', kind: 'heap', label: 'JS heap after GC, results-link page' },
  { key: 'blankPageVisibleMs', kind: 'ms', label: 'Blank page visible (floor)' },
  { key: 'teamLinkDrawnMs', kind: 'ms', label: 'Team link, 50 people → team view drawn' },
  { key: 'teamAggregateDrawnMs', kind: 'ms', label: '50 people pasted → aggregated and drawn' },
  { key: 'peerFirstQuestionVisibleMs', kind: 'ms', label: 'Peer, bare Vue + Pinia: first question visible' },
  { key: 'peerShareLinkRadarDrawnMs', kind: 'ms', label: 'Peer, eager Chart.js radar: link opened → radar drawn' },
  { key: 'peerShareLinkRequestsBeforeRadar', kind: 'requests', label: 'Peer, eager Chart.js radar: requests before the radar is drawn' },
]

/** Our timings over the peers', one row each, per protocol and profile. */
const RATIOS = [
  { label: 'Ours ÷ peer, first question', ours: 'firstQuestionVisibleMs', peer: 'peerFirstQuestionVisibleMs' },
  { label: 'Ours ÷ peer, link → radar drawn', ours: 'shareLinkRadarDrawnMs', peer: 'peerShareLinkRadarDrawnMs' },
]

const kindOf = (key) => {
  const metric = METRICS.find((m) => m.key === key)
  if (!metric) throw new Error(`no metric ${key}`)
  return KINDS[metric.kind]
}

/** Every run's values, by metric, protocol and profile, in the order they were taken. */
export class Samples {
  constructor() {
    this.values = {}
  }
  add(key, protocol, profile, value) {
    kindOf(key)
    const byProfile = ((this.values[key] ??= {})[protocol] ??= {})
    ;(byProfile[profile] ??= []).push(value)
  }
  /** The latest value, a number (a timing's ms), or null. */
  last(key, protocol, profile = 'unthrottled') {
    const value = this.values[key]?.[protocol]?.[profile]?.at(-1)
    if (value === undefined) return null
    return typeof value === 'number' ? value : value.ms
  }
}

const round = (ms) => (ms === null ? null : Math.round(ms * 10) / 10)

function summary(kind, values) {
  if (!kind.timed) return { values, median: median(values) }
  return {
    values: values.map((r) => round(r.ms)),
    median: round(median(values.map((r) => r.ms))),
    // waitForSelector's own reading (it polls every 100-500 ms): for comparison only.
    poll: values.map((r) => round(r.poll)),
    pollMedian: round(median(values.map((r) => r.poll))),
  }
}

/** The JSON's metrics: for each, per protocol and profile, every run's values and their median. */
export function summarise(samples, protocols, profiles) {
  return Object.fromEntries(
    METRICS.map(({ key, kind: kindName, label }) => {
      const kind = KINDS[kindName]
      const byProtocol = protocols.map((protocol) => [
        protocol,
        Object.fromEntries(
          profiles.map((profile) => [
            profile,
            !kind.profiles || kind.profiles.includes(profile) ? summary(kind, samples.values[key]?.[protocol]?.[profile] ?? []) : null,
          ]),
        ),
      ])
      return [key, { label, unit: kind.unit, ...(kind.note ? { note: kind.note } : {}), ...Object.fromEntries(byProtocol) }]
    }),
  )
}

/** The printed table: one column per protocol and profile, medians, and the number of runs. */
export function tableRows(metrics, protocols, profiles) {
  const columns = protocols.flatMap((protocol) => profiles.map((profile) => ({ protocol, profile })))
  const runs = (key) => String(metrics[key][protocols[0]][profiles[0]].values.length)
  const times = (a, b) => (a && b ? `× ${(a / b).toFixed(2)}` : '—')
  return [
    ['Metric', ...columns.map(({ protocol, profile }) => `${PROTOCOLS[protocol].label} ${profile}`), 'Runs'],
    ...METRICS.map(({ key, label }) => {
      const kind = kindOf(key)
      const cell = ({ protocol, profile }) => {
        const value = metrics[key][protocol][profile]
        return value ? kind.format(value.median) : kind.otherwise
      }
      return [label, ...columns.map(cell), runs(key)]
    }),
    ...RATIOS.map(({ label, ours, peer }) => [
      label,
      ...columns.map(({ protocol, profile }) => times(metrics[ours][protocol][profile].median, metrics[peer][protocol][profile].median)),
      runs(ours),
    ]),
  ]
}
