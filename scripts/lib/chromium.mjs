// Debian's Chromium and the flags that work on this kind of machine, for every script and test
// that starts a browser. The /usr/bin wrapper prints a harmless warning; the binary does not.
import { existsSync } from 'node:fs'

/** The Chromium binary, or undefined when none is installed. */
export const CHROMIUM_PATH = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((path) => existsSync(path))

/** Headless, sandbox-free (root in CI), and quiet: no background requests to other hosts. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
