// What the bench and the Lighthouse script share: arguments, the production build they
// measure, a child process that is stopped at exit, and the tables they print.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { onCleanup } from './cleanup.mjs'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/**
 * Reads `--runs N`, `--no-build`, `--dist DIR`, `--out FILE`, `--help`, the script's own
 * boolean `flags` (e.g. `{ '--assessment': 'assessment' }`) and its own options that take a value
 * as text (e.g. `{ '--protocols': 'protocols' }`), over `defaults`.
 */
export function parseArgs(argv, defaults, flags = {}, texts = {}) {
  const options = { build: true, dist: join(ROOT, 'dist'), ...defaults }
  const value = (arg, name, i) => (arg === name ? argv[i + 1] : arg.slice(name.length + 1))
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--no-build') options.build = false
    else if (arg in flags) options[flags[arg]] = true
    else if (arg in texts) options[texts[arg]] = argv[++i] ?? ''
    else if (arg.split('=')[0] in texts) options[texts[arg.split('=')[0]]] = arg.slice(arg.indexOf('=') + 1)
    else if (arg === '--runs' || arg === '-n' || arg.startsWith('--runs=')) {
      options.runs = Number(arg.startsWith('--runs=') ? value(arg, '--runs', i) : argv[++i])
    } else if (arg === '--dist' || arg.startsWith('--dist=')) {
      options.dist = resolve(arg === '--dist' ? argv[++i] : value(arg, '--dist', i))
    } else if (arg === '--out' || arg.startsWith('--out=')) {
      options.out = arg === '--out' ? argv[++i] : value(arg, '--out', i)
    } else if (arg === '-h' || arg === '--help') options.help = true
    else throw new Error(`unknown argument: ${arg}`)
  }
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs needs a whole number of at least 1')
  return options
}

/** Runs a command in the project folder, its output on stderr (stdout holds only results); stopped at exit. */
export function run(command, args, env = process.env) {
  return new Promise((resolveRun, rejectRun) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', process.stderr, process.stderr] })
    const forget = onCleanup(() => child.exitCode === null && child.kill('SIGTERM'))
    child.on('error', (error) => {
      forget()
      rejectRun(error)
    })
    child.on('exit', (code, signal) => {
      forget()
      if (code === 0) resolveRun()
      else rejectRun(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`))
    })
  })
}

/**
 * The build to measure, in a private temporary folder (removed at exit): a fresh production
 * build, or with --no-build a copy of `options.dist`. A build or test running meanwhile can
 * neither change what is measured nor be disturbed by it.
 */
export async function prepareBuild(options, name) {
  const work = await mkdtemp(join(tmpdir(), `mtac-${name}-`))
  onCleanup(() => rm(work, { recursive: true, force: true }))
  const dist = join(work, 'dist')
  if (options.build) {
    console.error(`${name}: building for production (npx vite build) into a temporary folder…`)
    await run('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir'], { ...process.env, NODE_ENV: 'production' })
    return { work, dist, measured: 'a fresh production build (npx vite build)' }
  }
  if (!existsSync(join(options.dist, 'index.html'))) throw new Error(`${options.dist}/index.html is missing: build first, or drop --no-build`)
  await cp(options.dist, dist, { recursive: true })
  return { work, dist, measured: relative(ROOT, options.dist) || options.dist }
}

export function git(args) {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return null
  }
}

export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Warnings counted by kind and text, so a repeated one is listed once with its count. */
export class Warnings {
  constructor() {
    this.map = new Map()
  }
  add(kind, text) {
    const key = `${kind}: ${text}`
    this.map.set(key, (this.map.get(key) ?? 0) + 1)
  }
  list() {
    return [...this.map].map(([text, count]) => ({ text, count }))
  }
}

/** A plain-text table; the first `labelColumns` columns are left-aligned, the rest right-aligned. */
export function textTable(rows, labelColumns = 1) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)))
  const line = (r) => r.map((cell, i) => (i < labelColumns ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.slice(1).map(line)].join('\n')
}

/** The same table in Markdown, for the README. */
export function markdownTable(rows, labelColumns = 1) {
  const line = (r) => `| ${r.join(' | ')} |`
  return [line(rows[0]), `|${rows[0].map((_, i) => (i < labelColumns ? '---' : '---:')).join('|')}|`, ...rows.slice(1).map(line)].join('\n')
}
