import { expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { baseUrl, completeAssessment, describeInChromium, openPage, questions, sharedBrowser, text, waitForServiceWorker } from './browser'

// After one visit the app opens with no network at all, and it can be installed.

describeInChromium('the app offline and installable', () => {
  const browser = sharedBrowser()

  it('after one visit, every page and a results link open offline', async () => {
    const { context, page, watch } = await openPage(browser())
    await completeAssessment(page, (n) => String((n % 5) + 1))
    const link = await page.getByLabel('Results link', { exact: true }).inputValue()
    const overall = await text(page, 'overall-score')
    await waitForServiceWorker(context)
    await context.setOffline(true)

    const offline = await context.newPage()
    const checks: [string, (page: Page) => Locator][] = [
      ['#/', (page) => page.getByRole('link', { name: 'Start the assessment' }).or(page.getByRole('link', { name: 'Resume my assessment' }))],
      ['#/assessment/methods', (page) => questions(page)],
      ['#/results', (page) => page.getByTestId('overall-score')],
      ['#/margins', (page) => page.locator('canvas[data-testid="lifetime-chart"][data-drawn="true"]')],
      ['#/compare', (page) => page.getByLabel('Results links, one per line')],
    ]
    for (const [route, shown] of checks) {
      await offline.goto(`${baseUrl()}${route}`)
      await offline.reload()
      await shown(offline).first().waitFor()
    }
    // A results link opened offline shows its scores and its radar.
    await offline.goto(link)
    await offline.reload()
    await offline.locator('[data-testid="results-radar"][data-drawn="true"]').waitFor()
    expect(await text(offline, 'overall-score')).toBe(overall)
    expect(watch.foreignRequests).toEqual([])
    await context.close()
  })

  it('offers the app to install: a manifest the strict CSP allows', async () => {
    const { context, page, watch } = await openPage(browser())
    await page.goto(baseUrl())
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href
      return href ? ((await (await fetch(href)).json()) as { name: string; start_url: string }) : null
    })
    expect(manifest).toMatchObject({ name: 'More than a Chip', start_url: './' })
    expect(watch.cspViolations).toEqual([])
    await context.close()
  })
})
