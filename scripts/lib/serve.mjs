// Serves a built app on 127.0.0.1 for the bench and Lighthouse, the way a static host does: lws
// with its static-file middleware, and gzip for every text file however small (the encoding the
// size budgets count in).
//
// With `http2: true` it serves over HTTP/2, the protocol static hosts serve pages with. HTTP/2
// in a browser needs TLS: the certificate is the self-signed one for 127.0.0.1 that lws ships,
// so a browser needs --ignore-certificate-errors. Over HTTP/1.1 a browser opens at most six
// connections to a host, which makes a page of many small files look slower than it is on a
// real host.
import koaCompress from 'koa-compress'
import Lws from 'lws'
import LwsStatic from 'lws-static'

/** lws middleware: gzip only, from the first byte. */
class Gzip {
  middleware() {
    return koaCompress({ threshold: 1, br: false, deflate: false })
  }
}

/** Starts serving `root`; resolves once it listens, with its address and a way to stop it. */
export async function serve({ root, http2 = false }) {
  const lws = await Lws.create({
    hostname: '127.0.0.1',
    port: 0,
    directory: root,
    stack: [Gzip, LwsStatic],
    http2,
    // No lws.config.js from the working folder or above: what is measured is set here only.
    configFile: [],
  })
  const { server } = lws
  if (!server.listening) {
    await new Promise((resolve, reject) => {
      server.once('listening', resolve)
      server.once('error', reject)
    })
  }
  // Closing waits for open connections: a browser left open (a failed run) would keep it waiting.
  const sockets = new Set()
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  let closed
  const close = () =>
    (closed ??= new Promise((resolve) => {
      server.close(() => resolve())
      for (const socket of sockets) socket.destroy()
    }))
  const origin = `${http2 ? 'https' : 'http'}://127.0.0.1:${server.address().port}`
  return { url: `${origin}/`, origin, close }
}
