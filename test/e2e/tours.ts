import { expect } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { CURRENT_QUESTION_SET } from '@/domain/questionSets'
import { baseUrl, choice, completeAssessment, marginField, openPage, openStart, questions, text } from './browser'

/** Where a tour stops for a check; `where` names the state, for the failure message. */
export type Stop = (where: string) => Promise<void>

/** A walk from a fresh page through some routes and states; `link` is a results link. */
export type Tour = (page: Page, stop: Stop, link: string) => Promise<void>

/** A results link of a whole assessment, made in a context of its own. */
export async function ownResultsLink(browser: Browser): Promise<string> {
  const { context, page } = await openPage(browser)
  await completeAssessment(page, (n) => String((n % 5) + 1))
  const link = await page.getByLabel('Results link', { exact: true }).inputValue()
  await context.close()
  return link
}

/**
 * Every route and state a person can reach, as walks. The accessibility and the privacy tests take
 * the same walks and check each stop in their own way.
 */
export const TOURS: [string, Tour][] = [
  [
    'the landing page',
    async (page, stop) => {
      await page.goto(baseUrl())
      await page.getByRole('link', { name: 'Start the assessment' }).waitFor()
      await stop('landing')
    },
  ],
  [
    'each assessment step, answered or not, and the results',
    async (page, stop) => {
      await page.goto(`${baseUrl()}#/assessment`)
      for (let step = 0; step < 5; step++) {
        await questions(page).first().waitFor()
        await stop(`step ${step + 1}`)
        await choice(page, CURRENT_QUESTION_SET.dimensions[step]!.questions[0]!.id, 3).check()
        await page.getByText('Why we ask').first().click()
        await stop(`step ${step + 1}, answered`)
        await page.getByRole('button', { name: step < 4 ? 'Next' : 'See my results' }).click()
      }
      await page.getByTestId('overall-score').waitFor()
      await page.locator('[data-drawn="true"]').first().waitFor()
      await stop('results')
      // Without margin figures there are none to share: the box is off, and the share panel says why.
      expect(await page.getByLabel(/Include my margin figures/).isDisabled()).toBe(true)
      expect(await text(page, 'share-margins-unavailable')).toBe('Fill in the margin calculator to be able to include margin figures.')
    },
  ],
  [
    'the margins page, with a validation error shown',
    async (page, stop) => {
      await page.goto(`${baseUrl()}#/margins`)
      await marginField(page, 'unitPrice').fill('-12')
      await page.getByTestId('margin-unitPrice-message').waitFor()
      await page.locator('details').first().evaluate((d) => ((d as HTMLDetailsElement).open = true))
      await stop('margins with an error')
    },
  ],
  [
    'a shared link, the comparison and a damaged link',
    async (page, stop, link) => {
      await page.goto(link)
      await page.getByTestId('overall-score').waitFor()
      await stop('shared')
      await completeAssessment(page, () => '2')
      await page.goto(link)
      await page.getByRole('button', { name: 'Compare with mine' }).click()
      await page.getByRole('table', { name: 'Their results and yours' }).waitFor()
      await stop('compare')
      await page.goto(`${baseUrl()}#/compare`)
      await page.getByLabel('Results links, one per line').fill(`${link}\n${link.slice(0, -2)}`)
      await page.getByRole('table', { name: 'Scores side by side (0–100)' }).waitFor()
      await page.locator('[data-drawn="true"]').first().waitFor()
      await stop('compare links')
      await page.goto(`${baseUrl()}#/r/${link.split('#/r/')[1]!.slice(0, 9)}`)
      await page.getByRole('alert').waitFor()
      await stop('damaged')
      await page.goto(`${baseUrl()}#/no-such-page`)
      await page.getByRole('heading', { name: 'Page not found' }).waitFor()
      await stop('not found')
    },
  ],
  [
    'the notices about saved work and a new question set',
    async (page, stop) => {
      await openStart(page)
      await page.evaluate(() => {
        localStorage.setItem(
          'more-than-a-chip:draft',
          JSON.stringify({ format: 1, savedAt: 'x', state: { questionSetVersion: 1, answers: { 'methods-supply': 3, 'made-up': 2 } } }),
        )
        localStorage.setItem('more-than-a-chip:margins', '{"format":2,')
      })
      await page.goto(`${baseUrl()}#/results`)
      await page.getByRole('status').filter({ hasText: 'A new question set is available: question set 3' }).waitFor()
      await page.getByRole('alert').filter({ hasText: 'Your saved margin figures could not be read' }).waitFor()
      expect(await page.getByTestId('storage-notice').count()).toBe(2)
      await stop('results with notices')
      await page.getByRole('button', { name: 'Move my answers to question set 3' }).click()
      await stop('question set move asked')
      await page.goto(`${baseUrl()}#/margins`)
      await page.locator('canvas[data-testid="lifetime-chart"][data-drawn="true"]').waitFor()
      await stop('margins with a notice and the years ahead')
    },
  ],
]
