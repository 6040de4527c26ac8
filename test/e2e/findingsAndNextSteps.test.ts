import { expect, it } from 'vitest'
import { allQuestions } from '@/domain/questionSet'
import { QUESTION_SET_V3 } from '@/domain/questions.v3'
import { wordsOf } from '@/i18n/results'
import { completeAssessment, describeInChromium, openPage, sharedBrowser, text } from './browser'

// Question numbers are 1-based, in questionnaire order of the current set, 3.
const QUESTIONS = allQuestions(QUESTION_SET_V3)
const byNumber = (n: number) => QUESTIONS[n - 1]!

describeInChromium('findings and next steps in a real browser', () => {
  const browser = sharedBrowser()

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
    expect(await page.getByRole('heading', { name: 'No one senior enough carries the decision' }).count()).toBe(1)
    expect(watch.errors).toEqual([])
    await context.close()
  })

  it('shows a hardware company its service side far behind, and a chip in it', async () => {
    const { context, page } = await openPage(browser())
    const level = { product: '4', service: '1', both: '2' } as const
    await completeAssessment(page, (n) => level[byNumber(n).side])
    expect(await text(page, 'side-score-product')).toBe('75')
    expect(await text(page, 'side-score-service')).toBe('0')
    const findings = page.getByRole('region', { name: 'Findings' })
    for (const title of [
      'The service side trails the product side',
      'A chip in it, but little transformation yet',
      'The service has no method of its own',
      'The service’s budget has no protection',
    ]) {
      expect(await findings.getByRole('heading', { name: title }).count(), title).toBe(1)
    }
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
})
