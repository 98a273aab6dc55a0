import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const restrictedLibraries = [
  { name: 'recharts', message: 'Import charts from src/components/charts/* instead.' },
  { name: 'msw', message: 'MSW belongs in mocks/ and tests/.' },
  {
    name: 'zod',
    message:
      "Import from 'zod/mini': classic zod cannot be tree-shaken and adds ~18 KiB gzip to the first load (README, decision on budgets).",
  },
]

export default tseslint.config(
  {
    ignores: ['dist', 'dist-*', 'node_modules', 'tests/e2e/artifacts', '**/*.tmp.*'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...pluginQuery.configs['flat/recommended'],
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, never HTML.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: restrictedLibraries,
          patterns: [
            {
              group: ['**/mocks/**', '**/tests/**'],
              message: 'Production code never reaches mocks or tests.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Use getJson from src/api/client.ts.' },
      ],
    },
  },
  {
    // Features never import each other or the app; shared verticals never import features.
    files: [
      'src/features/**/*.{ts,tsx}',
      'src/api/**',
      'src/domain/**',
      'src/filters/**',
      'src/components/**',
      'src/i18n/**',
      'src/analysis/**',
      'src/config/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: restrictedLibraries,
          patterns: [
            {
              group: ['@/features/*', '@/app/*', '**/mocks/**', '**/tests/**'],
              message: 'Keep imports one-way: shared → features → app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/components/charts/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [restrictedLibraries[1]] }] },
  },
  { files: ['src/api/client.ts'], rules: { 'no-restricted-globals': 'off' } },
  {
    files: ['src/app/enable-mocking.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**', 'mocks/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
)
