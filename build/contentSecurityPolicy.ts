import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'

/**
 * The built page's Content-Security-Policy: only the app's own files, no eval, no other origin,
 * and no inline script but those the build pinned by their SHA-256 hash (`scriptHashes`, CSP
 * Level 2): never 'unsafe-inline', never a nonce. The service worker and the web app manifest
 * are the app's own files too.
 */
export function contentSecurityPolicyFor(scriptHashes: readonly string[] = []): string {
  return [
    "default-src 'none'",
    ["script-src 'self'", ...scriptHashes].join(' '),
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
}

/** The policy of a page without inline script. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicyFor()

/** The CSP source that lets exactly `script` run inline: its SHA-256 hash, as the browser computes it. */
export const scriptHashSource = (script: string) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`

/** The text of every inline script of `html` that the browser runs (not the data blocks: type="application/json"). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes = '']) => !/\bsrc=/.test(attributes) && !/type="application\/(ld\+)?json"/.test(attributes))
    .map((match) => match[2]!)
}

/** `html` with the policy, pinning its inline scripts, in a <meta> before anything else but the charset. */
export function withPolicy(html: string): string {
  const policy = contentSecurityPolicyFor(inlineScripts(html).map(scriptHashSource))
  const start = /<meta charset="[^"]*"\s*\/?>/i.exec(html) ?? /<head>/i.exec(html)
  if (!start) throw new Error('content-security-policy: no <head> in index.html')
  const at = start.index + start[0].length
  return `${html.slice(0, at)}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />${html.slice(at)}`
}

/**
 * Puts the policy in a <meta> of the built page, once every other plugin has written its
 * part of the page (list it after them). Left out of the dev server, which injects styles inline.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html']
      if (!html || html.type !== 'asset') throw new Error('content-security-policy: index.html is not in the bundle')
      html.source = withPolicy(String(html.source))
    },
  }
}
