import { expect, it } from 'vitest'
import { allQuestions } from '@/domain/questionSet'
import { QUESTION_SET_V2 } from '@/domain/questions.v2'
import { QUESTION_SET_V3 } from '@/domain/questions.v3'
import { encodeResultLink } from '@/domain/resultLink'
import { wordsOf } from '@/i18n/results'
import { answersFrom } from '../domain/answers'
import { baseUrl, describeInChromium, expectTestId, openPage, openStart, questions, sharedBrowser, text } from './browser'

// The current question set's questions, in questionnaire order.
const QUESTIONS = allQuestions(QUESTION_SET_V3)

describeInChromium('the question sets in a real browser', () => {
  const browser = sharedBrowser()

  it('tags every question with its id and side', async () => {
    const { context, page } = await openPage(browser())
    await page.goto(`${baseUrl()}#/assessment/culture`)
    await questions(page).first().waitFor()
    const tags = await questions(page)
      .evaluateAll((fieldsets) => fieldsets.map((f) => [f.getAttribute('data-question'), f.getAttribute('data-side')]))
    expect(tags).toEqual(QUESTION_SET_V3.dimensions[0]!.questions.map((q) => [q.id, q.side]))
    await context.close()
  })

  it('opens a set-1 link with the figures it showed when it was sent', async () => {
    const { context, page, watch } = await openPage(browser())
    // A frozen link of question set 1 with the example margins (see test/domain/frozenLinks.test.ts).
    await page.goto(`${baseUrl()}#/r/Bi3puXt-OqjWNqR5UfNxIgwyJ8yJMHDoFIOCq`)
    await page.getByTestId('overall-score').waitFor()
    expect(await text(page, 'overall-score')).toBe('20')
    expect(await text(page, 'dimension-score-culture')).toBe('30')
    expect(await text(page, 'side-score-product')).toBe('19')
    expect(await text(page, 'side-score-service')).toBe('20')
    expect(await text(page, 'shared-version')).toContain('1')
    expect(watch.errors).toEqual([])
    await context.close()
  })

  it('keeps a set-1 draft scored by set 1 until the person chooses to move, then carries over what kept its meaning', async () => {
    const { context, page, watch } = await openPage(browser())
    await openStart(page)
    const draft = {
      format: 1,
      savedAt: '2026-03-01T10:00:00.000Z',
      // culture-judged and culture-solid are set-1 questions; culture-anytime was reworded; methods-supply is unchanged.
      state: { questionSetVersion: 1, answers: { 'culture-judged': 1, 'culture-solid': 5, 'culture-anytime': 2, 'methods-supply': 4 } },
    }
    await page.evaluate((text) => localStorage.setItem('more-than-a-chip:draft', text), JSON.stringify(draft))
    await page.goto(`${baseUrl()}#/results`)
    const notice = page.getByRole('status').filter({ hasText: 'A new question set is available: question set 3' })
    await expectTestId(notice, 'edition-notice')
    // Set 1's rules: culture 1, 5, 2 → 8 ÷ 3 → 41.7
    expect(await text(page, 'dimension-score-culture')).toBe('42')
    const keep = page.getByRole('link', { name: 'Keep your result from question set 1 as a link' })
    await expectTestId(keep, 'edition-keep-link')
    expect(await keep.getAttribute('href')).toMatch(/#\/r\/F[A-Za-z0-9_-]{15}$/)
    // Nothing was changed by looking.
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('more-than-a-chip:draft')))!)).toEqual(draft)

    const move = notice.getByRole('button', { name: 'Move my answers to question set 3' })
    expect(await notice.getByTestId('edition-move').getByRole('button').innerText()).toBe('Move my answers to question set 3')
    await move.click()
    expect(await notice.innerText()).toContain('1 of your 4 answers carries over to question set 3')
    await page.getByRole('button', { name: 'Yes, move my answers' }).click()
    await expect(notice.count()).resolves.toBe(0)
    // Set 3: nothing answered in culture any more; methods-supply 4 → 75
    expect(await text(page, 'dimension-score-culture')).toBe('not assessed')
    expect(await text(page, 'dimension-score-methods')).toBe('75')
    const stored = await page.evaluate(() => ({
      draft: JSON.parse(localStorage.getItem('more-than-a-chip:draft')!),
      before: JSON.parse(localStorage.getItem('more-than-a-chip:draft:before-questionnaire-3')!),
    }))
    expect(stored.draft.state).toEqual({ questionSetVersion: 3, answers: { 'methods-supply': 4 } })
    expect(stored.before).toEqual(draft)
    expect(watch.errors).toEqual([])
    await context.close()
  })

  it('keeps a set-2 draft scored by set 2, with its own words, until the person chooses to move', async () => {
    const { context, page, watch } = await openPage(browser())
    await openStart(page)
    const ids = allQuestions(QUESTION_SET_V2).map((q) => q.id)
    const answers = answersFrom('44111 44112 22122 22214 22441', ids)
    const draft = { format: 1, savedAt: '2026-10-01T10:00:00.000Z', state: { questionSetVersion: 2, answers } }
    await page.evaluate((text) => localStorage.setItem('more-than-a-chip:draft', text), JSON.stringify(draft))
    await page.goto(`${baseUrl()}#/results`)
    const notice = page.getByRole('status').filter({ hasText: 'A new question set is available: question set 3' })
    await notice.waitFor()
    // The numbers the frozen set-2 link of this pattern shows (test/domain/frozenLinks.test.ts).
    expect(await text(page, 'overall-score')).toBe('31')
    expect(await text(page, 'side-score-product')).toBe('75')
    expect(await text(page, 'side-score-service')).toBe('0')
    // Set 2's words arrive for its answers; set 2's steps name no one.
    await page.getByText(wordsOf(QUESTION_SET_V2, 'transformation-dealers').text).first().waitFor({ state: 'attached' })
    expect(await page.locator('[data-recommendation][data-owner]').count()).toBe(0)
    expect(await page.getByRole('main').innerText()).not.toContain('…')
    await notice.getByRole('button', { name: 'Move my answers to question set 3' }).click()
    // Ten questions kept set 2's ladder word for word; 10 of the 25 answers go over.
    expect(await notice.innerText()).toContain('10 of your 25 answers carry over to question set 3')
    expect(watch.errors).toEqual([])
    await context.close()
  })

  it('opens a set-3 link in a fresh browser with the numbers it was sent with', async () => {
    const { context, page, watch } = await openPage(browser())
    // The frozen link of a hardware company (product 4, service 1, both 2), question set 3.
    await page.goto(`${baseUrl()}#/r/GF_yIU2LmCnqlhJa`)
    await page.getByTestId('overall-score').waitFor()
    expect(await text(page, 'overall-score')).toBe('30')
    expect(await text(page, 'side-score-product')).toBe('75')
    expect(await text(page, 'side-score-service')).toBe('0')
    expect(await page.getByRole('heading', { name: 'The service side trails the product side' }).count()).toBe(1)
    expect(encodeResultLink({ questionSetVersion: 3, answers: answersFrom('44111 41112 42121 22214 22244', QUESTIONS.map((q) => q.id)) })).toBe('GF_yIU2LmCnqlhJa')
    expect(watch.errors).toEqual([])
    await context.close()
  })
})
