import { expect, it } from 'vitest'
import { answerCulture, axeViolations, describeInChromium, expectTestId, openPage, sharedBrowser, text } from './browser'

describeInChromium('progress over time: snapshots, in a real browser', () => {
  const browser = sharedBrowser()

  it('keeps a snapshot and shows what moved since, per dimension and per question', async () => {
    const { context, page, watch } = await openPage(browser())
    await answerCulture(page, '2')
    await page.getByRole('button', { name: 'Keep a snapshot of this result' }).click()
    const status = page.getByRole('status').filter({ hasText: 'Snapshot kept.' })
    await expectTestId(status, 'snapshot-status')
    expect(await page.getByTestId('snapshot').count()).toBe(1)
    await answerCulture(page, '4')
    const compare = page.getByRole('button', { name: /^Compare the snapshot of .+ with now$/ })
    await expectTestId(compare, 'compare-snapshot')
    await compare.click()
    await page.getByRole('table', { name: 'Change since the snapshot, in points (0–100 scale)' }).waitFor()
    // culture: level 2 → 25, level 4 → 75; the only dimension answered, so overall too
    expect(await text(page, 'delta-culture')).toBe('+50')
    expect(await text(page, 'delta-overall')).toBe('+50')
    expect(await text(page, 'delta-methods')).toBe('—')
    expect(await page.locator('[data-testid="snapshot-comparison"] li[data-question]').count()).toBe(5)
    expect(await axeViolations(page)).toEqual([])
    // The snapshot survives a reload, and can be removed.
    await page.reload()
    await page.getByTestId('snapshot').first().waitFor()
    expect(await page.getByTestId('snapshot').count()).toBe(1)
    await page.getByRole('button', { name: /^Remove the snapshot of / }).click()
    await page.getByRole('button', { name: 'Yes, remove it' }).click()
    expect(await page.getByTestId('snapshot').count()).toBe(0)
    expect(watch.errors).toEqual([])
    await context.close()
  })
})
