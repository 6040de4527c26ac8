#!/usr/bin/env node
// A tiny static file server for the built app (dist/), with no dependencies.
//
//   node scripts/serve-dist.mjs [port] [--root dist] [--base /sub/path/]
//
// or from a script:
//
//   import { startServer } from './serve-dist.mjs'
//   const { url, close } = await startServer({ root: 'dist', port: 0, base: '/' })
//
// It listens on 127.0.0.1 only, gzips text responses when the request accepts gzip
// (so transfer sizes are those of a real host), answers 404 for anything missing or
// outside `root`, and can serve the app under a sub-path (`base`) to check that the
// build works from one.
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
}

/** Types worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.webmanifest', '.map', '.txt', '.xml', '.ico'])

/** Normalises a base path to '/', or '/a/b/' with a leading and a trailing slash. */
export function normaliseBase(base = '/') {
  const parts = String(base).split('/').filter(Boolean)
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`
}

/** Whether an Accept-Encoding header allows gzip (a `q=0` refuses it). */
export function acceptsGzip(header) {
  if (!header) return false
  for (const item of String(header).split(',')) {
    const [coding, ...params] = item.trim().toLowerCase().split(';')
    if (coding !== 'gzip' && coding !== '*') continue
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    return !(q && Number(q.slice(2)) === 0)
  }
  return false
}

/**
 * Serves the files under `root` at `http://127.0.0.1:<port><base>`.
 *
 * @param {object} [options]
 * @param {string} [options.root='dist'] folder to serve (relative to the current directory)
 * @param {number} [options.port=0] 0 picks a free port
 * @param {string} [options.host='127.0.0.1']
 * @param {string} [options.base='/'] sub-path the app is served under, e.g. '/sub/path/'
 * @param {Record<string, string | {body: string | Buffer, type?: string}>} [options.extraFiles]
 *   in-memory files, keyed by their path under `base` (e.g. '/__blank.html')
 * @param {(entry: {method: string, path: string, status: number, bytes: number, encoding: string}) => void} [options.onResponse]
 *   called for every response with the body bytes actually sent
 * @returns {Promise<{url: string, origin: string, port: number, close: () => Promise<void>}>}
 *   `url` is the app's address, with the trailing slash of `base`
 */
export async function startServer({ root = 'dist', port = 0, host = '127.0.0.1', base = '/', extraFiles = {}, onResponse } = {}) {
  const rootDir = resolve(root)
  const rootStat = await stat(rootDir).catch(() => null)
  if (!rootStat?.isDirectory()) throw new Error(`serve-dist: ${rootDir} is not a folder (run the build first)`)
  const basePath = normaliseBase(base)
  const gzipCache = new Map() // file path -> { mtimeMs, body }

  const extras = new Map(
    Object.entries(extraFiles).map(([path, file]) => {
      const entry = typeof file === 'string' ? { body: file } : file
      const body = Buffer.isBuffer(entry.body) ? entry.body : Buffer.from(String(entry.body))
      const type = entry.type ?? CONTENT_TYPES[extname(path)] ?? 'application/octet-stream'
      return [`/${path.replace(/^\/+/, '')}`, { body, type, ext: extname(path), mtimeMs: 0 }]
    }),
  )

  /** Finds the file for a path under base, or null; never anything outside rootDir. */
  async function lookUp(relative) {
    if (extras.has(relative)) return { ...extras.get(relative), key: `extra:${relative}` }
    let decoded
    try {
      decoded = decodeURIComponent(relative)
    } catch {
      return null
    }
    if (decoded.includes('\0') || decoded.includes('\\')) return null
    // Refuse any '..' segment outright rather than resolving it.
    if (decoded.split('/').some((segment) => segment === '..')) return null
    let file = resolve(rootDir, `.${decoded}`)
    if (file !== rootDir && !file.startsWith(rootDir + sep)) return null
    let info = await stat(file).catch(() => null)
    if (info?.isDirectory()) {
      if (!decoded.endsWith('/')) return { redirect: true }
      file = join(file, 'index.html')
      info = await stat(file).catch(() => null)
    }
    if (!info?.isFile()) return null
    const ext = extname(file).toLowerCase()
    return {
      key: file,
      ext,
      type: CONTENT_TYPES[ext] ?? 'application/octet-stream',
      mtimeMs: info.mtimeMs,
      read: () => readFile(file),
    }
  }

  function send(req, res, status, headers, body) {
    const bytes = req.method === 'HEAD' ? 0 : body.length
    res.writeHead(status, { 'Content-Length': body.length, 'X-Content-Type-Options': 'nosniff', ...headers })
    res.end(req.method === 'HEAD' ? undefined : body)
    const path = (req.url ?? '/').split('?')[0]
    onResponse?.({ method: req.method, path, status, bytes, encoding: headers['Content-Encoding'] ?? 'identity' })
  }

  function notFound(req, res) {
    send(req, res, 404, { 'Content-Type': 'text/plain; charset=utf-8' }, Buffer.from('Not found\n'))
  }

  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(req, res, 405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, Buffer.from('Method not allowed\n'))
      return
    }
    const pathname = (req.url ?? '/').split(/[?#]/)[0] || '/'
    if (!pathname.startsWith('/')) return notFound(req, res)
    if (basePath !== '/' && pathname === basePath.slice(0, -1)) {
      const search = (req.url ?? '').slice(pathname.length)
      send(req, res, 301, { Location: basePath + search, 'Content-Type': 'text/plain; charset=utf-8' }, Buffer.from('Moved\n'))
      return
    }
    if (!pathname.startsWith(basePath)) return notFound(req, res)
    const relative = `/${pathname.slice(basePath.length)}`
    const file = await lookUp(relative)
    if (!file) return notFound(req, res)
    if (file.redirect) {
      send(req, res, 301, { Location: `${pathname}/`, 'Content-Type': 'text/plain; charset=utf-8' }, Buffer.from('Moved\n'))
      return
    }

    const headers = {
      'Content-Type': file.type,
      // Hashed assets never change; everything else is checked each time, as on a typical static host.
      'Cache-Control': relative.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    }
    const compressible = COMPRESSIBLE.has(file.ext)
    if (compressible) headers.Vary = 'Accept-Encoding'

    if (compressible && acceptsGzip(req.headers['accept-encoding'])) {
      let cached = gzipCache.get(file.key)
      if (!cached || cached.mtimeMs !== file.mtimeMs) {
        const raw = file.read ? await file.read() : file.body
        cached = { mtimeMs: file.mtimeMs, body: gzipSync(raw) } // zlib's default level (6), as most hosts use
        gzipCache.set(file.key, cached)
      }
      send(req, res, 200, { ...headers, 'Content-Encoding': 'gzip' }, cached.body)
      return
    }
    send(req, res, 200, headers, file.read ? await file.read() : file.body)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (!res.headersSent) send(req, res, 500, { 'Content-Type': 'text/plain; charset=utf-8' }, Buffer.from('Server error\n'))
      else res.destroy()
      console.error('serve-dist:', error)
    })
  })

  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen)
    server.listen(port, host, () => {
      server.off('error', rejectListen)
      resolveListen()
    })
  })
  const address = server.address()
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`
  let closing = null
  return {
    url: origin + basePath,
    origin,
    port: address.port,
    close() {
      closing ??= new Promise((resolveClose) => {
        server.close(() => resolveClose())
        // Keep-alive connections would otherwise hold the server open.
        server.closeAllConnections()
      })
      return closing
    },
  }
}

function parseCli(argv) {
  const options = { root: 'dist', port: 4174, base: '/' }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const value = () => {
      const next = argv[++i]
      if (next === undefined) throw new Error(`${arg} needs a value`)
      return next
    }
    if (arg === '--root') options.root = value()
    else if (arg.startsWith('--root=')) options.root = arg.slice(7)
    else if (arg === '--base') options.base = value()
    else if (arg.startsWith('--base=')) options.base = arg.slice(7)
    else if (arg === '--port') options.port = Number(value())
    else if (arg.startsWith('--port=')) options.port = Number(arg.slice(7))
    else if (arg === '-h' || arg === '--help') options.help = true
    else if (/^\d+$/.test(arg)) options.port = Number(arg)
    else throw new Error(`unknown argument: ${arg}`)
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) throw new Error('the port must be 0-65535')
  return options
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href
if (isMain) {
  let options
  try {
    options = parseCli(process.argv.slice(2))
  } catch (error) {
    console.error(`serve-dist: ${error.message}`)
    process.exit(2)
  }
  if (options.help) {
    console.log('usage: node scripts/serve-dist.mjs [port=4174] [--root dist] [--base /sub/path/]')
    process.exit(0)
  }
  try {
    const server = await startServer(options)
    console.log(`Serving ${resolve(options.root)} at ${server.url} (Ctrl+C stops)`)
    const stop = () => {
      void server.close().then(() => process.exit(0))
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  } catch (error) {
    console.error(`serve-dist: ${error.message}`)
    process.exit(1)
  }
}
