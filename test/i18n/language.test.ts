import { beforeEach, describe, expect, it, vi } from 'vitest'
import { initialLanguage } from '@/i18n/language'

describe('initialLanguage', () => {
  it.each<[string | null, string[], string]>([
    ['de', ['en-US'], 'de'],
    ['en', ['de-DE'], 'en'],
    [null, ['de-AT', 'en'], 'de'],
    [null, ['fr-FR', 'de'], 'de'],
    [null, ['fr-FR'], 'en'],
    ['xx', ['DE-CH'], 'de'],
    [null, [], 'en'],
  ])('stored %j, browser %j: %s', (stored, browser, expected) => {
    expect(initialLanguage(stored, browser)).toBe(expected)
  })
})

describe('switching the language', () => {
  beforeEach(() => {
    localStorage.clear()
    vi.resetModules()
  })

  /** A fresh copy of the module, as a page that has just started has it, in English. */
  const fresh = async () => {
    localStorage.setItem('more-than-a-chip:language', 'en')
    return import('@/i18n/language')
  }

  it('changes every module’s words in place, the page’s language, and remembers the choice', async () => {
    const { wordsIn, chooseLanguage, language } = await fresh()
    const a = await wordsIn({ en: async () => ({ hello: 'Hello' }), de: async () => ({ hello: 'Hallo' }) })
    const b = await wordsIn({ en: async () => ({ bye: 'Bye' }), de: async () => ({ bye: 'Tschüss' }) })
    await chooseLanguage('de')
    expect([a.hello, b.bye, language.value, document.documentElement.lang]).toEqual(['Hallo', 'Tschüss', 'de', 'de'])
    expect(localStorage.getItem('more-than-a-chip:language')).toBe('de')
  })

  it('changes nothing when one module’s words cannot be fetched', async () => {
    const { wordsIn, chooseLanguage, language } = await fresh()
    const a = await wordsIn({ en: async () => ({ hello: 'Hello' }), de: async () => ({ hello: 'Hallo' }) })
    const b = await wordsIn({ en: async () => ({ bye: 'Bye' }), de: () => Promise.reject(new Error('offline')) })
    await expect(chooseLanguage('de')).rejects.toThrow('offline')
    expect([a.hello, b.bye, language.value]).toEqual(['Hello', 'Bye', 'en'])
    expect(localStorage.getItem('more-than-a-chip:language')).toBe('en')
  })

  it('loads a module that arrives during a switch in the new language too, before anything changes', async () => {
    const { wordsIn, chooseLanguage } = await fresh()
    let release = () => {}
    const slow = new Promise<{ hello: string }>((resolve) => (release = () => resolve({ hello: 'Hallo' })))
    const a = await wordsIn({ en: async () => ({ hello: 'Hello' }), de: () => slow })
    const switching = chooseLanguage('de')
    const b = await wordsIn({ en: async () => ({ bye: 'Bye' }), de: async () => ({ bye: 'Tschüss' }) })
    release()
    await switching
    expect([a.hello, b.bye]).toEqual(['Hallo', 'Tschüss'])
  })

  it('lets the last choice win over one still loading', async () => {
    const { wordsIn, chooseLanguage, language } = await fresh()
    let release = () => {}
    const slow = new Promise<{ hello: string }>((resolve) => (release = () => resolve({ hello: 'Hallo' })))
    const a = await wordsIn({ en: async () => ({ hello: 'Hello' }), de: () => slow })
    const first = chooseLanguage('de')
    await chooseLanguage('en')
    release()
    await first
    expect([a.hello, language.value]).toEqual(['Hello', 'en'])
  })
})
