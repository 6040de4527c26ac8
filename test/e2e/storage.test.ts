import { readFile } from 'node:fs/promises'
import { expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import {
  answerStep,
  baseUrl,
  choice,
  description,
  describeInChromium,
  expectTestId,
  launchBrowser,
  marginField,
  openPage,
  openStart,
  question,
  questions,
  sharedBrowser,
  text,
} from './browser'

const DRAFT_KEY = 'more-than-a-chip:draft'
const MARGINS_KEY = 'more-than-a-chip:margins'

const storedAnswers = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{"state":{"answers":{}}}').state.answers, DRAFT_KEY)

/** From the next page load on, the browser refuses every save, as a full storage does. */
async function refuseSaves(page: Page) {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
  })
}

/** Fills localStorage until the browser refuses more. */
async function fillStorage(page: Page) {
  await page.evaluate(() => {
    const chunk = 'x'.repeat(1024 * 1024)
    for (let i = 0; i < 64; i++) {
      try {
        localStorage.setItem(`filler-${i}`, chunk)
      } catch {
        for (let size = 512 * 1024; size >= 1; size = Math.floor(size / 2)) {
          try {
            localStorage.setItem(`filler-${i}-${size}`, 'x'.repeat(size))
          } catch {
            // smaller next time
          }
        }
        return
      }
    }
  })
}

