import { expect, it } from 'vitest'
import { baseUrl, completeAssessment, describeInChromium, openPage, sharedBrowser, text, waitForServiceWorker } from './browser'

// After one visit the app opens with no network at all, and it can be installed.

describeInChromium('the app offline and installable', () => {
  const browser = sharedBrowser()

  it('after one visit, every page and a results link open offline', async () => {
    const { context, page, watch } = await openPage(browser())
    await completeAssessment(page, (n) => String((n % 5) + 1))
    const link = await page.getByTestId('share-link').inputValue()
    const overall = await text(page, 'overall-score')
    await waitForServiceWorker(context)
    await context.setOffline(true)

    const offline = await context.newPage()
    const checks: [string, string][] = [
      ['#/', 'start'],
      ['#/assessment/methods', 'fieldset.question'],
      ['#/results', '[data-testid="overall-score"]'],
      ['#/margins', 'canvas[data-testid="lifetime-chart"][data-drawn="true"]'],
      ['#/compare', '[data-testid="compare-links"]'],
    ]
    for (const [route, selector] of checks) {
      await offline.goto(`${baseUrl()}${route}`)
      await offline.reload()
      if (selector === 'start') await offline.getByTestId(selector).or(offline.getByTestId('resume')).first().waitFor()
      else await offline.locator(selector).first().waitFor()
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
