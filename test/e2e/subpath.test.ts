import { afterAll, beforeAll, expect, it } from 'vitest'
import { preview, type PreviewServer } from 'vite'
import { answerStep, describeInChromium, openPage, sharedBrowser, text } from './browser'

// The built dist/ must work from any static host and any sub-path, and so must its results links.
describeInChromium('the built app under a sub-path', () => {
  const browser = sharedBrowser()
  let server: PreviewServer
  let base: string
  beforeAll(async () => {
    server = await preview({ logLevel: 'warn', base: '/team/tools/readiness/', preview: { host: '127.0.0.1', port: 0 } })
    base = server.resolvedUrls!.local[0]!
  })
  afterAll(async () => {
    await server?.close()
  })

  it('runs the assessment, resumes at the open step, and makes links that work there', async () => {
    expect(base).toMatch(/\/team\/tools\/readiness\/$/)
    const origin = new URL(base).origin
    const { context, page, watch } = await openPage(browser(), { origin })
    await page.goto(`${base}#/assessment`)
    await page.waitForURL(/#\/assessment\/culture$/)
    await answerStep(page, () => '4')
    // Opening the assessment again continues at the first step with open questions.
    await page.goto(`${base}#/`)
    await page.getByRole('link', { name: 'Resume my assessment' }).click()
    await page.waitForURL(/#\/assessment\/methods$/)
    for (let step = 0; step < 4; step++) {
      await answerStep(page, () => '2')
      await page.getByRole('button', { name: step < 3 ? 'Next' : 'See my results' }).click()
    }
    await page.getByTestId('overall-score').waitFor()
    const overall = await text(page, 'overall-score')
    const link = await page.getByLabel('Results link', { exact: true }).inputValue()
    expect(link.startsWith(`${base}#/r/`)).toBe(true)

    const viewer = await openPage(browser(), { origin })
    await viewer.page.goto(link)
    await viewer.page.getByTestId('overall-score').waitFor()
    expect(await text(viewer.page, 'overall-score')).toBe(overall)
    expect(watch.errors).toEqual([])
    expect(watch.foreignRequests).toEqual([])
    expect(viewer.watch.errors).toEqual([])
    await viewer.context.close()
    await context.close()
  })
})
