import { beforeAll, expect, it } from 'vitest'
import { axeViolations, baseUrl, completeAssessment, describeInChromium, openPage, openStart, type PageWatch, sharedBrowser } from './browser'

// Accessibility, privacy and CSP on every route and state a person can reach.

function clean(watch: PageWatch) {
  return { errors: watch.errors, foreignRequests: watch.foreignRequests, cspViolations: watch.cspViolations }
}

const NOTHING = { errors: [], foreignRequests: [], cspViolations: [] }

describeInChromium('accessibility, privacy and CSP', () => {
  const browser = sharedBrowser()
  let link: string
  beforeAll(async () => {
    const { context, page } = await openPage(browser())
    await completeAssessment(page, (n) => String((n % 5) + 1))
    link = await page.getByTestId('share-link').inputValue()
    await context.close()
  })

  it('has no axe violations, foreign requests or CSP reports on the landing page', async () => {
    const { context, page, watch } = await openPage(browser())
    await page.goto(baseUrl())
    await page.getByTestId('start').waitFor()
    expect(await axeViolations(page)).toEqual([])
    expect(clean(watch)).toEqual(NOTHING)
    await context.close()
  })

  it('has none on each assessment step, answered or not', async () => {
    const { context, page, watch } = await openPage(browser())
    await page.goto(`${baseUrl()}#/assessment`)
    for (let step = 0; step < 5; step++) {
      await page.locator('fieldset.question').first().waitFor()
      expect(await axeViolations(page), `step ${step + 1}`).toEqual([])
      await page.locator('fieldset.question input[value="3"]').first().check()
      await page.locator('details.question__why').first().evaluate((d) => ((d as HTMLDetailsElement).open = true))
      expect(await axeViolations(page), `step ${step + 1}, answered`).toEqual([])
      await page.getByTestId('next-step').click()
    }
    await page.getByTestId('overall-score').waitFor()
    await page.locator('[data-drawn="true"]').first().waitFor()
    expect(await axeViolations(page), 'results').toEqual([])
    await page.getByLabel(/Include my margin figures/).focus()
    await page.getByText('Start over').count()
    expect(clean(watch)).toEqual(NOTHING)
    await context.close()
  })

  it('has none on the margins page, with a validation error shown', async () => {
    const { context, page, watch } = await openPage(browser())
    await page.goto(`${baseUrl()}#/margins`)
    await page.getByTestId('margin-unitPrice').fill('-12')
    await page.getByTestId('margin-unitPrice-message').waitFor()
    await page.locator('details').first().evaluate((d) => ((d as HTMLDetailsElement).open = true))
    expect(await axeViolations(page)).toEqual([])
    expect(clean(watch)).toEqual(NOTHING)
    await context.close()
  })

  it('has none on a shared link, the comparison and a damaged link', async () => {
    const { context, page, watch } = await openPage(browser())
    await page.goto(link)
    await page.getByTestId('overall-score').waitFor()
    expect(await axeViolations(page), 'shared').toEqual([])
    await completeAssessment(page, () => '2')
    await page.goto(link)
    await page.getByTestId('compare-with-mine').click()
    await page.getByTestId('compare').waitFor()
    expect(await axeViolations(page), 'compare').toEqual([])
    await page.goto(`${baseUrl()}#/compare`)
    await page.getByTestId('compare-links').fill(`${link}\n${link.slice(0, -2)}`)
    await page.getByTestId('compare-table').waitFor()
    await page.locator('[data-drawn="true"]').first().waitFor()
    expect(await axeViolations(page), 'compare links').toEqual([])
    await page.goto(`${baseUrl()}#/r/${link.split('#/r/')[1]!.slice(0, 9)}`)
    await page.getByRole('alert').waitFor()
    expect(await axeViolations(page), 'damaged').toEqual([])
    await page.goto(`${baseUrl()}#/no-such-page`)
    await page.getByRole('heading', { name: 'Page not found' }).waitFor()
    expect(await axeViolations(page), 'not found').toEqual([])
    expect(clean(watch)).toEqual(NOTHING)
    await context.close()
  })

  it('has none with the notices about saved work and a new edition of the questions', async () => {
    const { context, page, watch } = await openPage(browser())
    await openStart(page)
    await page.evaluate(() => {
      localStorage.setItem(
        'more-than-a-chip:draft',
        JSON.stringify({ format: 1, savedAt: 'x', state: { questionSetVersion: 1, answers: { 'methods-supply': 3, 'made-up': 2 } } }),
      )
      localStorage.setItem('more-than-a-chip:margins', '{"format":2,')
    })
    await page.goto(`${baseUrl()}#/results`)
    await page.getByTestId('edition-notice').waitFor()
    await page.locator('[data-testid="storage-notice"][data-subject="figures"]').waitFor()
    expect(await page.getByTestId('storage-notice').count()).toBe(2)
    expect(await axeViolations(page), 'results with notices').toEqual([])
    await page.getByTestId('edition-notice').getByRole('button', { name: 'Answer edition 3' }).click()
    expect(await axeViolations(page), 'edition move asked').toEqual([])
    await page.goto(`${baseUrl()}#/margins`)
    await page.locator('canvas[data-testid="lifetime-chart"][data-drawn="true"]').waitFor()
    expect(await axeViolations(page), 'margins with a notice and the years ahead').toEqual([])
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

  it('shows a visible focus indicator on every control reached with Tab', async () => {
    const { context, page } = await openPage(browser())
    await page.goto(`${baseUrl()}#/assessment`)
    await page.locator('fieldset.question').first().waitFor()
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
        await page.locator('h1, h2').first().waitFor()
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
