import { describe, expect, it } from 'vitest'
import type { Rollup } from 'vite'
import { inlinePreload, routeChunks, routeFragment, type RouteChunks } from '../../build/routePreload'
import { initialLanguage } from '@/i18n/language'
import { ROUTES } from '@/router/routes'

/** A chunk as the bundle has it, with just what the preload reads. */
function chunk(fileName: string, module: string | null, imports: string[] = [], css: string[] = [], isEntry = false, more: string[] = []) {
  return {
    type: 'chunk',
    fileName,
    moduleIds: [...(module ? [`/app/${module}`] : []), ...more.map((m) => `/app/${m}`)],
    imports,
    isEntry,
    viteMetadata: { importedCss: new Set(css), importedAssets: new Set() },
  } as unknown as Rollup.OutputChunk
}

describe('routeFragment', () => {
  it.each([
    ['/', { fragment: '#/', exact: true }],
    ['/results', { fragment: '#/results', exact: false }],
    ['/assessment/:step?', { fragment: '#/assessment', exact: false }],
    ['/r/:payload(.*)', { fragment: '#/r', exact: false }],
    ['/:pathMatch(.*)*', null],
  ])('%s opens from %j', (path, fragment) => {
    expect(routeFragment(path)).toEqual(fragment)
  })
})

/** A build whose words are not split by language. */
const NO_LANGUAGES = { languages: [], key: '' }

describe('routeChunks', () => {
  const chunks = [
    chunk('assets/index.js', 'src/views/LandingView.vue', ['assets/vue.js'], ['assets/index.css'], true),
    chunk('assets/vue.js', null),
    chunk('assets/ResultsView.js', 'src/views/ResultsView.vue', ['assets/vue.js', 'assets/report.js'], ['assets/results.css']),
    chunk('assets/report.js', null),
    chunk('assets/SharedResultView.js', 'src/views/SharedResultView.vue', ['assets/report.js']),
    chunk('assets/MarginsView.js', 'src/views/MarginsView.vue'),
    chunk('assets/chartMargins.js', 'src/charts/margins.ts'),
  ]
  const routes = [
    { path: '/', view: 'LandingView' },
    { path: '/results', view: 'ResultsView' },
    { path: '/r/:payload(.*)', view: 'SharedResultView' },
    { path: '/margins', view: 'MarginsView', alsoLoads: ['src/charts/margins.ts'] },
    { path: '/:pathMatch(.*)*', view: 'NotFoundView' },
  ]

  it('lists what each route needs beyond the entry, longest fragment first; a view in the entry needs nothing', () => {
    const data = routeChunks(routes, chunks, NO_LANGUAGES, () => [])
    const named = data.routes.map((r) => [r.fragment, r.files.map((i) => data.files[i])])
    expect(named).toEqual([
      ['#/results', ['assets/ResultsView.js', 'assets/results.css', 'assets/report.js']],
      ['#/margins', ['assets/MarginsView.js', 'assets/chartMargins.js']],
      ['#/r', ['assets/SharedResultView.js', 'assets/report.js']],
    ])
    // Files are listed once.
    expect(new Set(data.files).size).toBe(data.files.length)
  })

  it('lists the words each page loads in each language: the entry’s once, a route’s beyond them, an older set’s never', () => {
    const withWords = [
      ...chunks,
      chunk('assets/en-app.js', 'src/i18n/en/app.ts'),
      chunk('assets/de-app.js', 'src/i18n/de/app.ts'),
      chunk('assets/en-results.js', 'src/i18n/en/results.ts', ['assets/en-app.js']),
      chunk('assets/de-results.js', 'src/i18n/de/results.ts', ['assets/de-app.js']),
      chunk('assets/en-v1.js', 'src/i18n/en/questions.v1.ts'),
    ]
    const dynamicImports = (id: string) =>
      id.endsWith('LandingView.vue')
        ? ['/app/src/i18n/en/app.ts', '/app/src/i18n/de/app.ts']
        : id.endsWith('report.js') || id.endsWith('ResultsView.vue')
          ? ['/app/src/i18n/en/results.ts', '/app/src/i18n/de/results.ts', '/app/src/i18n/en/questions.v1.ts']
          : []
    const data = routeChunks(routes, withWords, { languages: ['en', 'de'], key: 'k' }, dynamicImports)
    const named = (indexes: number[] | undefined) => (indexes ?? []).map((i) => data.files[i])
    expect(named(data.words.en)).toEqual(['assets/en-app.js'])
    expect(named(data.words.de)).toEqual(['assets/de-app.js'])
    const results = data.routes.find((r) => r.fragment === '#/results')!
    expect(named(results.words.en)).toEqual(['assets/en-results.js'])
    expect(named(results.words.de)).toEqual(['assets/de-results.js'])
    expect(data.languageKey).toBe('k')
  })

  it('fails the build when a route’s view has no chunk', () => {
    expect(() => routeChunks([{ path: '/gone', view: 'GoneView' }], chunks, NO_LANGUAGES, () => [])).toThrow(/GoneView/)
  })

  it('knows every route of the app’s own table', () => {
    expect(ROUTES.map((r) => routeFragment(r.path)?.fragment ?? null)).toEqual([
      '#/',
      '#/assessment',
      '#/results',
      '#/margins',
      '#/r',
      '#/compare',
      '#/t',
      null,
    ])
  })
})

