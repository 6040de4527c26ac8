import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { serve } from '../../scripts/lib/serve.mjs'
import { axeViolations, choice, describeInChromium, expectTestId, openPage, questions, sharedBrowser, waitForServiceWorker } from './browser'

// A new version deployed while the app is open: each tab says so and reloads into it only on a
// click, keeping the saved answers, and says what a reload would lose.

describeInChromium('a new version of the app', () => {
  const browser = sharedBrowser()

  /** A copy of the build on a server of its own, so that a new version can be deployed into it. */
  async function deployable<T>(test: (app: { url: string; origin: string; deploy: () => Promise<void> }) => Promise<T>) {
    const root = await mkdtemp(join(tmpdir(), 'mtac-update-'))
    await cp(fileURLToPath(new URL('../../dist', import.meta.url)), root, { recursive: true })
    const server = await serve({ root })
    // A new version: a changed page, and the service worker that precaches it.
    const deploy = async () => {
      const html = await readFile(join(root, 'index.html'), 'utf8')
      await writeFile(join(root, 'index.html'), html.replace('<head>', '<head>\n    <meta name="deployed" content="2">'))
      const worker = await readFile(join(root, 'sw.js'), 'utf8')
      const changed = worker.replace(/(url:"index\.html",revision:")[0-9a-f]+/, '$1deployed-2')
      expect(changed).not.toBe(worker)
      await writeFile(join(root, 'sw.js'), changed)
    }
    try {
      return await test({ url: server.url, origin: server.origin, deploy })
    } finally {
      await server.close()
      await rm(root, { recursive: true, force: true })
    }
  }

  /** The browser looks for a new version, as it does on its own from time to time. */
  const lookForUpdate = (page: Page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
  const markPage = (page: Page) => page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true))
  const isMarked = (page: Page) => page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere === true)
  const deployed = (page: Page) => page.locator('meta[name="deployed"]').count()
  /** The notice that a new version is ready: a status, or an alert while the browser saves nothing. */
  const updateNotice = (page: Page, role: 'status' | 'alert' = 'status') =>
    page.getByRole(role).filter({ hasText: 'A new version of More than a Chip is ready' })
  const updatedElsewhere = (page: Page) => page.getByRole('alert').filter({ hasText: 'was updated in another tab' })

  // The visit that installed the worker is not controlled by it when it loads; a later one is.
  it.each([['the visit that installed the app', false], ['a later visit', true]])(
    'on %s, says when a new version is deployed, and updates on the click only, keeping the answers',
    async (_visit, later) => {
      await deployable(async (app) => {
        const { context, page, watch } = await openPage(browser(), { origin: app.origin })
        try {
          await page.goto(`${app.url}#/assessment`)
          await choice(page, 'culture-margin', 1).check()
          await waitForServiceWorker(context)
          // The first worker takes charge of the visit that installed it: that is no new version.
          await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
          expect(await updatedElsewhere(page).count()).toBe(0)
          if (later) await page.reload()
          await questions(page).first().waitFor()
          await markPage(page)

          await app.deploy()
          await lookForUpdate(page)
          // The page says so, and waits.
          const notice = updateNotice(page)
          await expectTestId(notice, 'app-update')
          expect(await isMarked(page)).toBe(true)
          expect(await deployed(page)).toBe(0)
          expect(await axeViolations(page)).toEqual([])

          if (later) {
            // "Later" puts the notice away; the new version waits, and is offered again on the next load.
            await notice.getByRole('button', { name: 'Later' }).click()
            expect(await notice.count()).toBe(0)
            await page.reload()
            await notice.waitFor()
            expect(await deployed(page)).toBe(0)
          }

          // On the click, the new version loads, with the answer given before.
          await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Update now' }).click()])
          await page.locator('meta[name="deployed"]').waitFor({ state: 'attached' })
          await questions(page).first().waitFor()
          expect(await choice(page, 'culture-margin', 1).isChecked()).toBe(true)
          expect(await notice.count()).toBe(0)
          expect(watch.errors).toEqual([])
        } finally {
          await context.close()
        }
      })
    },
  )

  it('while the browser refuses to save, the update notice promises nothing and offers a copy first', async () => {
    await deployable(async (app) => {
      const { context, page, watch } = await openPage(browser(), { origin: app.origin })
      try {
        await page.goto(`${app.url}#/assessment`)
        await waitForServiceWorker(context)
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
        // From now on every save is refused, as a full storage does.
        await page.evaluate(() => {
          Storage.prototype.setItem = () => {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
          }
        })
        await choice(page, 'culture-margin', 1).check()
        await page.getByRole('alert').filter({ hasText: 'Your browser is not saving your work' }).waitFor()

        await app.deploy()
        await lookForUpdate(page)
        const notice = updateNotice(page, 'alert')
        await notice.waitFor()
        const words = await notice.innerText()
        expect(words).not.toContain('stay')
        expect(words).toContain('not saving')
        expect(words).toContain('a label you are typing in the share panel')
        // The copy comes first, and it is the file the app imports.
        const buttons = await notice.getByRole('button').allInnerTexts()
        expect(buttons[0]).toBe('Download a copy')
        const download = page.waitForEvent('download')
        await notice.getByRole('button', { name: 'Download a copy' }).click()
        const file = JSON.parse(await readFile((await (await download).path())!, 'utf8'))
        expect(file.app).toBe('more-than-a-chip')
        expect(Object.keys(file.draft.answers)).toHaveLength(1)
        expect(await axeViolations(page)).toEqual([])
        expect(watch.errors).toEqual([])
      } finally {
        await context.close()
      }
    })
  })

  it('never reloads a tab on an update made in another: it asks, and the links pasted there stay until then', async () => {
    await deployable(async (app) => {
      const { context, page: first, watch } = await openPage(browser(), { origin: app.origin })
      try {
        await first.goto(`${app.url}#/assessment`)
        await waitForServiceWorker(context)
        const second = await context.newPage()
        await second.goto(`${app.url}#/compare`)
        const pasted = `${app.url}#/r/BHkqcWHUnMVsSrQg`
        await second.getByLabel('Results links, one per line').fill(pasted)
        await markPage(second)

        await app.deploy()
        await lookForUpdate(first)
        await updateNotice(first).waitFor()
        await updateNotice(second).waitFor()

        await Promise.all([first.waitForEvent('load'), updateNotice(first).getByRole('button', { name: 'Update now' }).click()])
        await first.locator('meta[name="deployed"]').waitFor({ state: 'attached' })

        // The other tab still runs the old version, with its pasted links, and asks for a reload
        // instead of offering the update it no longer can.
        const elsewhere = updatedElsewhere(second)
        await expectTestId(elsewhere, 'app-updated-elsewhere')
        expect(await updateNotice(second).count()).toBe(0)
        expect(await isMarked(second)).toBe(true)
        expect(await second.getByLabel('Results links, one per line').inputValue()).toBe(pasted)
        await Promise.all([second.waitForEvent('load'), elsewhere.getByRole('button', { name: 'Reload now' }).click()])
        await second.locator('meta[name="deployed"]').waitFor({ state: 'attached' })
        expect(watch.errors).toEqual([])
      } finally {
        await context.close()
      }
    })
  })
})
