import { readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../..')
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>
const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})])

/** Every script, plugin and page source under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(m?[jt]s|vue)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
}

/** The package a bare import names: `vite`, `@vue/x` of `@vue/x/y`; null for paths, aliases and Node's own. */
function packageOf(specifier: string): string | null {
  if (/^(\.|\/|@\/|node:)/.test(specifier) || builtinModules.includes(specifier)) return null
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!
}

/** The specifiers of every `import … from`, `export … from`, `import '…'` and `import('…')` in `text`. */
function importsOf(text: string): string[] {
  const found = text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)
  return [...found].map((match) => match[1]!)
}

describe('the packages the tooling uses', () => {
  it('are all declared in package.json, so that a clean install has them', () => {
    const files = ['scripts', 'bench', 'build'].flatMap(sources)
    expect(files.length).toBeGreaterThan(8)
    const undeclared = files.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .map(packageOf)
        .filter((name): name is string => name !== null && !declared.has(name))
        .map((name) => `${relative(ROOT, file)}: ${name}`),
    )
    expect(undeclared).toEqual([])
  })

  it('finds a bare import that package.json lacks', () => {
    expect(importsOf("import { build } from 'rolldown'\nconst x = await import('left-pad')").map(packageOf)).toEqual(['rolldown', 'left-pad'])
    expect(packageOf('@vue/test-utils/dist')).toBe('@vue/test-utils')
    expect(packageOf('node:fs')).toBeNull()
    expect(packageOf('./lib/serve.mjs')).toBeNull()
  })
})
