import { expect, it } from 'vitest'
import { allQuestions } from '@/domain/questionSet'
import { QUESTION_SET_V3 } from '@/domain/questions.v3'
import { encodeResultLink } from '@/domain/resultLink'
import { encodeTeamLink } from '@/domain/teamLink'
import { answersFrom } from '../domain/answers'
import { axeViolations, baseUrl, choice, describeInChromium, expectTestId, openPage, sharedBrowser, text } from './browser'

const ids = allQuestions(QUESTION_SET_V3).map((q) => q.id)

/** A results link of question set 3 (the current one) from a pattern of 25 answers (see test/domain/answers.ts). */
function link(pattern: string): string {
  return `${baseUrl()}#/r/${encodeResultLink({ questionSetVersion: 3, answers: answersFrom(pattern, ids) })}`
}

/** A team link of question-set-3 results, one per pattern. */
function teamLinkOf(patterns: string[]): string {
  return `${baseUrl()}#/t/${encodeTeamLink(patterns.map((p) => ({ questionSetVersion: 3, answers: answersFrom(p, ids) })))}`
}

describeInChromium('a workshop team in a real browser', () => {
  const browser = sharedBrowser()

  it('shows five people’s medians, ranges and disagreements, widest first', async () => {
    const { context, page, watch } = await openPage(browser())
    await page.goto(`${baseUrl()}#/compare`)
    const links = [
      link('11111 11111 11111 11111 11111'), // 0 everywhere
      link('55555 55555 55555 55555 55555'), // 100 everywhere
      link('33333 33333 33333 33333 33333'), // 50 everywhere
      link('22222 44444 33333 33333 33333'), // culture 25, methods 75, the rest 50
      link('33333 33333 33333 33333 3333-'), // 50 everywhere; integration-evolution not answered
    ]
    const pasted = page.getByLabel('Results links, one per line')
    await expectTestId(pasted, 'compare-links')
    await pasted.fill(links.join('\n'))
    // culture: 0, 100, 50, 25, 50 → median 50, range 100; methods: 0, 100, 50, 75, 50 → 50
    expect(await text(page, 'team-median-culture')).toBe('50')
    expect(await text(page, 'team-range-culture')).toBe('100')
    expect(await text(page, 'team-median-methods')).toBe('50')
    // overall: 0, 100, 50, 50, 50 → 50
    expect(await text(page, 'team-median-overall')).toBe('50')
    expect(await text(page, 'team-median-product')).toBe('50')
    expect(await text(page, 'team-median-service')).toBe('50')
    const disagreements = page.getByTestId('disagreement')
    expect(await disagreements.count()).toBe(25)
    // Every question spans 1 to 5: range 4, in questionnaire order.
    expect(await disagreements.first().getAttribute('data-question')).toBe('culture-margin')
    expect(await disagreements.first().innerText()).toContain('4 levels apart')
    expect(watch.errors).toEqual([])
    await context.close()
  })

  it('says which question set each person answered, when the team mixes them', async () => {
    const { context, page, watch } = await openPage(browser())
    await page.goto(`${baseUrl()}#/compare`)
    const questionSetOne = `${baseUrl()}#/r/BHkqcWHUnMVsSrQg` // question set 1, everything at level 5
    await page.getByLabel('Results links, one per line').fill([link('33333 33333 33333 33333 33333'), link('11111 11111 11111 11111 11111')].join('\n'))
    await page.getByTestId('disagreement').first().waitFor()
    const mixed = page.getByRole('status').filter({ hasText: 'These people answered different question sets' })
    expect(await mixed.count()).toBe(0)
    // One person per question set: nobody to compare question by question, and the page says so.
    await page.getByLabel('Results links, one per line').fill([link('33333 33333 33333 33333 33333'), questionSetOne].join('\n'))
    await page.getByText('Too few people answered the same question set').waitFor()
    expect(await page.getByTestId('disagreement').count()).toBe(0)
    await page.getByLabel('Results links, one per line').fill([link('33333 33333 33333 33333 33333'), questionSetOne, link('11111 11111 11111 11111 11111')].join('\n'))
    await expectTestId(mixed, 'mixed-editions')
    expect(await mixed.getByRole('listitem').filter({ hasText: /^Question set 1/ }).innerText()).toBe('Question set 1 (older): Link 2')
    expect(await mixed.getByRole('listitem').filter({ hasText: /^Question set 3/ }).innerText()).toBe('Question set 3 (current): Link 1, Link 3')
    const scores = page.getByRole('table', { name: 'Scores side by side (0–100)' })
    await expectTestId(scores, 'compare-table')
    const headers = await scores.getByRole('columnheader').allInnerTexts()
    expect(headers.slice(1).map((h) => h.replace(/\s+/g, ' ').trim())).toEqual([
      'Link 1 Question set 3 (current)',
      'Link 2 Question set 1 (older)',
      'Link 3 Question set 3 (current)',
    ])
    // Disagreements are found within question set 3 only: levels 3 and 1 are two apart on every question.
    expect(await page.getByTestId('disagreement').first().innerText()).toContain('2 levels apart, among those who answered question set 3')
    expect(await page.getByRole('heading', { name: /^The team:/ }).innerText()).toBe('The team: 3 people (2 question sets mixed)')
    expect(await axeViolations(page)).toEqual([])
    expect(watch.errors).toEqual([])
    await context.close()
  })

  it('puts the widest disagreement first', async () => {
    const { context, page } = await openPage(browser())
    await page.goto(`${baseUrl()}#/compare`)
    await page.getByLabel('Results links, one per line').fill(
      [link('13--- ----- ----- ----- -----'), link('35--- ----- ----- ----- -----'), link('2---- ----- ----- ----- -----')].join('\n'),
    )
    // culture-margin 1, 3, 2: range 2; culture-durable 3, 5: range 2; nothing wider yet
    await page.getByLabel('Results links, one per line').fill(
      [link('13--- ----- ----- ----- -----'), link('35--- ----- ----- ----- -----'), link('2-1-- ----- ----- ----- -----'), link('--5-- ----- ----- ----- -----')].join(
        '\n',
      ),
    )
    // culture-anytime 1 and 5: range 4, first; then culture-margin and culture-durable, range 2, in order
    const order = await page.getByTestId('disagreement').evaluateAll((items) => items.map((i) => i.getAttribute('data-question')))
    expect(order).toEqual(['culture-anytime', 'culture-margin', 'culture-durable'])
    await context.close()
  })

  it('carries the whole team in one link that opens the same view in a fresh browser', async () => {
    const { context, page } = await openPage(browser())
    await page.goto(`${baseUrl()}#/compare`)
    await page.getByLabel('Results links, one per line').fill(
      [link('11111 11111 11111 11111 11111'), link('55555 55555 55555 55555 55555'), link('22222 44444 33333 33333 33333')].join('\n'),
    )
    const median = await text(page, 'team-median-overall')
    const teamLinkField = page.getByLabel('One link with everyone’s results')
    await expectTestId(teamLinkField, 'team-link')
    const teamLink = await teamLinkField.inputValue()
    expect(teamLink).toMatch(/#\/t\/[A-Za-z0-9_-]+$/)
    await context.close()

    const fresh = await openPage(browser())
    await fresh.page.goto(teamLink)
    await fresh.page.getByTestId('team-median-overall').waitFor()
    expect(await text(fresh.page, 'team-median-overall')).toBe(median)
    expect(await text(fresh.page, 'team-median-methods')).toBe('75')
    expect(await fresh.page.getByTestId('disagreement').count()).toBe(25)
    expect(await fresh.page.evaluate(() => Object.keys(localStorage))).toEqual([])
    expect(fresh.watch.foreignRequests).toEqual([])
    await fresh.context.close()
  })

  it('says a damaged team link is damaged, and touches nothing', async () => {
    const { context, page } = await openPage(browser())
    await page.goto(`${baseUrl()}#/compare`)
    await page.getByLabel('Results links, one per line').fill(link('33333 33333 33333 33333 33333'))
    const teamLink = await page.getByLabel('One link with everyone’s results').inputValue()
    await page.goto(`${baseUrl()}#/assessment/culture`)
    await choice(page, 'culture-margin', 2).check()
    const draft = await page.evaluate(() => localStorage.getItem('more-than-a-chip:draft'))
    await page.goto(teamLink.slice(0, -4) + 'AAAA')
    await page.reload()
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.innerText()).toContain('damaged')
    await expectTestId(alert, 'team-link-error')
    expect(await axeViolations(page)).toEqual([])
    expect(await page.evaluate(() => localStorage.getItem('more-than-a-chip:draft'))).toBe(draft)
    await context.close()
  })

  it('counts the same result pasted twice once, and says so', async () => {
    const { context, page, watch } = await openPage(browser())
    await page.goto(`${baseUrl()}#/compare`)
    const low = link('11111 11111 11111 11111 11111')
    await page.getByLabel('Results links, one per line').fill([low, link('55555 55555 55555 55555 55555'), low].join('\n'))
    expect(await page.getByRole('heading', { name: /^The team:/ }).innerText()).toBe('The team: 2 people')
    // 0 and 100: the median is 50, not the 0 that three votes (0, 0, 100) would give.
    expect(await text(page, 'team-median-overall')).toBe('50')
    expect(await page.getByTestId('compare-lines').innerText()).toContain('Line 3 is the same result as line 1: counted once.')
    expect(await page.getByRole('table', { name: 'Scores side by side (0–100)' }).getByRole('columnheader').allInnerTexts()).toEqual(['Score', 'Link 1', 'Link 2'])
    expect(decodeURIComponent(await page.getByLabel('One link with everyone’s results').inputValue())).toBe(
      teamLinkOf(['11111 11111 11111 11111 11111', '55555 55555 55555 55555 55555']),
    )
    expect(watch.errors).toEqual([])
    await context.close()
  })

  it('opens a team link of 50 copies of one result as one person, and says how many copies were left out', async () => {
    const { context, page, watch } = await openPage(browser())
    await page.goto(teamLinkOf(Array.from({ length: 50 }, () => '22222 44444 33333 33333 33333')))
    await page.getByTestId('team-median-overall').waitFor()
    expect(await page.getByRole('heading', { name: /^The team:/ }).innerText()).toBe('The team: 1 person')
    expect(await page.getByTestId('team-duplicates').innerText()).toContain('49 copies of a result already in it')
    expect(await text(page, 'team-median-methods')).toBe('75')
    expect(watch.errors).toEqual([])
    await context.close()
  })

  it('adds the people of a team link pasted among the results links', async () => {
    const { context, page, watch } = await openPage(browser())
    await page.goto(`${baseUrl()}#/compare`)
    const team = teamLinkOf(['11111 11111 11111 11111 11111', '55555 55555 55555 55555 55555', '11111 11111 11111 11111 11111'])
    await page.getByLabel('Results links, one per line').fill([link('33333 33333 33333 33333 33333'), team].join('\n'))
    await expect.poll(() => page.getByRole('heading', { name: /^The team:/ }).innerText()).toBe('The team: 3 people')
    expect(await page.getByLabel('Results links, one per line').inputValue()).not.toContain('#/t/')
    expect(await page.getByTestId('compare-lines').innerText()).not.toContain('damaged')
    expect(await page.getByTestId('team-duplicates').innerText()).toContain('1 copy of a result already in it')
    expect(await text(page, 'team-range-overall')).toBe('100')
    expect(watch.errors).toEqual([])
    await context.close()
  })

  it('shows a damaged team link in place of the team that was open before', async () => {
    const { context, page } = await openPage(browser())
    const good = teamLinkOf(['11111 11111 11111 11111 11111', '55555 55555 55555 55555 55555'])
    await page.goto(good)
    await page.getByRole('table', { name: 'Scores side by side (0–100)' }).waitFor()
    await page.goto(good.slice(0, -4) + 'AAAA')
    await page.getByRole('alert').filter({ hasText: 'team link' }).waitFor()
    expect(await page.getByRole('table', { name: 'Scores side by side (0–100)' }).count()).toBe(0)
    expect(await page.getByTestId('team-median-overall').count()).toBe(0)
    expect(await page.getByLabel('Results links, one per line').inputValue()).toBe('')
    // The team that was open is one step back.
    await page.goBack()
    await page.getByRole('table', { name: 'Scores side by side (0–100)' }).waitFor()
    expect(await page.getByRole('alert').count()).toBe(0)
    await context.close()
  })

  it('shows the app’s own address as a QR code drawn in the page, to get everyone started', async () => {
    const { context, page, watch } = await openPage(browser())
    await page.goto(`${baseUrl()}#/compare`)
    const qr = page.getByRole('img', { name: /^QR code of this tool’s address/ })
    await expectTestId(qr, 'workshop-qr')
    expect(await qr.getAttribute('aria-label')).toContain(baseUrl())
    expect(await qr.locator('rect').count()).toBeGreaterThan(100)
    expect(await axeViolations(page)).toEqual([])
    expect(watch.foreignRequests).toEqual([])
    await context.close()
  })
})
