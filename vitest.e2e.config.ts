import { fileURLToPath } from 'node:url'
import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

// End-to-end tests: real Chromium against the built app, served locally.
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'node',
      include: ['test/e2e/**/*.test.ts'],
      root: fileURLToPath(new URL('./', import.meta.url)),
      globalSetup: ['test/e2e/globalSetup.ts'],
      testTimeout: 60_000,
      hookTimeout: 120_000,
      // Two cores: one browser at a time keeps timings steady and the machine responsive.
      fileParallelism: false,
    },
  }),
)
