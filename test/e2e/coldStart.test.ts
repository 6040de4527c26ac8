import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { baseUrl, describeInChromium, openPage, sharedBrowser } from './browser'

/** A set-3 results link (a hardware company: product 4, service 1, both 2). */
const LINK = 'GF_yIU2LmCnqlhJa'

describeInChromium('a cold start', () => {
  const browser = sharedBrowser()

  it('runs only the inline scripts the policy pins by hash, with no unsafe-inline and no nonce', async () => {
    const html = await readFile(join(import.meta.dirname, '../../dist/index.html'), 'utf8')
    const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|nonce-/)
    const pinned = policy.split('; ').find((d) => d.startsWith('script-src '))!.split(' ').filter((s) => s.startsWith("'sha256-"))
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`)
    expect(inline).toHaveLength(1)
    expect(pinned).toEqual(inline)
  })

  it('asks for a results link’s own code from the page itself, before the app runs, and draws the radar', async () => {
    const { context, page, watch } = await openPage(browser())
    await page.goto(`${baseUrl()}#/r/${LINK}`)
    await page.locator('[data-testid="results-radar"][data-drawn="true"]').waitFor()
    // The view's chunk was asked for before the app's entry had even arrived: the page itself asked.
    const timing = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
      const find = (pattern: RegExp) => entries.find((e) => pattern.test(new URL(e.name).pathname))
      return { view: find(/\/assets\/SharedResultView-[\w-]+\.js$/)?.startTime, entry: find(/\/assets\/index-[\w-]+\.js$/)?.responseEnd }
    })
    expect(timing.view).toBeDefined()
    expect(timing.view!).toBeLessThanOrEqual(timing.entry!)
    expect(watch.cspViolations).toEqual([])
    expect(watch.errors).toEqual([])
    await context.close()
  })

  it('asks for the words of the reader’s language only, from the page itself, before the app runs', async () => {
    const manifest = JSON.parse(await readFile(join(import.meta.dirname, '../../dist/.vite/manifest.json'), 'utf8')) as Record<string, { file: string }>
    const words = (lang: string) => `/${manifest[`src/i18n/${lang}/results.ts`]!.file}`
    const { context, page, watch } = await openPage(browser())
    await page.addInitScript(() => localStorage.setItem('more-than-a-chip:language', 'de'))
    await page.goto(`${baseUrl()}#/r/${LINK}`)
    await page.locator('[data-testid="results-radar"][data-drawn="true"]').waitFor()
    await page.getByRole('heading', { name: 'Geteilte Ergebnisse' }).waitFor()
    const requested = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
        path: new URL(e.name).pathname,
        startTime: e.startTime,
        responseEnd: e.responseEnd,
      })),
    )
    const find = (end: string) => requested.find((r) => r.path.endsWith(end))
    const entry = requested.find((r) => /\/assets\/index-[\w-]+\.js$/.test(r.path))!
    expect(find(words('de'))!.startTime).toBeLessThanOrEqual(entry.responseEnd)
    expect(find(words('en'))).toBeUndefined()
    expect(watch.cspViolations).toEqual([])
    expect(watch.errors).toEqual([])
    await context.close()
  })

  it('registers the service worker only once the opened page is drawn, so that its precache never competes with it', async () => {
    const { context, page, watch } = await openPage(browser())
    await page.addInitScript(() => {
      const times: Record<string, number> = {}
      ;(window as unknown as { __times: Record<string, number> }).__times = times
      new MutationObserver(() => {
        if (!times.drawn && document.querySelector('[data-testid="results-radar"][data-drawn="true"]')) times.drawn = performance.now()
      }).observe(document, { subtree: true, childList: true, attributes: true })
      const register = navigator.serviceWorker.register.bind(navigator.serviceWorker)
      navigator.serviceWorker.register = (...args) => {
        times.registered ??= performance.now()
        return register(...args)
      }
    })
    // A slow network for the page's own code: the worker must wait for it, not race it.
    await page.route(/\/assets\/SharedResultView-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500))
      await route.continue()
    })
    await page.goto(`${baseUrl()}#/r/${LINK}`)
    await page.locator('[data-testid="results-radar"][data-drawn="true"]').waitFor()
    await expect.poll(() => page.evaluate(() => (window as unknown as { __times: Record<string, number> }).__times.registered), { timeout: 10_000 }).toBeDefined()
    const times = await page.evaluate(() => (window as unknown as { __times: Record<string, number> }).__times)
    expect(times.registered).toBeGreaterThan(times.drawn!)
    expect(watch.errors).toEqual([])
    await context.close()
  })
})
