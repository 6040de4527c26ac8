import { beforeAll, expect, it } from 'vitest'
import { axeViolations, baseUrl, describeInChromium, openPage, questions, sharedBrowser } from './browser'
import { ownResultsLink, TOURS } from './tours'

// Accessibility on every route and state a person can reach: axe's WCAG 2.1 A and AA rules, a
// visible focus, and nothing wider than a narrow or zoomed screen. test/e2e/privacy.test.ts takes
// the same walks.

describeInChromium('accessibility on every route and state', () => {
  const browser = sharedBrowser()
  let link: string
  beforeAll(async () => {
    link = await ownResultsLink(browser())
  })

  it.each(TOURS)('has no axe violations on %s', async (_tour, tour) => {
    const { context, page } = await openPage(browser())
    await tour(page, async (where) => expect(await axeViolations(page), where).toEqual([]), link)
    await context.close()
  })

  it('shows a visible focus indicator on every control reached with Tab', async () => {
    const { context, page } = await openPage(browser())
    await page.goto(`${baseUrl()}#/assessment`)
    await questions(page).first().waitFor()
    const missing: string[] = []
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab')
      const outline = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null
        if (!el || el === document.body) return null
        const style = getComputedStyle(el)
        return { tag: `${el.tagName} ${el.getAttribute('type') ?? ''} ${el.textContent?.trim().slice(0, 20) ?? ''}`, width: style.outlineWidth, styleName: style.outlineStyle }
      })
      if (outline && (outline.styleName === 'none' || outline.width === '0px')) missing.push(outline.tag)
    }
    expect(missing).toEqual([])
    await context.close()
  })

  // 200 % zoom of a 1280 × 800 window is a 640 × 400 CSS-pixel viewport at twice the pixel density.
  it('is usable at 320 px wide and at 200 % zoom: nothing wider than the screen', async () => {
    for (const [name, viewport, deviceScaleFactor] of [
      ['320px', { width: 320, height: 640 }, 1],
      ['zoom200', { width: 640, height: 400 }, 2],
    ] as const) {
      const { context, page } = await openPage(browser(), { viewport, deviceScaleFactor })
      for (const route of ['', '#/assessment', '#/margins', link.slice(link.indexOf('#'))]) {
        await page.goto(`${baseUrl()}${route}`)
        await page.getByRole('heading').first().waitFor()
        await page.waitForTimeout(100)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        expect(overflow, `${name} ${route}`).toBeLessThanOrEqual(0)
        if (process.env.E2E_SCREENSHOTS) {
          await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/${name}-${route.replace(/[^a-z]/g, '') || 'home'}.png`, fullPage: true })
        }
      }
      await context.close()
    }
  })
})
