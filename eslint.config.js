import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

/**
 * Each layer may import the layers listed before it, never those after.
 * @param {string[]} layers
 * @returns {Array<{ target: string, from: string, message: string, except?: string[] }>}
 */
function layerZones(layers) {
  return layers.flatMap((layer, index) =>
    layers.slice(index + 1).map((later) => ({
      target: `./${layer}`,
      from: `./${later}`,
      message: `${layer} is below ${later}: imports go one way (docs/decisions/0035-layers-enforced-by-lint.md).`,
    })),
  )
}

const restrictedLibraries = [
  { name: 'recharts', message: 'Import charts from src/components/charts/* instead.' },
  { name: 'msw', message: 'MSW belongs in mocks/ and tests/.' },
  {
    name: 'zod',
    message:
      "Import from 'zod/mini': classic zod cannot be tree-shaken and adds ~18 KiB gzip to the first load (docs/decisions/0013-chunks-and-performance-budgets.md).",
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
      'src/deck/**',
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
    // Folder boundaries, whatever the import's spelling (alias or relative), and no import cycles
    // (docs/decisions/0035-layers-enforced-by-lint.md): api ← domain ← i18n ← analysis ← components
    // ← filters ← deck ← features ← app; a feature never imports another; nothing in src reaches
    // mocks, tests or server.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...layerZones([
              'src/api',
              'src/domain',
              'src/i18n',
              'src/analysis',
              'src/components',
              'src/filters',
              'src/deck',
              'src/features',
              'src/app',
            ]),
            ...['overview', 'indicators', 'compare', 'agencies', 'programs', 'briefing'].map(
              (feature) => ({
                target: `./src/features/${feature}`,
                from: './src/features',
                except: [`./${feature}`],
                message: 'Features never import each other.',
              }),
            ),
            {
              target: './src',
              from: ['./mocks', './tests', './server'],
              message: 'Production code never reaches mocks, tests or the server.',
            },
          ],
        },
      ],
    },
  },
  {
    // The one sanctioned edge from the app to the demo's mock API
    // (docs/decisions/0003-msw-through-its-vite-plugin.md).
    files: ['src/app/enable-mocking.ts'],
    rules: { 'import-x/no-restricted-paths': 'off' },
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
    files: ['**/*.test.{ts,tsx}', 'tests/**', 'mocks/**', 'data/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
)
