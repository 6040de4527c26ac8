import { expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { CURRENT_QUESTION_SET } from '@/domain/questionSets'
import { answerStep, baseUrl, choice, completeAssessment, describeInChromium, expectTestId, openPage, openStart, questions, sharedBrowser, text } from './browser'

// The expected numbers are worked out here from the product brief's formulas, not by the app's code.
const QUESTIONS = CURRENT_QUESTION_SET.dimensions.flatMap((d) => d.questions.map((q) => ({ ...q, dimension: d.id })))

function expected(pick: (n: number) => string) {
  const levels = QUESTIONS.map((q, i) => ({ ...q, answer: pick(i + 1) }))
  const score = (qs: typeof levels) => {
    const answered = qs.filter((q) => q.answer !== 'na').map((q) => Number(q.answer))
    if (answered.length === 0) return null
    return ((answered.reduce((a, b) => a + b, 0) / answered.length - 1) / 4) * 100
  }
  const dimensions = Object.fromEntries(
    CURRENT_QUESTION_SET.dimensions.map((d) => [d.id, score(levels.filter((q) => q.dimension === d.id))]),
  )
  const assessed = Object.values(dimensions).filter((s): s is number => s !== null)
  const overall = assessed.length ? assessed.reduce((a, b) => a + b, 0) / assessed.length : null
  const level = (s: number) => (s < 20 ? 1 : s < 40 ? 2 : s < 60 ? 3 : s < 80 ? 4 : 5)
  return {
    dimensions,
    overall,
    level: overall === null ? null : level(overall),
    // From question set 2 on, questions about both count for neither side.
    product: score(levels.filter((q) => q.side === 'product')),
    service: score(levels.filter((q) => q.side === 'service')),
    answered: levels.filter((q) => q.answer !== 'na').length,
  }
}

/** The focused control: its test id and type, and whether it shows a focus outline. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null
    if (!element || element === document.body) return null
    const style = getComputedStyle(element)
    return {
      testId: element.getAttribute('data-testid'),
      type: element.type,
      what: `${element.tagName} ${element.getAttribute('type') ?? ''} ${element.textContent?.trim().slice(0, 20) ?? ''}`,
      outlined: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
    }
  })
}

const shown = (value: number | null) => (value === null ? 'not assessed' : String(Math.round(value)))

const PATTERNS: [string, (n: number) => string][] = [
  ['all level 5', () => '5'],
  ['all level 1', () => '1'],
  ['a mixed pattern', (n) => String(((n * 7) % 5) + 1)],
  ['a pattern with "don\'t know" answers', (n) => (n % 4 === 0 ? 'na' : String(((n * 3) % 5) + 1))],
  ['a whole dimension unknown', (n) => (n <= 5 ? 'na' : String((n % 5) + 1))],
]

describeInChromium('the assessment in a real browser', () => {
  const browser = sharedBrowser()

  it.each(PATTERNS)('shows exactly the formula’s numbers for %s', async (_name, pick) => {
    const { context, page, watch } = await openPage(browser())
    await completeAssessment(page, pick)
    const want = expected(pick)
    expect(await text(page, 'overall-score')).toBe(shown(want.overall))
    expect(await text(page, 'overall-level')).toContain(String(want.level))
    for (const [id, score] of Object.entries(want.dimensions)) {
      expect(await text(page, `dimension-score-${id}`), id).toBe(shown(score))
    }
    expect(await text(page, 'side-score-product')).toBe(shown(want.product))
    expect(await text(page, 'side-score-service')).toBe(shown(want.service))
    expect(await text(page, 'coverage')).toContain(`${want.answered} of 25`)
    expect(watch.errors).toEqual([])
    expect(watch.foreignRequests).toEqual([])
    await context.close()
  })

  it('all level 5 gives 100 and level 5; all level 1 gives 0 and level 1', async () => {
    const { context, page } = await openPage(browser())
    await completeAssessment(page, () => '5')
    expect(await text(page, 'overall-score')).toBe('100')
    expect(await text(page, 'overall-level')).toMatch(/\b5\b/)
    await completeAssessment(page, () => '1')
    expect(await text(page, 'overall-score')).toBe('0')
    expect(await text(page, 'overall-level')).toMatch(/\b1\b/)
    await context.close()
  })

  it('keeps every answer through a reload in the middle', async () => {
    const { context, page } = await openPage(browser())
    const pick = (n: number) => (n === 4 ? 'na' : String((n % 5) + 1))
    await page.goto(`${baseUrl()}#/assessment`)
    await answerStep(page, pick)
    await page.getByRole('button', { name: 'Next' }).click()
    await answerStep(page, pick)
    await page.reload()
    await questions(page).first().waitFor()
    // After the reload we are still on step 2, with its answers.
    for (let n = 6; n <= 10; n++) {
      await expect(choice(page, QUESTIONS[n - 1]!.id, pick(n)).isChecked()).resolves.toBe(true)
    }
    const back = page.getByRole('button', { name: 'Back' })
    await expectTestId(back, 'previous-step')
    await back.click()
    for (let n = 1; n <= 5; n++) {
      await expect(choice(page, QUESTIONS[n - 1]!.id, pick(n)).isChecked()).resolves.toBe(true)
    }
    // And the landing page offers to resume.
    await page.goto(baseUrl())
    await expectTestId(page.getByRole('link', { name: 'Resume my assessment' }), 'resume')
    await context.close()
  })

  it('takes a double-click on “Next” as one step, and its second click never picks an answer on the new step', async () => {
    const { context, page } = await openPage(browser())
    await page.goto(`${baseUrl()}#/assessment`)
    await answerStep(page, () => '3')
    const next = page.getByRole('button', { name: 'Next' })
    await next.scrollIntoViewIfNeeded()
    const box = (await next.boundingBox())!
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2]
    // The first click of the double-click moves to step 2, which opens at its top ...
    await page.mouse.move(x, y)
    await page.mouse.down({ clickCount: 1 })
    await page.mouse.up({ clickCount: 1 })
    await page.getByRole('heading', { level: 2, name: 'Methods' }).waitFor()
    // ... so that the second lands on one of its answers.
    const under = await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.closest('label')?.textContent ?? null, [x, y])
    expect(under, 'an answer of step 2 lies under the pointer').not.toBeNull()
    await page.mouse.down({ clickCount: 2 })
    await page.mouse.up({ clickCount: 2 })
    expect(await page.getByRole('radio', { checked: true }).count()).toBe(0)
    // A single click there answers, as always.
    await page.mouse.click(x, y)
    expect(await page.getByRole('radio', { checked: true }).count()).toBe(1)
    // Both clicks of a double-click on “Next” itself move one step, not two.
    await next.scrollIntoViewIfNeeded()
    await next.dblclick()
    await page.getByRole('heading', { level: 2, name: 'Transformation' }).waitFor()
    await page.waitForTimeout(300)
    expect(page.url()).toMatch(/#\/assessment\/transformation$/)
    expect(await page.getByRole('radio', { checked: true }).count()).toBe(0)
    await context.close()
  })

  it('can be completed with the keyboard alone', async () => {
    const { context, page } = await openPage(browser())
    await page.goto(baseUrl())
    // Every control the focus moves to shows a visible focus indicator.
    const unseen: string[] = []
    const move = async (key: string) => {
      await page.keyboard.press(key)
      const now = await focused(page)
      if (now && !now.outlined) unseen.push(now.what)
      return now
    }
    // From the top of the page, Tab to the start link and follow it.
    for (let i = 0; i < 20; i++) {
      if ((await move('Tab'))?.testId === 'start') break
    }
    await page.keyboard.press('Enter')
    await questions(page).first().waitFor()
    for (let step = 0; step < 5; step++) {
      for (let q = 0; q < 5; q++) {
        // Tab to the next radio group; arrow keys move within it and select.
        for (let i = 0; i < 30; i++) {
          if ((await move('Tab'))?.type === 'radio') break
        }
        await move('ArrowDown') // moves to and selects level 2 when nothing is selected yet… or the next level
        await move('ArrowUp')
        await page.keyboard.press('Space')
      }
      for (let i = 0; i < 30; i++) {
        if ((await move('Tab'))?.testId === 'next-step') break
      }
      expect((await focused(page))?.testId).toBe('next-step')
      await page.keyboard.press('Enter')
    }
    await page.waitForURL(/#\/results$/)
    expect(await text(page, 'coverage')).toContain('25 of 25')
    expect(unseen).toEqual([])
    await context.close()
  })

  it('sets a damaged draft aside with a notice, and can hand it back', async () => {
    const { context, page, watch } = await openPage(browser())
    await openStart(page)
    await page.evaluate(() => localStorage.setItem('more-than-a-chip:draft', '{"format":1,"state":'))
    await page.goto(`${baseUrl()}#/assessment`)
    const notice = page.getByRole('alert').filter({ hasText: 'Your saved answers could not be read' })
    await notice.waitFor()
    expect(await notice.innerText()).toContain('could not be read')
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.includes(':set-aside:'))
        .map((key) => localStorage.getItem(key)),
    )
    expect(kept).toEqual(['{"format":1,"state":'])
    const download = page.waitForEvent('download')
    await notice.getByRole('button', { name: 'Download a copy of it' }).click()
    expect((await download).suggestedFilename()).toBe('more-than-a-chip-answers-set-aside.json')
    // The page works as usual.
    await choice(page, 'culture-margin', 2).check()
    expect(watch.errors).toEqual([])
    await context.close()
  })
})
