import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../build/contentSecurityPolicy'

describe('the Content-Security-Policy', () => {
  it('allows only the app’s own files, and no inline script or eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("worker-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/)
  })
})
