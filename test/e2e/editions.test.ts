import { expect, it } from 'vitest'
import { allQuestions } from '@/domain/questionSet'
import { QUESTION_SET_V2 } from '@/domain/questions.v2'
import { QUESTION_SET_V3 } from '@/domain/questions.v3'
import { encodeResultLink } from '@/domain/resultLink'
import { wordsOf } from '@/i18n/results'
import { answersFrom } from '../domain/answers'
import { baseUrl, completeAssessment, describeInChromium, openPage, openStart, sharedBrowser, text } from './browser'

// Question numbers are 1-based, in questionnaire order of the current set, 3.
const QUESTIONS = allQuestions(QUESTION_SET_V3)
const byNumber = (n: number) => QUESTIONS[n - 1]!

describeInChromium('the question sets in a real browser', () => {
  const browser = sharedBrowser()

  it('tags every question with its id and side', async () => {
    const { context, page } = await openPage(browser())
    await page.goto(`${baseUrl()}#/assessment/culture`)
    await page.locator('fieldset.question').first().waitFor()
    const tags = await page
      .locator('fieldset.question')
      .evaluateAll((fieldsets) => fieldsets.map((f) => [f.getAttribute('data-question'), f.getAttribute('data-side')]))
    expect(tags).toEqual(QUESTION_SET_V3.dimensions[0]!.questions.map((q) => [q.id, q.side]))
    await context.close()
  })

  it('with everything at 4 but the sponsor at 1, starts with the sponsor', async () => {
    const { context, page, watch } = await openPage(browser())
    await completeAssessment(page, (n) => (byNumber(n).id === 'decision-sponsor' ? '1' : '4'))
    const priorities = page.getByTestId('priority')
    expect(await priorities.count()).toBe(3)
    const first = priorities.first()
    expect(await first.getAttribute('data-question')).toBe('decision-sponsor')
    const sponsor = wordsOf(QUESTION_SET_V3, 'decision-sponsor')
    // Who moves first from level 1, their first move, and the level it leads to; not another level's move.
    expect(await first.getAttribute('data-owner')).toBe(QUESTION_SET_V3.dimensions[3]!.questions[0]!.owners[0])
    expect(await first.locator('[data-part="first-move"]').innerText()).toBe(sponsor.advice[0])
    expect(await first.locator('[data-part="next-level"]').innerText()).toBe(sponsor.levels[1])
    expect(await first.innerText()).toContain('Who moves first: Head of the connected service')
    expect(await first.innerText()).not.toContain(sponsor.advice[1])
    // The next two: level 4 answers in the order of necessity, decision first.
    expect(await priorities.evaluateAll((items) => items.map((i) => i.getAttribute('data-question')))).toEqual([
      'decision-sponsor',
      'decision-staying-power',
      'decision-finance',
    ])
    expect(await page.locator('[data-finding="no-sponsor"]').count()).toBe(1)
    expect(watch.errors).toEqual([])
    await context.close()
  })

  it('shows a hardware company its service side far behind, and a chip in it', async () => {
    const { context, page } = await openPage(browser())
    const level = { product: '4', service: '1', both: '2' } as const
    await completeAssessment(page, (n) => level[byNumber(n).side])
    expect(await text(page, 'side-score-product')).toBe('75')
    expect(await text(page, 'side-score-service')).toBe('0')
    expect(await page.locator('[data-finding="service-behind"]').count()).toBe(1)
    expect(await page.locator('[data-finding="chip-in-it"]').count()).toBe(1)
    expect(await page.locator('[data-finding="hardware-method"]').count()).toBe(1)
    expect(await page.locator('[data-finding="first-to-be-cut"]').count()).toBe(1)
    await context.close()
  })

  it('gives two people at different levels on the same question different advice', async () => {
    const advice: string[] = []
    for (const answer of ['2', '3']) {
      const { context, page } = await openPage(browser())
      await completeAssessment(page, (n) => (byNumber(n).id === 'culture-anytime' ? answer : '5'))
      advice.push(await page.locator('[data-testid="priority"][data-question="culture-anytime"]').innerText())
      await context.close()
    }
    const anytime = wordsOf(QUESTION_SET_V3, 'culture-anytime')
    expect(advice[0]).toContain(anytime.advice[1])
    expect(advice[1]).toContain(anytime.advice[2])
    expect(advice[0]).not.toEqual(advice[1])
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
    const notice = page.getByTestId('edition-notice')
    await notice.waitFor()
    // Set 1's rules: culture 1, 5, 2 → 8 ÷ 3 → 41.7
    expect(await text(page, 'dimension-score-culture')).toBe('42')
    expect(await page.getByTestId('edition-keep-link').getAttribute('href')).toMatch(/#\/r\/F[A-Za-z0-9_-]{15}$/)
    // Nothing was changed by looking.
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('more-than-a-chip:draft')))!)).toEqual(draft)

    await notice.getByRole('button', { name: 'Answer edition 3' }).click()
    expect(await notice.innerText()).toContain('1 of your 4 answers goes over to edition 3')
    await page.getByRole('button', { name: 'Yes, move my answers' }).click()
    await expect(page.getByTestId('edition-notice').count()).resolves.toBe(0)
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
  it('starts a team with nobody at night and a weak sales message on the night cover, then the sales message', async () => {
    const { context, page } = await openPage(browser())
    const low = new Set(['culture-anytime', 'transformation-sell'])
    await completeAssessment(page, (n) => (byNumber(n).id === 'decision-sponsor' ? '5' : low.has(byNumber(n).id) ? '1' : '4'))
    const order = await page.getByTestId('priority').evaluateAll((items) => items.map((i) => i.getAttribute('data-question')))
    expect(order.slice(0, 2)).toEqual(['culture-anytime', 'transformation-sell'])
    // Every next step names who moves first, from the ten roles.
    const owners = await page.locator('[data-recommendation]').evaluateAll((items) => items.map((i) => i.getAttribute('data-owner')))
    expect(owners).toHaveLength(24)
    expect(owners.every((owner) => owner !== null && owner.length > 0)).toBe(true)
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
    await page.getByTestId('edition-notice').waitFor()
    // The numbers the frozen set-2 link of this pattern shows (test/domain/frozenLinks.test.ts).
    expect(await text(page, 'overall-score')).toBe('31')
    expect(await text(page, 'side-score-product')).toBe('75')
    expect(await text(page, 'side-score-service')).toBe('0')
    // Set 2's words arrive for its answers; set 2's steps name no one.
    await page.getByText(wordsOf(QUESTION_SET_V2, 'transformation-dealers').text).first().waitFor({ state: 'attached' })
    expect(await page.locator('[data-recommendation][data-owner]').count()).toBe(0)
    expect(await page.locator('main').innerText()).not.toContain('…')
    await page.getByTestId('edition-notice').getByRole('button', { name: 'Answer edition 3' }).click()
    // Ten questions kept set 2's ladder word for word; 10 of the 25 answers go over.
    expect(await page.getByTestId('edition-notice').innerText()).toContain('10 of your 25 answers go over to edition 3')
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
    expect(await page.locator('[data-finding="service-behind"]').count()).toBe(1)
    expect(encodeResultLink({ questionSetVersion: 3, answers: answersFrom('44111 41112 42121 22214 22244', QUESTIONS.map((q) => q.id)) })).toBe('GF_yIU2LmCnqlhJa')
    expect(watch.errors).toEqual([])
    await context.close()
  })
})
