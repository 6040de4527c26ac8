import { describe, expect, it } from 'vitest'
import type { Rollup } from 'vite'
import { inlinePreload, routeChunks, routeFragment } from '../../build/routePreload'
import { ROUTES } from '@/router/routes'

/** A chunk as the bundle has it, with just what the preload reads. */
function chunk(fileName: string, module: string | null, imports: string[] = [], css: string[] = [], isEntry = false) {
  return {
    type: 'chunk',
    fileName,
    moduleIds: module ? [`/app/${module}`] : [],
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
    const data = routeChunks(routes, chunks)
    const named = data.routes.map((r) => [r.fragment, r.files.map((i) => data.files[i])])
    expect(named).toEqual([
      ['#/results', ['assets/ResultsView.js', 'assets/results.css', 'assets/report.js']],
      ['#/margins', ['assets/MarginsView.js', 'assets/chartMargins.js']],
      ['#/r', ['assets/SharedResultView.js', 'assets/report.js']],
    ])
    // Files are listed once.
    expect(new Set(data.files).size).toBe(data.files.length)
  })

  it('fails the build when a route’s view has no chunk', () => {
    expect(() => routeChunks([{ path: '/gone', view: 'GoneView' }], chunks)).toThrow(/GoneView/)
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
    const html = inlinePreload('<head><title>t</title></head>', { files: ['assets/<x>.js'], routes: [{ fragment: '#/r', exact: false, files: [0] }] })
    const script = /<\/title>\n    <script>([\s\S]*)<\/script>/.exec(html)![1]!
    expect(script).toContain('"files":["./assets/\\u003cx>.js"]')
    expect(script).toContain('"fragment":"#/r"')
    expect(script).not.toMatch(/ROUTE_CHUNKS|^\s*\/\//m)
    // It runs as it is: the data is a literal, the code plain ES5.
    expect(() => new Function(script.replace(/location\.hash|document/g, 'undefined'))).not.toThrow()
  })
})
