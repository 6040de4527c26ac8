// The protocols the bench serves the same build over. Every row is measured on each in the same
// run, so that the two can be compared without a day's difference in the machine between them.

/** `--protocols` names, in the order of the table's columns. */
export const PROTOCOLS = {
  h2: { label: 'HTTP/2', http2: true },
  h1: { label: 'HTTP/1.1', http2: false },
}

/** Reads `--protocols h2,h1`: the names, once each, in the order given. */
export function parseProtocols(text) {
  const names = [...new Set(String(text).split(',').map((name) => name.trim()).filter(Boolean))]
  const unknown = names.filter((name) => !(name in PROTOCOLS))
  if (names.length === 0 || unknown.length > 0)
    throw new Error(`--protocols takes ${Object.keys(PROTOCOLS).join(', ')} separated by commas, not "${text}"`)
  return names
}

/**
 * The order the protocols are measured in on run `run` (from 1): as given on odd runs, reversed
 * on even ones, so that a slow spell of the machine falls on both alike.
 */
export function protocolOrder(protocols, run) {
  return run % 2 === 1 ? [...protocols] : [...protocols].reverse()
}
