import type { Plugin } from 'vite'
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa'
import { MANIFEST_FILES } from '../src/i18n/languages.ts'

/** The app as a browser installs it. */
const MANIFEST: Partial<ManifestOptions> = {
  name: 'More than a Chip',
  short_name: 'More than a Chip',
  description: 'How ready is your organisation to run a digitised product? An assessment and a margin calculator that stay in your browser.',
  lang: 'en',
  start_url: './',
  scope: './',
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: '#0f766e',
  icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
}

/** The manifest's words in German: the page points to this file while it speaks German (src/i18n/language.ts). */
export const GERMAN_MANIFEST = {
  file: MANIFEST_FILES.de,
  lang: 'de',
  description:
    'Wie bereit ist Ihr Unternehmen, ein digitalisiertes Produkt zu betreiben? Ein Reifegrad-Check und ein Margenrechner, die in Ihrem Browser bleiben.',
}

/**
 * Installable and offline: a web app manifest, and a service worker that precaches the whole
 * built app, so that after one visit every page and any results link open without a network.
 * A new version waits until the person clicks "Update now" (src/composables/useAppUpdate.ts);
 * the page registers the worker itself, from an external module: no inline script.
 */
export function pwa(): Plugin[] {
  return [...VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: MANIFEST,
    workbox: {
      globPatterns: ['**/*.{html,js,css,svg,webmanifest}'],
      // Every page is index.html with a fragment: an offline navigation gets the cached page.
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // The worker takes charge of the page that installed it: on that first visit too, "Update
      // now" hands the page to the new version, which then reloads it.
      clientsClaim: true,
    },
  }), germanManifest()]
}

/** Writes the German manifest beside the English one: the same app, in German words. */
function germanManifest(): Plugin {
  return {
    name: 'german-manifest',
    apply: 'build',
    generateBundle() {
      const { file, ...words } = GERMAN_MANIFEST
      this.emitFile({ type: 'asset', fileName: file, source: JSON.stringify({ ...MANIFEST, ...words }) })
    },
  }
}
