import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { contentSecurityPolicy } from './build/contentSecurityPolicy.ts'
import { pwa } from './build/pwa.ts'
import { routePreload } from './build/routePreload.ts'
import { LANGUAGE_KEY, LANGUAGES } from './src/i18n/languages.ts'
import { ROUTES } from './src/router/routes.ts'

export default defineConfig({
  // Relative asset URLs: the built dist/ works from any static host and any sub-path.
  base: './',
  plugins: [vue(), routePreload(ROUTES, { languages: LANGUAGES, key: LANGUAGE_KEY }), contentSecurityPolicy(), pwa()],
  define: {
    // Every component uses <script setup>: leave the Options API and prod devtools hooks out of the bundle.
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    // No inline <script> for the module preload polyfill: keeps the CSP strict.
    modulePreload: { polyfill: false },
    // scripts/check-budgets.mjs reads it to measure what each view loads.
    manifest: true,
    // Terser packs about 3 % tighter than the default minifier: that keeps the results page in its budget.
    minify: 'terser',
    terserOptions: { compress: { passes: 2 } },
    rolldownOptions: {
      output: {
        // Vue, the router and Pinia in one chunk with the app: the words load on their own (in the
        // reader's language), and without this the bundler splits the framework into several small
        // chunks around them, which costs the first view about 2 KB.
        codeSplitting: {
          groups: [{ name: 'app', test: /node_modules[\\/](@vue|vue|vue-router|pinia)[\\/]/ }],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
})
