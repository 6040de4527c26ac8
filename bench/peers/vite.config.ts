import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'

// The bench's peer pages (see bench/bench.mjs), built like the app: relative paths, minified,
// Vue without the Options API. PEER picks the page, so that each is a bundle of its own.
const page = process.env.PEER === 'radar' ? 'radar' : 'questions'

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  build: {
    emptyOutDir: false,
    modulePreload: { polyfill: false },
    minify: 'terser',
    rolldownOptions: { input: { [page]: fileURLToPath(new URL(`./${page}.html`, import.meta.url)) } },
  },
})