describe('inlinePreload', () => {
  it('puts the preload script, with its data and without its comments, inline after the title', () => {
    const html = inlinePreload('<head><title>t</title></head>', {
      files: ['assets/<x>.js'],
      routes: [{ fragment: '#/r', exact: false, files: [0], words: {} }],
      words: {},
      languages: ['en', 'de'],
      languageKey: 'k',
    })
    const script = /<\/title>\n    <script>([\s\S]*)<\/script>/.exec(html)![1]!
    expect(script).toContain('"files":["./assets/\\u003cx>.js"]')
    expect(script).toContain('"fragment":"#/r"')
    expect(script).not.toMatch(/ROUTE_CHUNKS|^\s*\/\//m)
    // It runs as it is: the data is a literal, the code plain ES5.
    expect(() => new Function(script.replace(/location\.hash|document/g, 'undefined'))).not.toThrow()
  })
})

describe('the preload script in the page', () => {
  const data: RouteChunks = {
    files: ['assets/en.js', 'assets/de.js', 'assets/view.js', 'assets/en-view.js', 'assets/de-view.js'],
    words: { en: [0], de: [1] },
    routes: [{ fragment: '#/results', exact: false, files: [2], words: { en: [3], de: [4] } }],
    languages: ['en', 'de'],
    languageKey: 'more-than-a-chip:language',
  }
  /** What the script asks for, run as the page runs it with this address, stored choice and browser languages. */
  function preloaded(hash: string, stored: string | null, browser: string[]): string[] {
    const html = inlinePreload('<title>t</title>', data)
    const script = /<script>([\s\S]*)<\/script>/.exec(html)![1]!
    const links: { href: string }[] = []
    const document = { createElement: () => ({}), head: { appendChild: (link: { href: string }) => links.push(link) } }
    const localStorage = { getItem: () => stored }
    new Function('location', 'localStorage', 'navigator', 'document', script)({ hash }, localStorage, { languages: browser }, document)
    return links.map((link) => link.href.replace('./assets/', ''))
  }

  it.each<[string | null, string[]]>([
    [null, ['de-AT', 'en']],
    [null, ['fr', 'en-GB']],
    [null, ['fr']],
    ['de', ['en-US']],
    ['en', ['de-DE']],
    ['xx', ['de']],
  ])('loads the words of the language the app will choose (stored %j, browser %j)', (stored, browser) => {
    const language = initialLanguage(stored, browser)
    expect(preloaded('#/results', stored, browser)).toEqual([`${language}.js`, 'view.js', `${language}-view.js`])
    expect(preloaded('#/', stored, browser)).toEqual([`${language}.js`])
  })
})
