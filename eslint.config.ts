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
