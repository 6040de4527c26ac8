import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { answerCulture, axeViolations, baseUrl, describeInChromium, expectTestId, marginField, openPage, openStart, sharedBrowser, text } from './browser'

describeInChromium('your data: export and import, in a real browser', () => {
  const browser = sharedBrowser()

  it('exports everything in one browser and imports it, after asking, in a fresh one', async () => {
    const { context, page } = await openPage(browser())
    await answerCulture(page, '3')
    await page.getByRole('button', { name: 'Keep a snapshot of this result' }).click()
    await page.goto(`${baseUrl()}#/margins`)
    await marginField(page, 'unitPrice').fill('1999')
    await page.goto(`${baseUrl()}#/results`)
    const scores = await text(page, 'overall-score')
    const download = page.waitForEvent('download')
    const exportJson = page.getByRole('button', { name: 'Download everything as a file (JSON)' })
    await expectTestId(exportJson, 'export-json')
    await exportJson.click()
    // Kept outside the context, which deletes its downloads when it closes.
    const file = join(await mkdtemp(join(tmpdir(), 'mtac-export-')), 'more-than-a-chip.json')
    await (await download).saveAs(file)
    const csvDownload = page.waitForEvent('download')
    const exportCsv = page.getByRole('button', { name: 'Download my answers as a spreadsheet (CSV)' })
    await expectTestId(exportCsv, 'export-csv')
    await exportCsv.click()
    expect((await csvDownload).suggestedFilename()).toBe('more-than-a-chip-answers-edition-3.csv')
    const csv = await readFile((await (await csvDownload).path())!, 'utf8')
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('Question set,Question,Dimension,About,Counts for,Level (1–5),Level name,What this level looks like')
    await context.close()

    const fresh = await openPage(browser())
    await fresh.page.goto(`${baseUrl()}#/results`)
    const importFile = fresh.page.getByLabel('Open a file downloaded from this tool')
    await expectTestId(importFile, 'import-json')
    await importFile.setInputFiles(file)
    const summary = fresh.page.getByRole('region', { name: 'What the file holds' })
    await summary.waitFor()
    expect(await summary.innerText()).toContain('answers to 5 of 25 questions')
    expect(await summary.innerText()).toContain('1 snapshot')
    expect(await axeViolations(fresh.page)).toEqual([])
    // Nothing is replaced before the person confirms.
    expect(await fresh.page.evaluate(() => localStorage.getItem('more-than-a-chip:draft'))).toBeNull()
    const confirm = fresh.page.getByRole('button', { name: 'Replace mine with this file' })
    await expectTestId(confirm, 'import-confirm')
    await confirm.click()
    expect(await text(fresh.page, 'overall-score')).toBe(scores)
    expect(await fresh.page.getByTestId('snapshot').count()).toBe(1)
    await fresh.page.goto(`${baseUrl()}#/margins`)
    expect(await marginField(fresh.page, 'unitPrice').inputValue()).toBe('1999')
    await fresh.context.close()
  })

  it('imports a file without answers over an older question set’s draft as an empty draft of the current question set', async () => {
    const { context, page } = await openPage(browser())
    await openStart(page)
    await page.evaluate(() =>
      localStorage.setItem(
        'more-than-a-chip:draft',
        JSON.stringify({ format: 1, savedAt: 'x', state: { questionSetVersion: 1, answers: { 'methods-supply': 3 } } }),
      ),
    )
    await page.goto(`${baseUrl()}#/results`)
    const notice = page.getByRole('status').filter({ hasText: 'A new question set is available: question set 3' })
    await notice.waitFor()
    const file = JSON.stringify({ app: 'more-than-a-chip', format: 1, exportedAt: '2026-11-26T10:00:00.000Z', snapshots: [] })
    await page.getByLabel('Open a file downloaded from this tool').setInputFiles({ name: 'empty.json', mimeType: 'application/json', buffer: Buffer.from(file) })
    await page.getByRole('button', { name: 'Replace mine with this file' }).click()
    await page.getByRole('region', { name: 'What the file holds' }).waitFor({ state: 'detached' })
    const draft = await page.evaluate(() => JSON.parse(localStorage.getItem('more-than-a-chip:draft')!).state)
    expect(draft).toEqual({ questionSetVersion: 3, answers: {} })
    expect(await notice.count()).toBe(0)
    await context.close()
  })

  it('refuses a damaged or foreign file, says why, and changes nothing', async () => {
    const { context, page } = await openPage(browser())
    await answerCulture(page, '2')
    const before = await page.evaluate(() => localStorage.getItem('more-than-a-chip:draft'))
    for (const [content, message] of [
      ['{"app":', 'not JSON'],
      ['{"name":"package","version":"1.0.0"}', 'not downloaded from More than a Chip'],
      ['{"app":"more-than-a-chip","format":1,"exportedAt":"x","snapshots":[{"id":1}]}', 'damaged'],
    ] as const) {
      await page.getByLabel('Open a file downloaded from this tool').setInputFiles({ name: 'file.json', mimeType: 'application/json', buffer: Buffer.from(content) })
      // Announced as an alert, as a screen reader hears it, not just printed on the page.
      const alert = page.getByRole('alert').filter({ hasText: message })
      await alert.waitFor()
      expect(await alert.getAttribute('data-testid')).toBe('import-error')
      expect(await page.getByRole('button', { name: 'Replace mine with this file' }).count()).toBe(0)
    }
    expect(await axeViolations(page)).toEqual([])
    expect(await page.evaluate(() => localStorage.getItem('more-than-a-chip:draft'))).toBe(before)
    await context.close()
  })
})
