// What the build also needs to know of the languages (build/routePreload.ts): no imports here.

/** The languages the app speaks, English first: what a page falls back to. */
export const LANGUAGES = ['en', 'de'] as const
export type Language = (typeof LANGUAGES)[number]

/** Where the person's choice is kept. Links carry no language: each reader sees their own. */
export const LANGUAGE_KEY = 'more-than-a-chip:language'

/** The web app manifest of each language, which the page points to while it speaks it (build/pwa.ts writes them). */
export const MANIFEST_FILES: Record<Language, string> = { en: 'manifest.webmanifest', de: 'manifest.de.webmanifest' }
