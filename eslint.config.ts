import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'

export default defineConfigWithVueTs(
  { name: 'app/files-to-lint', files: ['**/*.{ts,mts,vue}'] },
  { name: 'app/files-to-ignore', ignores: ['**/dist/**', '**/coverage/**', 'bench-results/**'] },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    name: 'app/style',
    rules: {
      // Prettier-free project: let templates keep the formatting that reads best.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      // A component used but never imported renders as an unknown element, with no role and no style.
      'vue/no-undef-components': ['error', { ignorePatterns: ['^router-(link|view)$', '^RouterLink$', '^RouterView$'] }],
      'vue/no-unused-components': 'error',
    },
  },
  {
    // The rules of the thing stay plain TypeScript: no framework, no charting, no storage.
    name: 'app/domain-is-plain-typescript',
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Everything but zod and the domain's own modules.
              regex: '^(?!zod(/|$)|\\./|@/domain/)',
              message: 'src/domain/ imports only zod and itself.',
            },
          ],
        },
      ],
    },
  },
  {
    // Persistence keeps data in the browser's storage: it knows the domain's types, not the stores or the pages.
    name: 'app/persistence-is-storage-only',
    files: ['src/persistence/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!vue$|\\./|@/domain/|@/persistence/)', message: 'src/persistence/ imports only vue, the domain and itself.' }] },
      ],
    },
  },
  {
    // Stores hold the person's data: the domain's rules over persistence, no words and no pages.
    name: 'app/stores-hold-data',
    files: ['src/stores/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!vue$|pinia$|zod(/|$)|\\./|@/domain/|@/persistence/|@/stores/)',
              message: 'src/stores/ imports only vue, pinia, zod, the domain, persistence and other stores.',
            },
          ],
        },
      ],
    },
  },
  {
    // Charts and small helpers stand alone.
    name: 'app/charts-and-lib-stand-alone',
    files: ['src/charts/**', 'src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!chart\\.js$|\\./)', message: 'src/charts/ and src/lib/ import only Chart.js and their own modules.' }] },
      ],
    },
  },
  {
    // A composable is a function named use…: anything else lives in src/lib/, src/charts/ or the domain.
    name: 'app/composables-are-use-functions',
    files: ['src/composables/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportNamedDeclaration > FunctionDeclaration[id.name!=/^use[A-Z]/]', message: 'src/composables/ exports only functions named use….' },
        { selector: 'ExportNamedDeclaration > VariableDeclaration', message: 'src/composables/ exports only functions named use….' },
        { selector: 'ExportNamedDeclaration[source]', message: 'src/composables/ exports only functions named use….' },
        { selector: 'ExportNamedDeclaration > ClassDeclaration', message: 'src/composables/ exports only functions named use….' },
        { selector: 'ExportDefaultDeclaration', message: 'src/composables/ exports only functions named use….' },
      ],
    },
  },
  {
    // Components are presentational: props in, events out.
    name: 'app/components-take-props',
    files: ['src/components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/stores', '@/stores/*', '**/stores/*', '@/views/*', '**/views/*'], message: 'Components get data as props, not from stores.' },
          ],
        },
      ],
    },
  },
)
