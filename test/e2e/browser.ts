import { AxeBuilder } from '@axe-core/playwright'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, inject } from 'vitest'
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

/** Answers every question of the current step with the level `pick(questionIndex)` gives ("na" allowed), then presses next. */
export async function answerStep(page: Page, pick: (questionNumber: number) => string) {
  const questions = page.locator('fieldset.question')
  await questions.first().waitFor()
  const count = await questions.count()
  for (let i = 0; i < count; i++) {
    const fieldset = questions.nth(i)
    const number = Number((await fieldset.locator('.question__number').textContent())?.replace(/\D/g, ''))
    await fieldset.locator(`input[type="radio"][value="${pick(number)}"]`).check()
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
    await page.getByTestId('next-step').click()
  }
  await page.waitForURL(/#\/results$/)
  await page.getByTestId('overall-score').waitFor()
}

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
