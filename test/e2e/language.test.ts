import { readFile } from 'node:fs/promises'
import type { Browser, Download, Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { EXAMPLE_FIGURES, FIGURE_FIELDS, type FigureKey } from '@/domain/margins'
import { allQuestions } from '@/domain/questionSet'
import { CURRENT_QUESTION_SET } from '@/domain/questionSets'
import { encodeResultLink } from '@/domain/resultLink'
import * as deApp from '@/i18n/de/app'
import * as deAssessment from '@/i18n/de/assessment'
import * as deDimensions from '@/i18n/de/dimensions'
import * as deLanding from '@/i18n/de/landing'
import * as deLifetime from '@/i18n/de/lifetime'
import * as deMarginFigures from '@/i18n/de/marginFigures'
import * as deMargins from '@/i18n/de/margins'
import * as deQuestions from '@/i18n/de/questions.v3'
import * as deResults from '@/i18n/de/results'
import * as deRoles from '@/i18n/de/roles'
import * as deShare from '@/i18n/de/share'
import * as deSharedLink from '@/i18n/de/sharedLink'
import * as deStorage from '@/i18n/de/storage'
import * as deWorkshop from '@/i18n/de/workshop'
import * as enApp from '@/i18n/en/app'
import * as enAssessment from '@/i18n/en/assessment'
import * as enDimensions from '@/i18n/en/dimensions'
import * as enLanding from '@/i18n/en/landing'
import * as enLifetime from '@/i18n/en/lifetime'
import * as enMarginFigures from '@/i18n/en/marginFigures'
import * as enMargins from '@/i18n/en/margins'
import * as enQuestions from '@/i18n/en/questions.v3'
import * as enResults from '@/i18n/en/results'
import * as enRoles from '@/i18n/en/roles'
import * as enShare from '@/i18n/en/share'
import * as enSharedLink from '@/i18n/en/sharedLink'
import * as enStorage from '@/i18n/en/storage'
import * as enWorkshop from '@/i18n/en/workshop'
import { answersFrom } from '../domain/answers'
import { axeViolations, baseUrl, completeAssessment, describeInChromium, description, marginField, openPage, sharedBrowser, text } from './browser'

// The German edition as a German reader meets it: every page in German, the same numbers in both
// languages, the choice remembered, German numbers typed and shown, a German spreadsheet, and
// nothing typed lost when the language changes.

const de = {
  app: deApp.app,
  assessment: deAssessment.assessment,
  landing: deLanding.landing,
  margins: deMargins.margins.margins,
  results: deResults.results,
  share: deShare.share.share,
  shared: deSharedLink.shared.shared,
  workshop: deWorkshop.workshop.workshop,
}

// ---------------------------------------------------------------------------------------------
// The English phrases a German page must not show, taken from the English edition itself: every
// text of four words or more that the German edition does not use as it is (the essay's quotes
// and points are the same in both, and shown inside lang="en"), and a few short words of the UI.

const EDITIONS: [name: string, english: object, german: object][] = [
  ['app', enApp, deApp],
  ['assessment', enAssessment, deAssessment],
  ['dimensions', enDimensions, deDimensions],
  ['landing', enLanding, deLanding],
  ['lifetime', enLifetime, deLifetime],
  ['marginFigures', enMarginFigures, deMarginFigures],
  ['margins', enMargins, deMargins],
  ['questions.v3', enQuestions, deQuestions],
  ['results', enResults, deResults],
  ['roles', enRoles, deRoles],
  ['share', enShare, deShare],
  ['sharedLink', enSharedLink, deSharedLink],
  ['storage', enStorage, deStorage],
  ['workshop', enWorkshop, deWorkshop],
]

/** Every string in a module's words, however deep; functions (worded from figures) are left out. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsIn)
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn)
  return []
}

const PRODUCT_NAME = enApp.app.appName
const wordCount = (phrase: string) => phrase.trim().split(/\s+/).length

const LONG_PHRASES = [
  ...new Set(
    EDITIONS.flatMap(([, english, german]) => {
      const germanStrings = new Set(stringsIn(german))
      return stringsIn(english).filter((s) => wordCount(s) >= 4 && !germanStrings.has(s) && s !== PRODUCT_NAME)
    }),
  ),
]

// "Dimension" is left out: German says "Dimension" too (src/i18n/de/GLOSSARY.md), so it would
// flag every German results page.
const SHORT_PHRASES = ['Next', 'Results', 'Start over', 'Print this report', 'Download', 'Compare', 'Margins', 'Your results', 'Question set', 'Level']

const normalSpace = (s: string) => s.replace(/\s+/g, ' ').trim()
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/**
 * A phrase found whole: not as part of a longer word or a hyphenated compound ("Level" is found
 * neither in "Levels" nor in German's "First-Level-Support").
 */
const ENGLISH = [...LONG_PHRASES, ...SHORT_PHRASES].map((phrase) => ({
  phrase,
  pattern: new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(normalSpace(phrase))}(?![\\p{L}\\p{N}-])`, 'u'),
}))

/**
 * English's commonest small words, which German never uses as words: a net for English that no
 * string of the English edition holds whole (sentences worded from figures, words written into a
 * component).
 */
const ENGLISH_WORDS = /(?<![\p{L}\p{N}-])(?:the|and|of|to|is|are|your|you|with|this|not|for|from)(?![\p{L}\p{N}-])/iu

/** The lines of `text` that hold one of English's small words, the product name aside. */
function englishLinesIn(text: string): string[] {
  return text
    .split('\n')
    .map((line) => normalSpace(line.split(PRODUCT_NAME).join(' ')))
    .filter((line) => ENGLISH_WORDS.test(line))
}

/** The English phrases found in `text`. */
function englishIn(text: string): string[] {
  const normal = normalSpace(text)
  return ENGLISH.filter(({ pattern }) => pattern.test(normal)).map(({ phrase }) => phrase)
}

/**
 * What a reader reads on the page, outside what is meant to be English (`[lang="en"]`): the text
 * with every disclosure opened, and the names given in attributes (charts, the QR code), which a
 * screen reader reads out.
 */
async function readableText(page: Page): Promise<string> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true
  })
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))))
  return page.evaluate(() => {
    // Hidden through the CSSOM: the page's Content-Security-Policy refuses a <style> added to it.
    const english = [...document.body.querySelectorAll<HTMLElement>('[lang="en"]')]
    const before = english.map((element) => element.style.getPropertyValue('display'))
    for (const element of english) element.style.setProperty('display', 'none', 'important')
    try {
      const names = [...document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')]
        .filter((element) => !element.closest('[lang="en"]'))
        .flatMap((element) => ['aria-label', 'title', 'placeholder', 'alt'].map((name) => element.getAttribute(name) ?? ''))
      return [document.body.innerText, ...names].join('\n')
    } finally {
      english.forEach((element, i) => element.style.setProperty('display', before[i]!))
    }
  })
}

type TitleKey = keyof typeof de.app.titles

/** The title of a page in German: the product name alone on the start page. */
function germanTitle(route: TitleKey): string {
  return route === 'home' ? de.app.appName : `${de.app.titles[route]} — ${de.app.appName}`
}

/**
 * Notes in `problems` what on the page is not German: English phrases, `<html lang>` and the title.
 * Collected rather than thrown, so that one run lists every page.
 */
async function checkGerman(page: Page, where: string, route: TitleKey, problems: string[]) {
  const title = germanTitle(route)
  await page.waitForFunction((want) => document.title === want, title, { timeout: 5_000 }).catch(() => {})
  const readable = await readableText(page)
  // What was read is the page, in German: the header's navigation at least.
  if (!readable.includes(de.app.nav.assessment) || !readable.includes(de.app.footer)) problems.push(`${where}: the page's German text was not read`)
  const english = englishIn(readable)
  if (english.length > 0) problems.push(`${where}: ${english.map((p) => JSON.stringify(p)).join(', ')}`)
  const lines = englishLinesIn(readable).filter((line) => !english.some((phrase) => line.includes(normalSpace(phrase))))
  if (lines.length > 0) problems.push(`${where}: English words in ${lines.map((l) => JSON.stringify(l.slice(0, 160))).join(', ')}`)
  const lang = await page.evaluate(() => document.documentElement.lang)
  if (lang !== 'de') problems.push(`${where}: <html lang="${lang}">`)
  // The language select is in the header of every page, and says German.
  const select = page.getByRole('banner').getByRole('combobox', { name: 'Language / Sprache' })
  if ((await select.count()) !== 1 || (await select.inputValue()) !== 'de') problems.push(`${where}: no language select saying German in the header`)
  const shownTitle = await page.title()
  if (shownTitle !== title) problems.push(`${where}: title ${JSON.stringify(shownTitle)}, not ${JSON.stringify(title)}`)
}

// ---------------------------------------------------------------------------------------------

/** The language select in the header, by its label, as a reader of either language finds it. */
const languageSelect = (page: Page) => page.getByLabel('Language / Sprache')

/** Chooses a language in the header and waits until the page speaks it. */
async function choose(page: Page, language: 'en' | 'de') {
  await languageSelect(page).selectOption(language)
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language)
}

const QUESTIONS = allQuestions(CURRENT_QUESTION_SET)
// The German words of the current question set (3).
const GERMAN_QUESTIONS = deQuestions.questionsV3 as Record<string, { text: string; levels: readonly string[]; quote: string; quoteRendering?: string }>

/** Answers every question of the current step, as a German reader does: by the level's German words. */
async function answerStepInGerman(page: Page, pick: (questionNumber: number) => number) {
  const groups = page.getByRole('group', { name: /^Frage \d+/ })
  await groups.first().waitFor()
  const count = await groups.count()
  for (let i = 0; i < count; i++) {
    const group = groups.nth(i)
    const number = Number(/Frage (\d+)/.exec(await group.innerText())![1])
    const words = GERMAN_QUESTIONS[QUESTIONS[number - 1]!.id]!
    await group.getByRole('radio', { name: words.levels[pick(number) - 1]!, exact: true }).check()
  }
}

/** A results link of the current question set from a pattern of 25 answers (see test/domain/answers.ts). */
function resultsLink(pattern: string): string {
  const ids = QUESTIONS.map((q) => q.id)
  return `${baseUrl()}#/r/${encodeResultLink({ questionSetVersion: CURRENT_QUESTION_SET.version, answers: answersFrom(pattern, ids) })}`
}

/** The scores on a results page, by their test ids. */
async function scores(page: Page): Promise<Record<string, string>> {
  await page.getByTestId('overall-score').waitFor()
  const ids = ['overall-score', 'side-score-product', 'side-score-service', ...CURRENT_QUESTION_SET.dimensions.map((d) => `dimension-score-${d.id}`)]
  const read: Record<string, string> = {}
  for (const id of ids) read[id] = await text(page, id)
  return read
}

/** A context whose browser speaks `locale`, with nothing stored. */
async function contextIn(browser: Browser, locale: string) {
  const context = await browser.newContext({ locale, viewport: { width: 1200, height: 900 } })
  const page = await context.newPage()
  return { context, page }
}

/** The label of a margin field in German, as the page shows it, amounts in euros. */
function germanFieldLabel(key: FigureKey): string {
  const field = FIGURE_FIELDS.find((f) => f.key === key)!
  const label = de.margins.fields[key].label
  return field.kind === 'money' ? `${label} (EUR)` : label
}

async function downloadedText(download: Promise<Download>): Promise<string> {
  return readFile((await (await download).path())!, 'utf8')
}

describeInChromium('the German edition in a real browser', () => {
  const browser = sharedBrowser()

  it('finds the English phrases it looks for on an English page, and none in German words', () => {
    // The check is only as good as its list: it must find English where English is.
    expect(LONG_PHRASES.length).toBeGreaterThan(200)
    expect(englishIn(`${enLanding.landing.landing.tagline}\nNext`)).toEqual([enLanding.landing.landing.tagline, 'Next'])
    expect(englishIn('Nächste Levels, Dimension, First-Level-Support, Ergebnisse')).toEqual([])
    expect(englishLinesIn('Die Marge des Service\nThe service first pays its way in year 6\nMore than a Chip')).toEqual(['The service first pays its way in year 6'])
  })

  it('shows no English on the start page, each step, the results and the margins, in German', { timeout: 300_000 }, async () => {
    const { context, page, watch } = await openPage(browser())
    const problems: string[] = []
    await page.goto(baseUrl())
    await page.getByRole('heading', { level: 1 }).waitFor()
    // In English, the same check finds English: it is not blind.
    expect(englishIn(await readableText(page)).length).toBeGreaterThan(5)
    await choose(page, 'de')
    await page.getByRole('link', { name: de.landing.landing.start }).waitFor()
    await checkGerman(page, 'start page', 'home', problems)
    // The essay's points stay English, marked so, and are left out of what is checked.
    const point = enDimensions.dimensions.dimensions.culture.point
    expect(await page.locator('[lang="en"]').filter({ hasText: point }).count()).toBe(1)
    expect(await readableText(page)).not.toContain(point)

    await page.goto(`${baseUrl()}#/assessment/culture`)
    for (let step = 0; step < 5; step++) {
      const name = CURRENT_QUESTION_SET.dimensions[step]!.id
      await page.getByRole('group', { name: /^Frage \d+/ }).first().waitFor()
      await checkGerman(page, `step ${step + 1} (${name})`, 'assessment', problems)
      await answerStepInGerman(page, (n) => (n % 5) + 1)
      await checkGerman(page, `step ${step + 1} (${name}), answered`, 'assessment', problems)
      // Each question's passage of the essay: in its English, marked so, with the German beside it.
      for (const question of CURRENT_QUESTION_SET.dimensions[step]!.questions) {
        const words = GERMAN_QUESTIONS[question.id]!
        const group = page.getByRole('group', { name: words.text })
        expect(await group.locator('[lang="en"]').innerText(), question.id).toBe(words.quote)
        expect(await group.getByText(words.quoteRendering!, { exact: true }).isVisible(), question.id).toBe(true)
      }
      await page.getByRole('button', { name: step < 4 ? de.assessment.assessment.next : de.assessment.assessment.toResults }).click()
    }
    await page.waitForURL(/#\/results$/)
    await page.getByTestId('overall-score').waitFor()
    await page.locator('[data-drawn="true"]').first().waitFor()
    await checkGerman(page, 'results', 'results', problems)

    await page.goto(baseUrl())
    await page.getByRole('link', { name: de.landing.landing.resume }).waitFor()
    await checkGerman(page, 'start page, with saved answers', 'home', problems)

    await page.goto(`${baseUrl()}#/margins`)
    await page.locator('canvas[data-testid="lifetime-chart"][data-drawn="true"]').waitFor()
    await checkGerman(page, 'margins, the worked example', 'margins', problems)
    // Margin figures of one's own: filled in with the German labels.
    await page.getByLabel(germanFieldLabel('unitPrice'), { exact: true }).fill('1999')
    await page.getByLabel(germanFieldLabel('subscribers'), { exact: true }).fill('2500')
    await page.getByLabel(germanFieldLabel('unitCost'), { exact: true }).fill('-5')
    await page.getByTestId('margin-unitCost-message').filter({ hasText: /\S/ }).waitFor()
    await checkGerman(page, 'margins, own figures with one refused', 'margins', problems)
    await page.getByLabel(germanFieldLabel('unitCost'), { exact: true }).fill('1020,5')
    await checkGerman(page, 'margins, own figures', 'margins', problems)

    await page.goto(`${baseUrl()}#/results`)
    await page.getByTestId('margin-combined-pct').waitFor()
    await page.getByTestId('lifetime-service-pays-year').waitFor()
    await page.locator('[data-drawn="true"]').first().waitFor()
    await checkGerman(page, 'results with margin figures', 'results', problems)
    await page.screenshot({ path: '/tmp/de-results.png', fullPage: true })
    // A dated snapshot, compared with today.
    await page.getByRole('button', { name: de.results.snapshots.save, exact: true }).click()
    const compareLabel = new RegExp(`^${escapeRegExp(de.results.snapshots.compareLabel('§')).replace('§', '.+')}$`)
    await page.getByRole('button', { name: compareLabel }).click()
    await page.getByRole('heading', { name: de.results.snapshots.comparisonTitle }).waitFor()
    await checkGerman(page, 'results with a snapshot, compared', 'results', problems)

    expect(problems).toEqual([])
    expect(watch.errors).toEqual([])
    await context.close()
  })

  it('shows no English on the compare page, a team link, a results link and the not-found page, in German', { timeout: 300_000 }, async () => {
    const { context, page, watch } = await openPage(browser())
    const problems: string[] = []
    await page.goto(baseUrl())
    await page.getByRole('heading', { level: 1 }).waitFor()
    await choose(page, 'de')

    await page.goto(`${baseUrl()}#/compare`)
    await page.getByLabel(de.workshop.linksLabel, { exact: true }).waitFor()
    await checkGerman(page, 'compare, empty', 'compare', problems)
    await page
      .getByLabel(de.workshop.linksLabel, { exact: true })
      .fill([resultsLink('11111 22222 33333 44444 55555'), resultsLink('55555 44444 33333 2222n 1111-')].join('\n'))
    await page.getByRole('table', { name: de.workshop.tableCaption }).waitFor()
    await page.locator('[data-drawn="true"]').first().waitFor()
    await checkGerman(page, 'compare, two results links', 'compare', problems)
    const teamLink = await page.getByLabel(de.workshop.teamLinkLabel, { exact: true }).inputValue()
    expect(teamLink).toMatch(/#\/t\/[A-Za-z0-9_-]+$/)

    await page.goto(teamLink)
    await page.getByTestId('team-median-overall').waitFor()
    await page.locator('[data-drawn="true"]').first().waitFor()
    await checkGerman(page, 'team link', 'team', problems)

    // One's own results, with margin figures, in a link; then opened beside one's own answers.
    await page.goto(`${baseUrl()}#/assessment/culture`)
    for (let step = 0; step < 5; step++) {
      await answerStepInGerman(page, () => 3)
      await page.getByRole('button', { name: step < 4 ? de.assessment.assessment.next : de.assessment.assessment.toResults }).click()
    }
    await page.waitForURL(/#\/results$/)
    await page.goto(`${baseUrl()}#/margins`)
    await page.getByLabel(germanFieldLabel('unitPrice'), { exact: true }).fill('1999')
    await page.goto(`${baseUrl()}#/results`)
    await page.getByLabel(de.share.includeMargins, { exact: true }).check()
    await page.getByLabel(de.share.labelLabel, { exact: true }).fill('Serviceteam')
    const link = resultsLink('55555 44444 33333 2222n 1111-')
    const ownLink = await page.getByLabel(de.share.linkLabel, { exact: true }).inputValue()
    expect(ownLink).toMatch(/#\/r\/[A-Za-z0-9_-]+$/)

    await page.goto(link)
    await page.getByTestId('overall-score').waitFor()
    await checkGerman(page, 'results link', 'shared', problems)
    await page.getByRole('button', { name: de.shared.compare, exact: true }).click()
    await page.getByRole('table', { name: de.shared.compareTitle }).waitFor()
    await checkGerman(page, 'results link, compared with mine', 'shared', problems)

    await page.goto(`${baseUrl()}#/r/${link.split('#/r/')[1]!.slice(0, 9)}`)
    await page.getByRole('alert').waitFor()
    await checkGerman(page, 'a damaged results link', 'shared', problems)

    await page.goto(`${baseUrl()}#/no-such-page`)
    await page.getByRole('heading', { name: de.app.notFound.title }).waitFor()
    await checkGerman(page, 'not found', 'not-found', problems)
    expect(watch.errors).toEqual([])
    await context.close()

    // The link with margin figures and a label, opened fresh, then switched to German.
    const fresh = await openPage(browser())
    await fresh.page.goto(ownLink)
    await fresh.page.getByTestId('overall-score').waitFor()
    await choose(fresh.page, 'de')
    await fresh.page.getByTestId('margin-combined-pct').waitFor()
    await fresh.page.locator('[data-drawn="true"]').first().waitFor()
    await checkGerman(fresh.page, 'results link with margin figures, opened fresh', 'shared', problems)
    expect(fresh.watch.errors).toEqual([])
    await fresh.context.close()

    expect(problems).toEqual([])
  })

  // Shows a bug, left failing: src/components/ResultsRecommendationStep.vue writes English
  // quotation marks around the level a next step leads to (“…”, in the template, not in the words),
  // and src/views/SharedResultView.vue around a results link's label in its heading; German opens
  // a quotation with „ and closes it with “, as the German words themselves do („Weiß nicht“).
  it('quotes German words with German quotation marks', async () => {
    const { context, page } = await openPage(browser())
    await completeAssessment(page, (n) => String((n % 4) + 1))
    await page.getByLabel(enShare.share.share.labelLabel, { exact: true }).fill('Serviceteam')
    const link = await page.getByLabel(enShare.share.share.linkLabel, { exact: true }).inputValue()
    await choose(page, 'de')
    await page.getByRole('heading', { level: 1, name: de.results.results.title }).waitFor()
    // An opening “ before a word is English; in German “ only closes.
    const englishQuotes = (readable: string) =>
      readable
        .split('\n')
        .map(normalSpace)
        .filter((line) => /(?:^|[\s(:])“(?=[\p{L}\p{N}])/u.test(line))
        .map((line) => line.slice(0, 120))
    expect.soft(englishQuotes(await readableText(page))).toEqual([])
    await context.close()

    const reader = await contextIn(browser(), 'de-DE')
    await reader.page.goto(link)
    await reader.page.getByTestId('overall-score').waitFor()
    expect.soft(await reader.page.getByRole('heading', { level: 1 }).innerText()).toBe(`${de.results.results.sharedTitle}: „Serviceteam“`)
    await reader.context.close()
  })

  it('shows the same scores in both languages', async () => {
    const { context, page, watch } = await openPage(browser())
    await completeAssessment(page, (n) => (n % 7 === 0 ? 'na' : String((n % 5) + 1)))
    const english = await scores(page)
    await choose(page, 'de')
    await page.getByRole('heading', { level: 1, name: de.results.results.title }).waitFor()
    expect(await scores(page)).toEqual(english)
    await choose(page, 'en')
    await page.getByRole('heading', { level: 1, name: enResults.results.results.title }).waitFor()
    expect(await scores(page)).toEqual(english)
    expect(watch.errors).toEqual([])
    await context.close()
  })

  it('remembers the choice through a reload', async () => {
    const { context, page } = await openPage(browser())
    await page.goto(`${baseUrl()}#/margins`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await choose(page, 'de')
    expect(await page.evaluate(() => localStorage.getItem('more-than-a-chip:language'))).toBe('de')
    await page.reload()
    await page.getByRole('heading', { level: 1, name: de.margins.title }).waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de')
    expect(await languageSelect(page).inputValue()).toBe('de')
    expect(await page.getByRole('navigation', { name: de.app.nav.label }).getByRole('link', { name: de.app.nav.results }).count()).toBe(1)
    await context.close()
  })

  it('opens in German for a German browser, in English for an English one, and keeps a German reader’s choice of English', async () => {
    const german = await contextIn(browser(), 'de-DE')
    await german.page.goto(baseUrl())
    await german.page.getByRole('link', { name: de.landing.landing.start }).waitFor()
    expect(await german.page.evaluate(() => document.documentElement.lang)).toBe('de')
    expect(await languageSelect(german.page).inputValue()).toBe('de')
    // A German reader who prefers English keeps English.
    await choose(german.page, 'en')
    await german.page.reload()
    await german.page.getByRole('link', { name: enLanding.landing.landing.start }).waitFor()
    expect(await german.page.evaluate(() => document.documentElement.lang)).toBe('en')
    await german.context.close()

    const english = await contextIn(browser(), 'en-US')
    await english.page.goto(baseUrl())
    await english.page.getByRole('link', { name: enLanding.landing.landing.start }).waitFor()
    expect(await english.page.evaluate(() => document.documentElement.lang)).toBe('en')
    expect(await languageSelect(english.page).inputValue()).toBe('en')
    await english.context.close()
  })

  it('opens a results link made on an English page in German for a German reader, with the same numbers', async () => {
    const { context, page } = await openPage(browser())
    await completeAssessment(page, (n) => String(((n * 3) % 5) + 1))
    const english = await scores(page)
    const link = await page.getByLabel(enShare.share.share.linkLabel, { exact: true }).inputValue()
    // Links carry no language: the same results give the same link on a German page.
    await choose(page, 'de')
    await page.getByRole('heading', { level: 1, name: de.results.results.title }).waitFor()
    expect(await page.getByLabel(de.share.linkLabel, { exact: true }).inputValue()).toBe(link)
    await context.close()

    const reader = await contextIn(browser(), 'de-DE')
    await reader.page.goto(link)
    await reader.page.getByTestId('overall-score').waitFor()
    expect(await reader.page.evaluate(() => document.documentElement.lang)).toBe('de')
    expect(await reader.page.getByRole('heading', { level: 1 }).innerText()).toBe(de.results.results.sharedTitle)
    expect(await scores(reader.page)).toEqual(english)
    await reader.context.close()
  })

  it('reads numbers typed the German way, and shows figures the German way', async () => {
    const { context, page, watch } = await openPage(browser())
    await page.goto(`${baseUrl()}#/margins`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await choose(page, 'de')
    const price = page.getByLabel(germanFieldLabel('unitPrice'), { exact: true })
    // Typed without grouping, the field says what it read, the German way.
    await price.fill('1234,5')
    expect(await text(page, 'margin-unitPrice-message')).toBe(de.margins.readAs('1.234,5'))
    expect(await description(price)).toContain('Gelesen als 1.234,5.')
    // Typed as German writes it: nothing to say, nothing refused.
    await price.fill('1.234,5')
    expect(await price.getAttribute('aria-invalid')).toBe('false')
    // The figures are those of 1234.5 (the example's other figures), shown the German way.
    const f = { ...EXAMPLE_FIGURES, unitPrice: 1234.5 }
    const productProfit = f.unitPrice * (1 - f.channelSharePct / 100) * f.unitsPerYear - f.unitCost * f.unitsPerYear - f.productFixedCostPerYear
    const productRevenue = f.unitPrice * (1 - f.channelSharePct / 100) * f.unitsPerYear
    const euros = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(productProfit)
    const pct = ((productProfit / productRevenue) * 100).toFixed(1).replace('.', ',')
    expect(await text(page, 'margin-product-profit')).toBe(euros)
    expect(await text(page, 'margin-product-pct')).toBe(`${pct} %`)
    // German formats: the euro sign after the number, a decimal comma, a point between thousands.
    expect(await text(page, 'margin-product-profit')).toMatch(/^-?\d{1,3}(\.\d{3})*\s€$/)
    expect(await text(page, 'margin-combined-pct')).toMatch(/^-?\d+,\d %$/)
    expect(await text(page, 'lifetime-value')).toMatch(/^-?[\d.]+(,\d\d)?\s€$/)
    expect(await page.getByRole('main').innerText()).not.toMatch(/€\d/)
    // "1.500" in a whole-number field: fifteen hundred to a German reader, who groups with ".".
    const units = page.getByLabel(germanFieldLabel('unitsPerYear'), { exact: true })
    await units.fill('1.500')
    expect(await units.getAttribute('aria-invalid')).toBe('false')
    expect(await text(page, 'margin-unitsPerYear-message')).toContain('Gelesen als 1.500')
    const profit = await text(page, 'margin-product-profit')
    // In English every figure keeps what it meant: a text that reads alike stays, one that would
    // read otherwise ("1.500" would be one and a half) is written the English way.
    await choose(page, 'en')
    expect(await marginField(page, 'unitPrice').inputValue()).toBe('1.234,5')
    expect(await text(page, 'margin-unitPrice-message')).toBe('Read as 1,234.5.')
    expect(await marginField(page, 'unitsPerYear').inputValue()).toBe('1500')
    expect(await marginField(page, 'unitsPerYear').getAttribute('aria-invalid')).toBe('false')
    expect(await text(page, 'margin-product-profit')).toMatch(/^-?€[\d,]+$/)
    expect((await text(page, 'margin-product-profit')).replace(/\D/g, '')).toBe(profit.replace(/\D/g, ''))
    expect(watch.errors).toEqual([])
    await context.close()
  })

  it('downloads the answers as a spreadsheet separated by ";" in German and by "," in English', async () => {
    const { context, page } = await openPage(browser())
    await completeAssessment(page, (n) => String((n % 5) + 1))
    const yourData = page.getByRole('region', { name: enResults.results.yourData.title })
    const english = page.waitForEvent('download')
    await yourData.getByRole('button', { name: enResults.results.yourData.exportCsv }).click()
    const englishLines = (await downloadedText(english)).replace(/^\uFEFF/, '').split('\r\n')
    expect(englishLines[0]).toBe(enResults.results.yourData.csv.columns.join(','))
    expect(englishLines[1]!.startsWith(`${CURRENT_QUESTION_SET.version},`)).toBe(true)

    await choose(page, 'de')
    const germanRegion = page.getByRole('region', { name: de.results.yourData.title })
    const german = page.waitForEvent('download')
    await germanRegion.getByRole('button', { name: de.results.yourData.exportCsv }).click()
    const germanLines = (await downloadedText(german)).replace(/^\uFEFF/, '').split('\r\n')
    expect(germanLines[0]).toBe(de.results.yourData.csv.columns.join(';'))
    expect(germanLines[0]!.split(';')).toHaveLength(8)
    // The first question, in its German words.
    const first = QUESTIONS[0]!
    expect(germanLines[1]!.startsWith(`${CURRENT_QUESTION_SET.version};`)).toBe(true)
    expect(germanLines[1]).toContain(GERMAN_QUESTIONS[first.id]!.text)
    await context.close()
  })

  it('has no axe violations in German on the start page, a step, the results, the margins and the compare page', { timeout: 180_000 }, async () => {
    const { context, page } = await openPage(browser())
    await completeAssessment(page, (n) => String((n % 5) + 1))
    await choose(page, 'de')
    const found: string[] = []
    const check = async (where: string) => found.push(...(await axeViolations(page)).map((v) => `${where}: ${v}`))
    await page.locator('[data-drawn="true"]').first().waitFor()
    await check('results')
    await page.goto(baseUrl())
    await page.getByRole('link', { name: de.landing.landing.resume }).waitFor()
    await check('start')
    await page.goto(`${baseUrl()}#/assessment/methods`)
    await page.getByRole('group', { name: /^Frage \d+/ }).first().waitFor()
    await check('step 2')
    await page.goto(`${baseUrl()}#/margins`)
    await page.locator('canvas[data-testid="lifetime-chart"][data-drawn="true"]').waitFor()
    await check('margins')
    await page.goto(`${baseUrl()}#/compare`)
    await page.getByLabel(de.workshop.linksLabel, { exact: true }).waitFor()
    await check('compare, empty')
    await page.getByLabel(de.workshop.linksLabel, { exact: true }).fill([resultsLink('11111 22222 33333 44444 55555'), resultsLink('33333 33333 33333 33333 33333')].join('\n'))
    await page.getByRole('table', { name: de.workshop.tableCaption }).waitFor()
    await check('compare, two links')
    expect(found).toEqual([])
    await context.close()
  })

  it('keeps the links pasted on the compare page when the language changes', async () => {
    const { context, page, watch } = await openPage(browser())
    await page.goto(`${baseUrl()}#/compare`)
    const pasted = [resultsLink('11111 11111 11111 11111 11111'), resultsLink('55555 55555 55555 55555 55555')].join('\n')
    await page.getByLabel(enWorkshop.workshop.workshop.linksLabel, { exact: true }).fill(pasted)
    expect(await text(page, 'team-median-overall')).toBe('50')
    // Switched in place: the page is not loaded again.
    await page.evaluate(() => Reflect.set(window, 'sameDocument', true))
    await choose(page, 'de')
    await page.getByRole('heading', { level: 1, name: de.workshop.title }).waitFor()
    expect(await page.evaluate(() => Reflect.get(window, 'sameDocument'))).toBe(true)
    expect(await page.getByLabel(de.workshop.linksLabel, { exact: true }).inputValue()).toBe(pasted)
    expect(await page.getByTestId('compare-lines').innerText()).toContain(de.workshop.lineOk(1))
    expect(await text(page, 'team-median-overall')).toBe('50')
    expect(englishIn(await readableText(page))).toEqual([])
    expect(watch.errors).toEqual([])
    await context.close()
  })
})
