import { build, preview, type PreviewServer } from 'vite'
import type { TestProject } from 'vitest/node'
import { CHROMIUM_PATH } from '../../scripts/lib/chromium.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

let server: PreviewServer | undefined

/**
 * Builds the app (unless E2E_NO_BUILD=1) and serves dist/ on 127.0.0.1 for the browser tests.
 * Without Chromium there is nothing to serve: the tests report themselves skipped
 * (see describeInChromium), except under CI=true, where a missing Chromium fails the run.
 */
export async function setup(project: TestProject) {
  if (!CHROMIUM_PATH) {
    const install = 'apt-get install -y chromium'
    if (process.env.CI === 'true' || process.env.CI === '1') {
      throw new Error(`Browser tests: no Chromium at /usr/lib/chromium/chromium or /usr/bin/chromium, and CI=true requires them (${install}).`)
    }
    console.warn(`\nBrowser tests: SKIPPED: no Chromium found (${install} to run them).\n`)
    project.provide('baseUrl', '')
    return
  }
  if (process.env.E2E_NO_BUILD !== '1') {
    // Vitest sets NODE_ENV=test, which would give a development bundle: test what ships.
    const nodeEnv = process.env.NODE_ENV
    process.env.NODE_ENV = 'production'
    try {
      await build({ logLevel: 'warn', mode: 'production' })
    } finally {
      process.env.NODE_ENV = nodeEnv
    }
  }
  server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: false } })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('The preview server did not report its address')
  project.provide('baseUrl', url)
}

export async function teardown() {
  await server?.close()
}
