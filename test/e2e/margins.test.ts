import { expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { FigureKey } from '@/domain/margins'
import { baseUrl, completeAssessment, describeInChromium, expectTestId, marginField, openPage, sharedBrowser, text } from './browser'

// Worked out here from the product brief's formulas, independently of the app's code.
function expected(f: Record<string, number>) {
  const productRevenue = f.unitPrice! * (1 - f.channelSharePct! / 100) * f.unitsPerYear!
  const productCost = f.unitCost! * f.unitsPerYear! + f.productFixedCostPerYear!
  const serviceRevenue = f.monthlyFee! * f.subscribers! * 12
  const serviceCost = f.monthlyCostToServe! * f.subscribers! * 12 + f.fixedCostPerYear!
  const pct = (revenue: number, cost: number) => (revenue === 0 ? '—' : `${(((revenue - cost) / revenue) * 100).toFixed(1)} %`)
  // An amount as the page shows it: whole euros from 100 up, cents below.
  const money = (amount: number) => {
    const digits = Math.abs(amount) >= 100 ? 0 : 2
    return `${amount < 0 ? '-' : ''}€${Math.abs(amount).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`
  }
  const revenue = productRevenue + serviceRevenue
  return {
    product: pct(productRevenue, productCost),
    service: pct(serviceRevenue, serviceCost),
    combined: pct(revenue, productCost + serviceCost),
    productProfit: money(productRevenue - productCost),
    serviceProfit: money(serviceRevenue - serviceCost),
    combinedProfit: money(revenue - productCost - serviceCost),
    serviceShare: revenue === 0 ? '—' : `${((serviceRevenue / revenue) * 100).toFixed(1)} %`,
    breakEven:
      f.monthlyFee! <= f.monthlyCostToServe!
        ? 'never'
        : String(Math.ceil(f.fixedCostPerYear! / ((f.monthlyFee! - f.monthlyCostToServe!) * 12))),
  }
}

async function fill(page: Page, figures: Record<string, number | string>) {
  for (const [key, value] of Object.entries(figures)) await marginField(page, key as FigureKey).fill(String(value))
}

const CASES: Record<string, number>[] = [
  { unitPrice: 1899, unitCost: 1020, unitsPerYear: 8000, channelSharePct: 30, productFixedCostPerYear: 400000, monthlyFee: 6.5, monthlyCostToServe: 2.75, subscribers: 3100, fixedCostPerYear: 250000 },
  { unitPrice: 49.99, unitCost: 12.3, unitsPerYear: 120000, channelSharePct: 42.5, productFixedCostPerYear: 0, monthlyFee: 1.99, monthlyCostToServe: 2.49, subscribers: 50000, fixedCostPerYear: 1200000 },
  { unitPrice: 300, unitCost: 300, unitsPerYear: 0, channelSharePct: 100, productFixedCostPerYear: 0, monthlyFee: 0, monthlyCostToServe: 0, subscribers: 0, fixedCostPerYear: 0 },
]

describeInChromium('the margin calculator in a real browser', () => {
  const browser = sharedBrowser()

  it.each(CASES)('shows the formula’s margins and break-even for typed figures (%#)', async (figures) => {
    const { context, page, watch } = await openPage(browser())
    await page.goto(`${baseUrl()}#/margins`)
    await fill(page, figures)
    const want = expected(figures)
    expect(await text(page, 'margin-product-pct')).toBe(want.product)
    expect(await text(page, 'margin-service-pct')).toBe(want.service)
    expect(await text(page, 'margin-combined-pct')).toBe(want.combined)
    expect(await text(page, 'margin-product-profit')).toBe(want.productProfit)
    expect(await text(page, 'margin-service-profit')).toBe(want.serviceProfit)
    expect(await text(page, 'margin-combined-profit')).toBe(want.combinedProfit)
    expect(await text(page, 'margin-service-share')).toBe(want.serviceShare)
    expect(await text(page, 'margin-break-even')).toBe(want.breakEven)
    expect(watch.errors).toEqual([])
    await context.close()
  })

  it('never shows NaN or Infinity, whatever is typed, and explains each refusal', async () => {
    const { context, page } = await openPage(browser())
    await page.goto(`${baseUrl()}#/margins`)
    const before = await text(page, 'margin-combined-pct')
    for (const bad of ['', '-3', '1e309', 'twelve', '1,2,3', '0x10', '9'.repeat(400)]) {
      await marginField(page, 'unitCost').fill(bad)
      const message = await text(page, 'margin-unitCost-message')
      expect(message.length, `message for ${JSON.stringify(bad)}`).toBeGreaterThan(5)
      expect(await marginField(page, 'unitCost').getAttribute('aria-invalid')).toBe('true')
      expect(await text(page, 'margin-combined-pct')).toBe(before)
      expect(await page.getByRole('main').innerText()).not.toMatch(/NaN|Infinity/)
    }
    await marginField(page, 'unitCost').fill('1.234,56')
    expect(await text(page, 'margin-unitCost-message')).toBe('Read as 1,234.56.')
    await context.close()
  })

  it('keeps the figures through a reload and shows them on the results page', async () => {
    const { context, page } = await openPage(browser())
    await page.goto(`${baseUrl()}#/margins`)
    await fill(page, CASES[0]!)
    await page.reload()
    expect(await marginField(page, 'unitPrice').inputValue()).toBe('1899')
    await page.goto(`${baseUrl()}#/results`)
    expect(await text(page, 'margin-break-even')).toBe(expected(CASES[0]!).breakEven)
    await context.close()
  })

  it('keeps the chosen currency through a reload, and names it beside every amount typed', async () => {
    const { context, page } = await openPage(browser())
    await page.goto(`${baseUrl()}#/margins`)
    const currency = page.getByRole('combobox', { name: 'Currency' })
    await expectTestId(currency, 'margin-currency')
    await currency.selectOption('CHF')
    await page.getByLabel('Retail price per unit (CHF)').fill('1899')
    await page.reload()
    expect(await page.getByRole('combobox', { name: 'Currency' }).inputValue()).toBe('CHF')
    expect(await page.getByLabel('Retail price per unit (CHF)').inputValue()).toBe('1899')
    expect(await text(page, 'margin-product-profit')).toMatch(/^CHF\s/)
    await context.close()
  })

  it('draws every chart when moving between pages inside the app', async () => {
    const { context, page, watch } = await openPage(browser())
    await completeAssessment(page, () => '3')
    await page.locator('[data-testid="results-radar"][data-drawn="true"]').waitFor()
    const nav = page.getByRole('navigation', { name: 'Main' })
    await nav.getByRole('link', { name: 'Margins' }).click()
    await page.locator('canvas[data-testid="margins-chart"][data-drawn="true"]').waitFor()
    await page.locator('canvas[data-testid="sensitivity-chart"][data-drawn="true"]').waitFor()
    await page.locator('canvas[data-testid="lifetime-chart"][data-drawn="true"]').waitFor()
    await nav.getByRole('link', { name: 'Results' }).click()
    await page.locator('[data-testid="results-radar"][data-drawn="true"]').waitFor()
    await nav.getByRole('link', { name: 'Compare' }).click()
    await nav.getByRole('link', { name: 'Margins' }).click()
    await page.locator('canvas[data-testid="margins-chart"][data-drawn="true"]').waitFor()
    expect(watch.errors).toEqual([])
    await context.close()
  })

  it('tells the worked example’s story over the product’s life', async () => {
    const { context, page, watch } = await openPage(browser())
    await page.goto(`${baseUrl()}#/margins`)
    await page.locator('canvas[data-testid="lifetime-chart"][data-drawn="true"]').waitFor()
    // The one-year service margin is a loss, worded as one, with the year it turns and no payback within ten years.
    expect(await text(page, 'margin-service-pct')).toBe('-71.9 %')
    const loss = page.locator('[data-reading="service-loss"]')
    expect(await loss.innerText()).toContain('first pays its way in year 6, but has not made up its earlier losses within the 10 years projected')
    expect(await page.locator('[data-reading="service-thin"]').count()).toBe(0)
    expect(await text(page, 'lifetime-service-pays-year')).toBe('in year 6')
    expect(await text(page, 'lifetime-payback-year')).toBe('not within the 10 years looked at')
    expect(await text(page, 'lifetime-value')).toBe('€222')
    // The example says the same, and what it assumes, without VAT, where a reader sees it.
    expect(await text(page, 'margin-example')).toContain('The figures start as a worked example')
    expect(await text(page, 'margin-example-story')).toContain('it first pays its way in year 6 and has not made up its earlier losses')
    expect(await page.getByTestId('margin-example-basis').isVisible()).toBe(true)
    expect(await text(page, 'margin-example-basis')).toContain('€68,400 + €120,000 + €220,000 = €408,400 a year')
    expect(await text(page, 'margin-example-story')).toContain('it needs 12,795 to cover its fixed cost of €408,400')
    // Year 1 of the service in the table is a loss.
    const years = page.getByRole('table', { name: 'Profit of the product and the service, year by year' })
    expect(await years.getByRole('row', { name: /^Year\s1\b/ }).innerText()).toMatch(/-€[\d,]+/)
    expect(watch.errors).toEqual([])
    await context.close()
  })

  it('refuses a bad figure of the product’s life beside it and keeps showing the last projection', async () => {
    const { context, page } = await openPage(browser())
    await page.goto(`${baseUrl()}#/margins`)
    for (const [key, bad] of [['horizonYears', '0'], ['deviceLifetimeYears', '31'], ['monthlyChurnPct', '-2'], ['attachRatePct', 'lots']]) {
      const field = marginField(page, key as FigureKey)
      await field.fill(bad!)
      expect((await text(page, `margin-${key}-message`)).length).toBeGreaterThan(5)
      expect(await field.getAttribute('aria-invalid')).toBe('true')
      expect(await text(page, 'lifetime-service-pays-year')).toBe('in year 6')
      expect(await page.getByRole('main').innerText()).not.toMatch(/NaN|Infinity/)
      await field.fill(key === 'horizonYears' ? '10' : key === 'deviceLifetimeYears' ? '15' : key === 'monthlyChurnPct' ? '1' : '20')
    }
    await context.close()
  })

  it('carries the figures of the product’s life in a results link', async () => {
    const { context, page } = await openPage(browser())
    await completeAssessment(page, () => '2')
    await page.goto(`${baseUrl()}#/margins`)
    await marginField(page, 'horizonYears').fill('15')
    await page.goto(`${baseUrl()}#/results`)
    await page.getByTestId('lifetime-service-pays-year').waitFor()
    const share = await text(page, 'lifetime-service-share')
    await page.getByLabel(/Include my margin figures/).check()
    const link = await page.getByLabel('Results link', { exact: true }).inputValue()
    const fresh = await openPage(browser())
    await fresh.page.goto(link)
    await fresh.page.getByTestId('lifetime-service-pays-year').waitFor()
    expect(await text(fresh.page, 'lifetime-service-pays-year')).toBe('in year 6')
    // Paid back in year 13: within the 15 years typed, not within the example's 10.
    expect(await text(fresh.page, 'lifetime-payback-year')).toBe('by the end of year 13')
    // The share of profit depends on the horizon: 15 years, as typed, not the example's 10.
    expect(await text(fresh.page, 'lifetime-service-share')).toBe(share)
    expect(share).not.toBe('-0.9 %')
    await fresh.context.close()
    await context.close()
  })

  it('never shows nor shares the example’s figures as the person’s while one of theirs is invalid', async () => {
    const { context, page } = await openPage(browser())
    await completeAssessment(page, () => '2')
    await page.goto(`${baseUrl()}#/margins`)
    const example = await text(page, 'margin-combined-pct')
    await marginField(page, 'unitPrice').fill('5OO')
    await page.goto(`${baseUrl()}#/results`)
    for (const reloaded of [false, true]) {
      if (reloaded) await page.reload()
      await expectTestId(page.getByRole('alert').filter({ hasText: 'Your margin figures are incomplete' }), 'margins-incomplete')
      expect(await page.getByTestId('margin-combined-pct').count()).toBe(0)
      expect(await page.getByTestId('lifetime-service-pays-year').count()).toBe(0)
      expect(await page.getByRole('main').innerText()).not.toContain(example)
      expect(await page.getByLabel(/Include my margin figures/).isDisabled()).toBe(true)
      expect(await text(page, 'share-margins-unavailable')).toContain('A margin figure is missing or cannot be read')
    }
    const link = await page.getByLabel('Results link', { exact: true }).inputValue()
    const fresh = await openPage(browser())
    await fresh.page.goto(link)
    await fresh.page.getByTestId('shared-version').waitFor()
    expect(await fresh.page.getByTestId('margin-combined-pct').count()).toBe(0)
    expect(await fresh.page.getByRole('heading', { name: 'Product and service margins' }).count()).toBe(0)
    expect(await fresh.page.getByRole('main').innerText()).not.toContain(example)
    await fresh.context.close()
    await context.close()
  })
})
