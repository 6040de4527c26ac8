import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, inlineScripts, withPolicy } from '../../build/contentSecurityPolicy'

const page = (head: string) => `<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="UTF-8" />\n    <title>t</title>${head}\n  </head>\n</html>`
const policyOf = (html: string) => /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!
const scriptSrc = (policy: string) => policy.split('; ').find((d) => d.startsWith('script-src '))!.split(' ').slice(1)

describe('the Content-Security-Policy', () => {
  it('allows only the app’s own files, and no inline script or eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';")
    expect(CONTENT_SECURITY_POLICY).toContain("worker-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|nonce-|\*|https?:/)
  })

  it('pins each inline script of the page by its SHA-256 hash, and nothing else inline', () => {
    const script = ';(function () { var data = {"a":1} })()'
    const html = withPolicy(page(`\n    <script>${script}</script>\n    <script type="module" src="./assets/index.js"></script>\n    <script type="application/json" id="d">{}</script>`))
    const expected = `'sha256-${createHash('sha256').update(script).digest('base64')}'`
    expect(scriptSrc(policyOf(html))).toEqual(["'self'", expected])
    expect(policyOf(html)).not.toMatch(/unsafe-inline|unsafe-eval|nonce-/)
    // The policy comes right after the charset, before any script.
    expect(html.indexOf('Content-Security-Policy')).toBeGreaterThan(html.indexOf('charset'))
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'))
  })

  it('no longer lets a script run that was changed after its hash was taken', () => {
    const html = withPolicy(page('\n    <script>var a = 1</script>'))
    const changed = html.replace('var a = 1', 'var a = 2')
    const pinned = scriptSrc(policyOf(changed))
    const hashes = inlineScripts(changed).map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`)
    expect(hashes.every((h) => pinned.includes(h))).toBe(false)
  })

  it('reads the scripts a browser runs inline, not external ones or data blocks', () => {
    expect(inlineScripts('<script>a()</script><script src="x.js"></script><script type="application/json">{}</script><script defer>\nb()\n</script>')).toEqual([
      'a()',
      '\nb()\n',
    ])
  })
})
