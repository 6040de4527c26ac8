import { beforeAll, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { encodeResultLink } from '@/domain/resultLink'
import { baseUrl, completeAssessment, describeInChromium, expectTestId, marginField, openPage, sharedBrowser, text } from './browser'

const SCORE_IDS = [
  'overall-score',
  'overall-level',
  'dimension-score-culture',
  'dimension-score-methods',
  'dimension-score-transformation',
  'dimension-score-decision',
  'dimension-score-integration',
  'side-score-product',
  'side-score-service',
]

async function scores(page: Page) {
  await page.getByTestId('overall-score').waitFor()
  return Object.fromEntries(await Promise.all(SCORE_IDS.map(async (id) => [id, await text(page, id)])))
}

const pick = (n: number) => (n % 6 === 0 ? 'na' : String(((n * 2) % 5) + 1))

describeInChromium('results links in a real browser', () => {
  const browser = sharedBrowser()
  let link: string
  let mine: Record<string, string>

  beforeAll(async () => {
    const { context, page } = await openPage(browser())
    await completeAssessment(page, pick)
    mine = await scores(page)
    link = await page.getByLabel('Results link', { exact: true }).inputValue()
    await context.close()
  })

  it('carries the result in the fragment only, in at most 16 characters', () => {
    const url = new URL(link)
    expect(url.search).toBe('')
    expect(url.hash).toMatch(/^#\/r\/[A-Za-z0-9_-]{1,16}$/)
  })

  it('shows exactly the same numbers in a fresh browser, marked as someone else’s', async () => {
    const { context, page, watch } = await openPage(browser())
    await page.goto(link)
    expect(await scores(page)).toEqual(mine)
    expect(await page.getByRole('main').innerText()).toContain('someone else’s results')
    expect(await text(page, 'shared-version')).toContain('3')
    const startOwn = page.getByRole('link', { name: 'Start my own assessment' })
    expect(await startOwn.isVisible()).toBe(true)
    await expectTestId(startOwn, 'start-own')
    // A viewer without answers of their own is not offered a comparison, and nothing was saved for them.
    expect(await page.getByRole('button', { name: 'Compare with mine' }).count()).toBe(0)
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([])
    expect(watch.foreignRequests).toEqual([])
    expect(watch.errors).toEqual([])
    await context.close()
  })

  it('carries a label and, when chosen, the margin figures', async () => {
    const { context, page } = await openPage(browser())
    await page.goto(`${baseUrl()}#/margins`)
    await marginField(page, 'subscribers').fill('7000')
    await completeAssessment(page, pick)
    await page.getByLabel('Label (optional)').fill('Service team, Q3 — Zürich')
    const linkField = page.getByLabel('Results link', { exact: true })
    await expectTestId(linkField, 'share-link')
    const withoutMargins = await linkField.inputValue()
    await page.getByLabel(/Include my margin figures/).check()
    const withMargins = await linkField.inputValue()
    expect(withMargins.length).toBeGreaterThan(withoutMargins.length)
    // 25 answers and all thirteen figures (the product’s life included) take 49 characters; this label adds 39.
    expect(withMargins.split('#/r/')[1]!.length).toBeLessThanOrEqual(90)
    const breakEven = await text(page, 'margin-break-even')

    const viewer = await openPage(browser())
    await viewer.page.goto(withMargins)
    expect(await scores(viewer.page)).toEqual(mine)
    expect(await text(viewer.page, 'shared-label')).toContain('Service team, Q3 — Zürich')
    expect(await text(viewer.page, 'margin-break-even')).toBe(breakEven)
    await viewer.page.goto(withoutMargins)
    await viewer.page.getByTestId('shared-label').waitFor()
    expect(await viewer.page.getByTestId('margin-break-even').count()).toBe(0)
    await viewer.context.close()
    await context.close()
  })

  it('compares with the viewer’s own answers without changing them', async () => {
    const { context, page } = await openPage(browser())
    await completeAssessment(page, () => '4')
    const draft = await page.evaluate(() => localStorage.getItem('more-than-a-chip:draft'))
    await page.goto(link)
    const compareWithMine = page.getByRole('button', { name: 'Compare with mine' })
    await expectTestId(compareWithMine, 'compare-with-mine')
    await compareWithMine.click()
    const compare = page.getByRole('region', { name: 'Their results and yours' })
    await expectTestId(compare, 'compare')
    const overallRow = await compare.getByRole('row', { name: /^Overall readiness/ }).innerText()
    expect(overallRow).toContain(mine['overall-score'])
    expect(overallRow).toContain('75')
    expect(await page.evaluate(() => localStorage.getItem('more-than-a-chip:draft'))).toBe(draft)
    await context.close()
  })

  it('explains a damaged link in an alert and leaves the viewer’s own answers alone', async () => {
    const { context, page, watch } = await openPage(browser())
    await completeAssessment(page, () => '2')
    const draft = await page.evaluate(() => localStorage.getItem('more-than-a-chip:draft'))
    const payload = link.split('#/r/')[1]!
    const swap = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1)
    const damaged = [
      payload.slice(0, -3),
      swap(payload, 7),
      `_${payload.slice(1)}`,
      'hello-world',
      'x'.repeat(10_000),
      `${payload}%%`,
      '',
    ]
    for (const bad of damaged) {
      await page.goto(`${baseUrl()}#/r/${bad}`)
      const alert = page.getByRole('alert')
      await expectTestId(alert, 'link-error')
      expect((await alert.innerText()).length).toBeGreaterThan(20)
      expect(await page.getByTestId('overall-score').count()).toBe(0)
      // The rest of the app keeps working.
      await page.getByRole('link', { name: 'See my results' }).click()
      await page.getByTestId('overall-score').waitFor()
      expect(await text(page, 'overall-score')).toBe('25')
    }
    expect(await page.evaluate(() => localStorage.getItem('more-than-a-chip:draft'))).toBe(draft)
    expect(watch.errors).toEqual([])
    await context.close()
  })

  it('puts several people’s links side by side for a workshop', async () => {
    const { context, page, watch } = await openPage(browser())
    await completeAssessment(page, () => '5')
    await page.getByLabel('Label (optional)').fill('Facilitator')
    const second = await page.getByLabel('Results link', { exact: true }).inputValue()
    await page.goto(`${baseUrl()}#/compare`)
    await page.getByLabel('Results links, one per line').fill([link, '', second, 'not a link at all', link.slice(0, -4)].join('\n'))
    const table = page.getByRole('table', { name: 'Scores side by side (0–100)' })
    await table.waitFor()
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(['Score', 'Link 1', 'Facilitator'])
    const overall = await table.getByRole('row', { name: /^Overall readiness/ }).getByRole('cell').allInnerTexts()
    expect(overall).toEqual([mine['overall-score'], '100'])
    // The range is the team's, in the team table: of the exact scores, then rounded.
    expect(Number(await page.getByTestId('team-range-overall').innerText())).toBeCloseTo(100 - Number(mine['overall-score']), -0.5)
    const lines = await page.getByTestId('compare-lines').innerText()
    expect(lines).toContain('Line 4:')
    expect(lines).toContain('Line 5: The link is incomplete')
    await page.getByLabel('Include my own results').check()
    expect(await table.getByRole('columnheader').count()).toBe(4)
    expect(watch.errors).toEqual([])
    await context.close()
  })

  it('wraps a long label without spaces rather than widening the page', async () => {
    const label = 'W'.repeat(60)
    const labelled = `${baseUrl()}#/r/${encodeResultLink({ questionSetVersion: 3, answers: { 'culture-anytime': 4 }, label })}`
    const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth)
    for (const width of [390, 1200]) {
      const { context, page } = await openPage(browser(), { viewport: { width, height: 800 } })
      await page.goto(labelled)
      await page.getByTestId('shared-label').waitFor()
      expect(await page.getByTestId('shared-label').innerText()).toContain(label.slice(0, 20))
      expect(await pageWidth(page)).toBeLessThanOrEqual(width)
      await page.goto(`${baseUrl()}#/compare`)
      await page.getByLabel('Results links, one per line').fill([labelled, link].join('\n'))
      await page.getByRole('table', { name: 'Scores side by side (0–100)' }).waitFor()
      expect(await pageWidth(page)).toBeLessThanOrEqual(width)
      await context.close()
    }
  })

  it('prints a report with the answers, without the controls', async () => {
    const { context, page } = await openPage(browser())
    await completeAssessment(page, pick)
    const share = page.getByRole('region', { name: 'Share these results' })
    const nav = page.getByRole('navigation', { name: 'Main' })
    expect(await share.isVisible()).toBe(true)
    expect(await nav.isVisible()).toBe(true)
    await page.emulateMedia({ media: 'print' })
    expect(await share.isVisible()).toBe(false)
    expect(await nav.isVisible()).toBe(false)
    expect(await page.getByRole('heading', { name: 'The answers' }).isVisible()).toBe(true)
    expect(await page.getByRole('heading', { name: 'Where to start' }).isVisible()).toBe(true)
    // How the scores are computed stays on the page; paper is for the result.
    expect(await page.getByRole('heading', { name: 'How these scores are computed' }).isVisible()).toBe(false)
    expect(await page.getByRole('combobox', { name: 'Language / Sprache' }).isVisible()).toBe(false)
    await context.close()
  })

  it('prints a full assessment with margins on one to four A4 pages, in English and in German', async () => {
    const { context, page } = await openPage(browser())
    // Every question answered, most below level 5: the longest report there is.
    await completeAssessment(page, (n) => String((n % 4) + 1))
    await page.goto(`${baseUrl()}#/margins`)
    await marginField(page, 'subscribers').fill('2000')
    await page.goto(`${baseUrl()}#/results`)
    await page.getByTestId('margin-break-even').waitFor()
    const pages = async () => {
      const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1')
      return pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0
    }
    const english = await pages()
    expect(english).toBeGreaterThanOrEqual(1)
    expect(english).toBeLessThanOrEqual(4)
    await page.getByRole('combobox', { name: 'Language / Sprache' }).selectOption('de')
    await page.getByRole('heading', { name: 'Ihre Ergebnisse' }).waitFor()
    expect(await page.getByText(/^Gedruckt am .+ Antworten zu Fragenkatalog 3\.$/).count()).toBe(1)
    const german = await pages()
    expect(german).toBeGreaterThanOrEqual(1)
    expect(german).toBeLessThanOrEqual(4)
    await context.close()
  })

  it('prints every table whole on an A4 page, none cut at the edge of its scrolling box', async () => {
    // An A4 page's width less 1.5 cm margins, at 96 dpi.
    const { context, page } = await openPage(browser(), { viewport: { width: 718, height: 1000 } })
    await completeAssessment(page, pick)
    await page.emulateMedia({ media: 'print' })
    const table = page.getByRole('table', { name: 'Scores by dimension (0–100)' })
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(['Dimension', 'Score', 'Level', 'Answered'])
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll('table')]
        .filter((t) => t.getBoundingClientRect().right > document.documentElement.clientWidth || t.parentElement!.scrollWidth > t.parentElement!.clientWidth)
        .map((t) => t.caption?.textContent),
    )
    expect(cut).toEqual([])
    await context.close()
  })
})
