// `npm test`: unit and component tests, then the browser tests when a Chromium is found.
// Without Chromium the browser tests are skipped, and the output says so; with CI=true
// a missing Chromium fails the run instead.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHROMIUM_PATH } from './lib/chromium.mjs'

const ci = process.env.CI === 'true' || process.env.CI === '1'
const reports = mkdtempSync(join(tmpdir(), 'mtac-test-'))

function vitest(name, args) {
  const output = join(reports, `${name}.json`)
  const run = spawnSync('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`], {
    stdio: 'inherit',
  })
  let counts = { passed: 0, failed: 0, skipped: 0 }
  if (existsSync(output)) {
    const report = JSON.parse(readFileSync(output, 'utf8'))
    counts = {
      passed: report.numPassedTests,
      failed: report.numFailedTests,
      skipped: report.numPendingTests + report.numTodoTests,
    }
  }
  return { ok: run.status === 0, ...counts }
}

const results = [vitest('unit', [])]
let browserNote = ''
if (CHROMIUM_PATH) {
  results.push(vitest('e2e', ['--config', 'vitest.e2e.config.ts']))
} else if (ci) {
  browserNote = 'Browser tests: FAILED: no Chromium at /usr/lib/chromium/chromium or /usr/bin/chromium, and CI=true requires them (apt-get install -y chromium).'
  results.push({ ok: false, passed: 0, failed: 1, skipped: 0 })
} else {
  browserNote = 'Browser tests: SKIPPED: no Chromium found (apt-get install -y chromium to run them).'
}
rmSync(reports, { recursive: true, force: true })

const total = results.reduce((sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed, skipped: sum.skipped + r.skipped }), { passed: 0, failed: 0, skipped: 0 })
if (browserNote) console.log(`\n${browserNote}`)
console.log(`\nTests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)
process.exit(results.every((r) => r.ok) ? 0 : 1)
