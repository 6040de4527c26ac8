import { beforeAll, expect, it } from 'vitest'
import { baseUrl, describeInChromium, openPage, type PageWatch, sharedBrowser } from './browser'
import { ownResultsLink, TOURS } from './tours'

// Nothing a person enters leaves the browser: no request to another origin on any route or in any
// state, and a strict Content-Security-Policy that lets only the app's own code run. The walks are
// those of test/e2e/accessibility.test.ts.

function clean(watch: PageWatch) {
  return { errors: watch.errors, foreignRequests: watch.foreignRequests, cspViolations: watch.cspViolations }
}

const NOTHING = { errors: [], foreignRequests: [], cspViolations: [] }

describeInChromium('privacy and the Content-Security-Policy on every route and state', () => {
  const browser = sharedBrowser()
  let link: string
  beforeAll(async () => {
    link = await ownResultsLink(browser())
  })

  it.each(TOURS)('sends nothing to another origin, and reports no CSP violation and no error, on %s', async (_tour, tour) => {
    const { context, page, watch } = await openPage(browser())
    await tour(page, async (where) => expect(clean(watch), where).toEqual(NOTHING), link)
    expect(clean(watch)).toEqual(NOTHING)
    await context.close()
  })

  it('runs under a strict Content-Security-Policy that blocks inline script', async () => {
    const { context, page, watch } = await openPage(browser())
    await page.goto(baseUrl())
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(policy).toContain("script-src 'self'")
    expect(policy).not.toContain('unsafe')
    const ran = await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__inlineRan = true'
      document.head.append(script)
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true
    })
    expect(ran).toBe(false)
    expect(watch.cspViolations.length).toBeGreaterThan(0)
    await context.close()
  })
})