describeInChromium('saved work in a real browser', () => {
  const browser = sharedBrowser()

  it('two tabs keep all six answers, each showing the other’s', async () => {
    const { context, page: culture, watch } = await openPage(browser())
    const methods = await context.newPage()
    await culture.goto(`${baseUrl()}#/assessment/culture`)
    await methods.goto(`${baseUrl()}#/assessment/methods`)
    await questions(methods).first().waitFor()
    await answerStep(culture, () => '3')
    await choice(methods, 'methods-supply', 2).check()
    expect(Object.keys(await storedAnswers(culture))).toHaveLength(6)
    // Both tabs show six of 25 done, and the second tab shows the first tab's answers.
    for (const tab of [culture, methods]) {
      expect(await tab.getByRole('progressbar', { name: /^6 of 25 questions done/ }).getAttribute('value')).toBe('6')
      const cultureStep = tab.getByRole('button', { name: /^1\. Culture/ })
      await expectTestId(cultureStep, 'step-culture')
      expect(await cultureStep.innerText()).toContain('5 of 5 done')
    }
    await methods.getByRole('button', { name: /Culture/ }).first().click()
    await expect(choice(methods, 'culture-margin', 3).isChecked()).resolves.toBe(true)
    await culture.getByRole('button', { name: /Methods/ }).first().click()
    await expect(choice(culture, 'methods-supply', 2).isChecked()).resolves.toBe(true)
    expect(watch.errors).toEqual([])
    await context.close()
  })

  it('two tabs answering in the same millisecond keep both answers', async () => {
    const { context, page: culture, watch } = await openPage(browser())
    const methods = await context.newPage()
    await culture.goto(`${baseUrl()}#/assessment/culture`)
    await methods.goto(`${baseUrl()}#/assessment/methods`)
    await questions(culture).first().waitFor()
    await questions(methods).first().waitFor()
    const pairs = [
      ['culture-margin', 'methods-supply'],
      ['culture-durable', 'methods-response'],
      ['culture-anytime', 'methods-resolution'],
      ['culture-satisfaction', 'methods-interactive'],
    ] as const
    /** Clicks level 3 of `question` at the time `at` (ms since the epoch), the same clock in both tabs. */
    const clickAt = (page: Page, question: string, at: number) =>
      page.evaluate(
        ([question, at]) => {
          const input = document.querySelector<HTMLInputElement>(`fieldset[data-question="${question}"] input[value="3"]`)!
          setTimeout(() => input.click(), (at as number) - Date.now())
        },
        [question, at] as const,
      )
    for (const [a, b] of pairs) {
      const at = Date.now() + 300
      await Promise.all([clickAt(culture, a, at), clickAt(methods, b, at)])
      await culture.waitForTimeout(400)
    }
    const all = pairs.flat()
    await expect.poll(async () => Object.keys(await storedAnswers(culture)).sort(), { timeout: 3000 }).toEqual([...all].sort())
    // Each tab holds all eight too, so that its next answer does not write the others away.
    await choice(culture, 'culture-capacity', 2).check()
    await choice(methods, 'methods-fit', 2).check()
    await expect.poll(async () => Object.keys(await storedAnswers(methods)).length, { timeout: 3000 }).toBe(10)
    expect(watch.errors).toEqual([])
    await context.close()
  })

  it('a stale tab never writes its old answers over a newer start', async () => {
    const { context, page: stale } = await openPage(browser())
    await stale.goto(`${baseUrl()}#/assessment/culture`)
    await answerStep(stale, () => '1')
    const other = await context.newPage()
    await other.goto(`${baseUrl()}#/assessment/culture`)
    await other.getByRole('button', { name: 'Start over' }).click()
    await other.getByRole('button', { name: 'Yes, clear my answers' }).click()
    await choice(other, 'culture-anytime', 4).check()
    // The stale tab followed the start over; answering there keeps the other tab's new answer.
    await choice(stale, 'culture-margin', 5).check()
    expect(await storedAnswers(other)).toEqual({ 'culture-anytime': 4, 'culture-margin': 5 })
    await expect(question(stale, 'culture-durable').getByRole('radio', { checked: true }).count()).resolves.toBe(0)
    await context.close()
  })

  it('tells about damaged margin figures on the margins page and on the results page', async () => {
    for (const route of ['#/margins', '#/results']) {
      const { context, page } = await openPage(browser())
      await openStart(page)
      await page.evaluate((key) => localStorage.setItem(key, '{"format":2,"fields":'), MARGINS_KEY)
      await page.goto(`${baseUrl()}${route}`)
      const notice = page.getByRole('alert').filter({ hasText: 'Your saved margin figures could not be read' })
      await notice.waitFor()
      expect(await notice.innerText()).toContain('could not be read')
      const download = page.waitForEvent('download')
      await notice.getByRole('button', { name: 'Download a copy of it' }).click()
      expect((await download).suggestedFilename()).toBe('more-than-a-chip-figures-set-aside.json')
      await context.close()
    }
  })

  it('never counts answers to questions that do not exist', async () => {
    const { context, page } = await openPage(browser())
    await openStart(page)
    const answers = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`made-up-question-${'abcdefghijklmnopqrstuvwxyz'[i % 26]}-x${'abcdefghij'[i % 10]}`, 3]))
    await page.evaluate(
      ([key, text]) => localStorage.setItem(key!, text!),
      [DRAFT_KEY, JSON.stringify({ format: 1, savedAt: 'x', state: { questionSetVersion: 2, answers: { ...answers, 'culture-anytime': 2 } } })],
    )
    await page.goto(`${baseUrl()}#/assessment/culture`)
    const notice = page.getByRole('alert').filter({ hasText: 'Your saved answers included' })
    await notice.waitFor()
    expect(await notice.innerText()).toContain('40 answers to questions this questionnaire does not have')
    expect(await page.getByRole('main').innerText()).toMatch(/\b1 of 25\b/)
    await page.goto(`${baseUrl()}#/results`)
    expect(await text(page, 'coverage')).toContain('1 of 25')
    await context.close()
  })

  it('refuses a label that reverses the text around it, and a link that carries one', async () => {
    const { context, page } = await openPage(browser())
    await page.goto(`${baseUrl()}#/assessment/culture`)
    await answerStep(page, () => '3')
    await page.goto(`${baseUrl()}#/results`)
    await page.getByLabel('Label (optional)').fill('Q3 \u202Egnp.exe')
    expect(await page.getByLabel('Label (optional)').getAttribute('aria-invalid')).toBe('true')
    expect(await description(page.getByLabel('Label (optional)'))).toContain('invisible characters')
    expect(await page.getByLabel('Results link', { exact: true }).inputValue()).not.toContain('%E2%80%AE')
    await context.close()
  })

  it('says when margin figures cannot be saved, and reloading shows what was saved', async () => {
    // A browser of its own: Chromium shares the storage quota between a browser's contexts.
    const own = await launchBrowser()
    const { page } = await openPage(own)
    await page.goto(`${baseUrl()}#/margins`)
    await marginField(page, 'unitPrice').fill('2000')
    await fillStorage(page)
    // What is typed is saved as typed: a long entry makes the saved figures grow, and the browser refuses.
    await marginField(page, 'unitPrice').fill(`2999.${'9'.repeat(200)}`)
    const notice = page.getByRole('alert').filter({ hasText: 'your margin figures are not being saved' })
    await notice.waitFor()
    expect(await notice.innerText()).toContain('not being saved')
    // The notice stays: no dismiss button while nothing is saved.
    expect(await notice.getByRole('button', { name: 'Dismiss' }).count()).toBe(0)
    await page.reload()
    // What reloads is what was saved, the last figure the person was told was saved.
    expect(await marginField(page, 'unitPrice').inputValue()).toBe('2000')
    await own.close()
  })

  it('never says “Saved on this device” while an unreadable draft blocks every save, and says so on every page', async () => {
    const { context, page, watch } = await openPage(browser())
    await openStart(page)
    await page.evaluate((key) => localStorage.setItem(key, '{broken'), DRAFT_KEY)
    // Storage full: the unreadable draft cannot even be copied aside.
    await refuseSaves(page)
    await page.reload()
    await page.goto(`${baseUrl()}#/assessment/culture`)
    const notice = page.getByRole('alert').filter({ hasText: 'Your saved answers could not be read' })
    await notice.waitFor()
    expect(await notice.getAttribute('data-subject')).toBe('answers')
    expect(await notice.getAttribute('data-kind')).toBe('unreadable')
    // Nothing can be saved until the person discards the unreadable draft: the notice cannot be put away.
    expect(await notice.getByRole('button', { name: 'Dismiss' }).count()).toBe(0)
    await answerStep(page, () => '3')
    await page.getByRole('button', { name: /Culture/ }).first().click()
    await choice(page, 'culture-margin', 3).waitFor()
    expect(await page.getByRole('main').innerText()).not.toContain('Saved on this device')
    expect(await notice.count()).toBe(1)
    // Every page says the browser is not saving, with a copy to download, and it cannot be dismissed.
    for (const route of ['#/margins', '#/', '#/compare', '#/assessment/culture']) {
      await page.goto(`${baseUrl()}${route}`)
      const unsaved = page.getByRole('alert').filter({ hasText: 'Your browser is not saving your work' })
      await expectTestId(unsaved, 'app-unsaved')
      expect(await unsaved.innerText()).toContain('not saving')
      expect(await unsaved.getByRole('button', { name: 'Dismiss' }).count()).toBe(0)
    }
    const download = page.waitForEvent('download')
    await page.getByRole('alert').filter({ hasText: 'Your browser is not saving your work' }).getByRole('button', { name: 'Download a copy' }).click()
    const file = JSON.parse(await readFile((await (await download).path())!, 'utf8'))
    expect(file.app).toBe('more-than-a-chip')
    expect(file.draft.answers['culture-margin']).toBe(3)
    expect(watch.errors).toEqual([])
    await context.close()
  })

  it('says “Saved on this device” only once a save succeeded', async () => {
    const { context, page } = await openPage(browser())
    await refuseSaves(page)
    await page.goto(`${baseUrl()}#/assessment/culture`)
    await choice(page, 'culture-margin', 4).check()
    const notice = page.getByRole('alert').filter({ hasText: 'your answers are not being saved' })
    expect(await notice.getAttribute('data-kind')).toBe('not-saved')
    expect(await page.getByRole('main').innerText()).not.toContain('Saved on this device')
    await page.getByRole('alert').filter({ hasText: 'Your browser is not saving your work' }).waitFor()
    await context.close()
  })

  it('every copy a notice about saving offers opens again under “Your data”, or says what it is', async () => {
    // The figures and answers on screen, downloaded while the browser refuses to save them.
    const refused = await openPage(browser())
    await refuseSaves(refused.page)
    await refused.page.goto(`${baseUrl()}#/margins`)
    await marginField(refused.page, 'unitPrice').fill('2345')
    const figuresNotice = refused.page.getByRole('alert').filter({ hasText: 'your margin figures are not being saved' })
    let download = refused.page.waitForEvent('download')
    await figuresNotice.getByRole('button', { name: 'Download a copy of my figures' }).click()
    const figuresCopy = (await (await download).path())!
    await refused.page.goto(`${baseUrl()}#/assessment/culture`)
    await choice(refused.page, 'culture-margin', 4).check()
    const answersNotice = refused.page.getByRole('alert').filter({ hasText: 'your answers are not being saved' })
    download = refused.page.waitForEvent('download')
    await answersNotice.getByRole('button', { name: 'Download a copy of my answers' }).click()
    const answersCopy = (await (await download).path())!

    // Another browser that saves opens each, after saying what it holds, and keeps the rest.
    const { context, page } = await openPage(browser())
    await page.goto(`${baseUrl()}#/assessment/culture`)
    await choice(page, 'culture-anytime', 2).check()
    await page.goto(`${baseUrl()}#/results`)
    await page.getByLabel('Open a file downloaded from this tool').setInputFiles({ name: 'more-than-a-chip-figures-copy.json', mimeType: 'application/json', buffer: await readFile(figuresCopy) })
    const summary = page.getByRole('region', { name: 'What the file holds' })
    await summary.waitFor()
    expect(await summary.innerText()).toContain('margin figures alone')
    await page.getByRole('button', { name: 'Replace mine with this file' }).click()
    await page.getByLabel('Open a file downloaded from this tool').setInputFiles({ name: 'more-than-a-chip-answers-copy.json', mimeType: 'application/json', buffer: await readFile(answersCopy) })
    await summary.waitFor()
    expect(await summary.innerText()).toContain('answers to 1 of 25 questions')
    await page.getByRole('button', { name: 'Replace mine with this file' }).click()
    expect(await storedAnswers(page)).toEqual({ 'culture-margin': 4 })
    await page.goto(`${baseUrl()}#/margins`)
    expect(await marginField(page, 'unitPrice').inputValue()).toBe('2345')

    // A copy of data that could not be read says what it is for, and the import says so too.
    await page.evaluate((key) => localStorage.setItem(key, '{"format":2,"fields":'), MARGINS_KEY)
    await page.reload()
    const setAside = page.getByRole('alert').filter({ hasText: 'Your saved margin figures could not be read' })
    await setAside.waitFor()
    expect(await setAside.innerText()).toContain('keep it as a record')
    download = page.waitForEvent('download')
    await setAside.getByRole('button', { name: 'Download a copy of it' }).click()
    const setAsideCopy = await download
    await page.goto(`${baseUrl()}#/results`)
    await page
      .getByLabel('Open a file downloaded from this tool')
      .setInputFiles({ name: setAsideCopy.suggestedFilename(), mimeType: 'application/json', buffer: await readFile((await setAsideCopy.path())!) })
    const error = page.getByRole('alert').filter({ hasText: 'Nothing was changed' })
    await error.waitFor()
    expect(await error.innerText()).toContain('could not read')
    expect(await error.innerText()).not.toContain('not downloaded from More than a Chip')
    await refused.context.close()
    await context.close()
  })

  it('applies an imported file whole or not at all: storage too full for its snapshots changes nothing, and says so', async () => {
    const { context, page, watch } = await openPage(browser())
    // This browser refuses any large value, as a full storage would: the file's snapshots.
    await context.addInitScript(() => {
      const setItem = Storage.prototype.setItem
      Storage.prototype.setItem = function (key: string, value: string) {
        if (value.length > 10_000) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        setItem.call(this, key, value)
      }
    })
    await page.goto(`${baseUrl()}#/assessment/culture`)
    await answerStep(page, () => '2')
    await page.goto(`${baseUrl()}#/margins`)
    await marginField(page, 'unitPrice').fill('1999')
    await page.goto(`${baseUrl()}#/results`)
    await page.getByRole('button', { name: 'Keep a snapshot of this result' }).click()
    const before = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)))
    const snapshots = Array.from({ length: 100 }, (_, i) => ({
      id: `file-${i}`,
      savedAt: new Date(Date.UTC(2025, 0, 1, i)).toISOString(),
      state: { questionSetVersion: 3, answers: { 'culture-margin': (i % 5) + 1, 'culture-anytime': 5, 'culture-durable': 5 } },
    }))
    const fields = JSON.parse(before['more-than-a-chip:margins']!).fields
    const file = JSON.stringify({
      app: 'more-than-a-chip',
      format: 1,
      exportedAt: '2026-11-26T10:00:00.000Z',
      draft: { questionSetVersion: 3, answers: { 'culture-margin': 5 } },
      margins: { fields: { ...fields, unitPrice: '777' }, currency: 'CHF', included: true },
      snapshots,
    })
    await page.getByLabel('Open a file downloaded from this tool').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(file) })
    await page.getByRole('button', { name: 'Replace mine with this file' }).click()
    await page.getByRole('alert').filter({ hasText: 'none of it was applied' }).waitFor()
    expect(await page.getByTestId('snapshot').count()).toBe(1)
    expect(await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)))).toEqual(before)
    // A reload shows what was there before, not the file's answers with the old snapshots.
    await page.reload()
    await page.getByTestId('overall-score').waitFor()
    expect(await page.getByTestId('snapshot').count()).toBe(1)
    expect(await storedAnswers(page)).not.toHaveProperty('culture-margin', 5)
    await page.goto(`${baseUrl()}#/margins`)
    expect(await marginField(page, 'unitPrice').inputValue()).toBe('1999')
    expect(watch.errors).toEqual([])
    await context.close()
  })

  it('says when an imported file was applied', async () => {
    const { context, page } = await openPage(browser())
    await page.goto(`${baseUrl()}#/results`)
    const file = JSON.stringify({ app: 'more-than-a-chip', format: 1, exportedAt: '2026-11-26T10:00:00.000Z', draft: { questionSetVersion: 3, answers: { 'culture-margin': 5 } }, snapshots: [] })
    await page.getByLabel('Open a file downloaded from this tool').setInputFiles({ name: 'small.json', mimeType: 'application/json', buffer: Buffer.from(file) })
    await page.getByRole('button', { name: 'Replace mine with this file' }).click()
    const done = page.getByRole('status').filter({ hasText: 'The file was applied whole' })
    await expectTestId(done, 'import-done')
    expect(await done.innerText()).toContain('applied whole')
    expect(await storedAnswers(page)).toEqual({ 'culture-margin': 5 })
    await context.close()
  })
})
