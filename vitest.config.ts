import { fileURLToPath } from 'node:url'
import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

// `npm test` runs three projects: the rules, the components, then (one file at a time, after
// the others) the browser tests in Debian's Chromium against the built app. Without Chromium
// the browser tests are reported as skipped; test/e2e/globalSetup.ts fails the run instead
// under CI=true.
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      root: fileURLToPath(new URL('./', import.meta.url)),
      environment: 'happy-dom',
      projects: [
        {
          extends: true,
          test: { name: 'unit', include: ['test/{build,charts,composables,domain,i18n,stores}/**/*.test.ts'], setupFiles: ['test/loadQuestionWords.ts'] },
        },
        {
          extends: true,
          test: { name: 'components', include: ['test/components/**/*.test.ts'], setupFiles: ['test/loadQuestionWords.ts'] },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            environment: 'node',
            include: ['test/e2e/**/*.test.ts'],
            globalSetup: ['test/e2e/globalSetup.ts'],
            // The tests compare the page with every edition's words.
            setupFiles: ['test/loadQuestionWords.ts'],
            testTimeout: 60_000,
            hookTimeout: 120_000,
            // After the other projects, and one file at a time: two cores, one browser, steady timings.
            sequence: { groupOrder: 1 },
            fileParallelism: false,
          },
        },
      ],
    },
  }),
)
