import { AxeBuilder } from '@axe-core/playwright'
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject } from 'vitest'
import { allQuestions } from '@/domain/questionSet'
import { CURRENT_QUESTION_SET } from '@/domain/questionSets'
import type { FigureKey } from '@/domain/margins'
import { wordsOf } from '@/i18n/results'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.mjs'

/** The WCAG 2.1 A and AA rules axe finds broken on the page, each with the elements that break it. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** `describe` for browser tests: reported as skipped when no Chromium is installed. */
export const describeInChromium = describe.skipIf(!CHROMIUM_PATH)

export function launchBrowser(): Promise<Browser> {
  if (!CHROMIUM_PATH) throw new Error('No Chromium found at /usr/lib/chromium/chromium or /usr/bin/chromium')
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
}

/**
 * One Chromium for the tests of the enclosing `describeInChromium` block: launched before the
 * first, closed after the last. Returns the running browser; call it inside a hook or a test.
 */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('Chromium is not running yet: use the browser inside a hook or a test')
    return browser
  }
}

/** The address the app is served at, ending in "/". */
export function baseUrl(): string {
  return inject('baseUrl')
}

/** Everything a page did that a test should fail on: errors, CSP violations, requests to other origins. */
export interface PageWatch {
  errors: string[]
  foreignRequests: string[]
  cspViolations: string[]
}

/** A fresh context (empty storage, like a new machine) and a page watched for errors and foreign requests. */
export async function openPage(
  browser: Browser,
  options: { viewport?: { width: number; height: number }; deviceScaleFactor?: number; origin?: string } = {},
): Promise<{ context: BrowserContext; page: Page; watch: PageWatch }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1200, height: 900 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
  })
  const origin = options.origin ?? new URL(baseUrl()).origin
  const watch: PageWatch = { errors: [], foreignRequests: [], cspViolations: [] }
  // Every page of the context is watched: a test's second tab too.
  context.on('page', (page) => {
    page.on('pageerror', (error) => watch.errors.push(String(error)))
    page.on('console', (message) => {
      const text = message.text()
      if (/Content[- ]Security[- ]Policy/i.test(text)) watch.cspViolations.push(text)
      else if (message.type() === 'error') watch.errors.push(text)
    })
    page.on('request', (request) => {
      const url = request.url()
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) watch.foreignRequests.push(url)
    })
  })
  const page = await context.newPage()
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  return { context, page, watch }
}

/**
 * Opens the start page and waits until the app has settled there: a hash changed before the
 * router's first navigation ends would be replaced by it.
 */
export async function openStart(page: Page) {
  await page.goto(baseUrl())
  await page.getByRole('heading', { level: 1 }).waitFor()
}

/** The questions on the page: each a group named by its legend, "Question 7" and its words. */
export function questions(page: Page): Locator {
  return page.getByRole('group', { name: /^Question \d+/ })
}

/** A question of the current question set, found as a person finds it: by its words. */
export function question(page: Page, id: string): Locator {
  return page.getByRole('group', { name: wordsOf(CURRENT_QUESTION_SET, id).text })
}

/** The choice of a level (1–5) or of "Don’t know" ("na") in `group`, a question of the current question set, by its words. */
function choiceIn(group: Locator, id: string, answer: string): Locator {
  const name = answer === 'na' ? 'Don’t know / not applicable' : wordsOf(CURRENT_QUESTION_SET, id).levels[Number(answer) - 1]!
  return group.getByRole('radio', { name, exact: true })
}

/** The choice of a level (1–5) or of "Don’t know" ("na") in a question of the current question set, found by its words. */
export function choice(page: Page, id: string, answer: number | string): Locator {
  return choiceIn(question(page, id), id, String(answer))
}

const CURRENT_QUESTIONS = allQuestions(CURRENT_QUESTION_SET)

/** Answers every question of the current step with the level `pick(questionNumber)` gives ("na" allowed). */
export async function answerStep(page: Page, pick: (questionNumber: number) => string) {
  const groups = questions(page)
  await groups.first().waitFor()
  const count = await groups.count()
  for (let i = 0; i < count; i++) {
    const group = groups.nth(i)
    const number = Number(/Question (\d+)/.exec(await group.innerText())![1])
    await choiceIn(group, CURRENT_QUESTIONS[number - 1]!.id, pick(number)).check()
  }
}

/** Answers the culture step at `level` and opens the results. */
export async function answerCulture(page: Page, level: string) {
  await page.goto(`${baseUrl()}#/assessment/culture`)
  await answerStep(page, () => level)
  await page.goto(`${baseUrl()}#/results`)
  await page.getByTestId('overall-score').waitFor()
}

/** Goes through all five steps answering with `pick(questionNumber)` (1-based, in questionnaire order), ending on the results page. */
export async function completeAssessment(page: Page, pick: (questionNumber: number) => string) {
  // The first step by name: "#/assessment" alone resumes where the person left off.
  await page.goto(`${baseUrl()}#/assessment/culture`)
  for (let step = 0; step < 5; step++) {
    await answerStep(page, pick)
    await page.getByRole('button', { name: step < 4 ? 'Next' : 'See my results' }).click()
  }
  await page.waitForURL(/#\/results$/)
  await page.getByTestId('overall-score').waitFor()
}

/** The margin calculator's fields as a person reads their labels, amounts in euros (the default currency). */
const MARGIN_FIELD_LABELS: Record<FigureKey, string> = {
  unitPrice: 'Retail price per unit (EUR)',
  unitCost: 'Cost per unit (EUR)',
  unitsPerYear: 'Units sold per year',
  productFixedCostPerYear: 'Fixed cost of the product per year (EUR)',
  channelSharePct: 'Retail chain’s share (%)',
  monthlyFee: 'Monthly fee per subscriber (EUR)',
  monthlyCostToServe: 'Monthly cost to serve a subscriber (EUR)',
  subscribers: 'Subscribers',
  fixedCostPerYear: 'Fixed cost of the service per year (EUR)',
  attachRatePct: 'Buyers who subscribe (%)',
  monthlyChurnPct: 'Subscribers who cancel each month (%)',
  deviceLifetimeYears: 'Device lifetime (years)',
  horizonYears: 'Years to look ahead',
}

/** A field of the margin calculator, found by its label. */
export function marginField(page: Page, key: FigureKey): Locator {
  return page.getByLabel(MARGIN_FIELD_LABELS[key], { exact: true })
}

/**
 * Fails unless the element a person found carries `testId`: the id that scripts/bench.mjs and other
 * checks find it by, kept working here.
 */
export async function expectTestId(locator: Locator, testId: string) {
  expect(await locator.getAttribute('data-testid')).toBe(testId)
}

/** What a screen reader reads after a field's name: the text of the elements its aria-describedby names. */
export async function description(field: Locator): Promise<string> {
  return field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter((id) => id !== '')
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
      .join(' '),
  )
}

/** The text of a figure (a score, an amount, a count), found by its test id. */
export async function text(page: Page, testId: string): Promise<string> {
  return ((await page.getByTestId(testId).first().textContent()) ?? '').trim()
}

/** Waits until the service worker is active: it has cached the app, and controls every page opened from then on. */
export async function waitForServiceWorker(context: BrowserContext) {
  const page = context.pages()[0]!
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
}
