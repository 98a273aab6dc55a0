import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

/**
 * The layers and their order (docs/decisions/0049-folders-and-layers.md). Each may import only
 * the layers before it, whatever the import's spelling (alias or relative):
 *
 *   src:       config ← api ← domain ← i18n ← analysis ← components ← filters ← deck ← features ← app
 *   outside:   src/api, src/domain ← data ← mocks, server;  data ← vite-plugins;  tests import anything
 *
 * A feature never imports another; nothing in src reaches data, mocks, server, tests or the build
 * code (but src/app/enable-mocking.ts's one import of mocks/browser.ts, the demo's edge); data is
 * plain TypeScript over src/api's shapes and src/domain's rules. Import cycles, type-only ones
 * included, are found by `npm run check:cycles` (dpdm), part of `npm run lint`.
 */
const SRC_LAYERS = [
  'config',
  'api',
  'domain',
  'i18n',
  'analysis',
  'components',
  'filters',
  'deck',
  'features',
  'app',
]

/** Read from the tree, so a new feature is held like the others. */
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

const LAYERS_MESSAGE = 'Imports go one way (docs/decisions/0049-folders-and-layers.md).'

/** @typedef {{ target: string | string[], from: string | string[], except?: string[], message: string }} Zone */

/**
 * Every boundary, as import-x/no-restricted-paths zones.
 * @param {{ demoEdge?: boolean }} [options] demoEdge: allow src → mocks/browser.ts (enable-mocking.ts)
 * @returns {Zone[]}
 */
function zones({ demoEdge = false } = {}) {
  /** @type {Zone[]} */
  const layers = SRC_LAYERS.flatMap((layer, index) =>
    SRC_LAYERS.slice(index + 1).map((later) => ({
      target: `./src/${layer}`,
      from: `./src/${later}`,
      message: `src/${layer} is below src/${later}. ${LAYERS_MESSAGE}`,
    })),
  )
  /** @type {Zone[]} */
  const features = FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: `Features never import each other (src/features/${feature}). ${LAYERS_MESSAGE}`,
  }))
  const outside = ['./data', './server', './tests', './vite-plugins']
  return [
    ...layers,
    ...features,
    {
      target: './src',
      from: outside,
      message: `The app never reaches data, the server, tests or the build code. ${LAYERS_MESSAGE}`,
    },
    {
      target: './src',
      from: './mocks',
      ...(demoEdge ? { except: ['./browser.ts'] } : {}),
      message: `The app never reaches the mock API (but src/app/enable-mocking.ts → mocks/browser.ts). ${LAYERS_MESSAGE}`,
    },
    {
      target: './data',
      from: './src',
      except: ['./api', './domain', './config'],
      message: `data/ uses src/api's shapes and src/domain's rules, nothing else of the app. ${LAYERS_MESSAGE}`,
    },
    {
      target: './data',
      from: ['./mocks', './server', './tests', './vite-plugins'],
      message: `data/ is below the mock API, the server, tests and the build. ${LAYERS_MESSAGE}`,
    },
    {
      target: ['./mocks', './server'],
      from: './src',
      except: ['./api', './domain', './config'],
      message: `The mock API and the server use src/api and src/domain, never the app's UI. ${LAYERS_MESSAGE}`,
    },
    {
      target: './server',
      from: ['./mocks', './tests', './vite-plugins'],
      message: `The server imports data/, never the mock API, tests or the build code. ${LAYERS_MESSAGE}`,
    },
    {
      target: './mocks',
      from: ['./server', './tests', './vite-plugins'],
      message: `The mock API imports data/ and src/api, never the server, tests or the build code. ${LAYERS_MESSAGE}`,
    },
    {
      target: './vite-plugins',
      from: ['./src', './mocks', './server', './tests'],
      message: `Build code imports data/ only. ${LAYERS_MESSAGE}`,
    },
  ]
}

/** Libraries each part may not import; a later block for the same files must repeat all of them. */
const RECHARTS = {
  group: ['recharts', 'recharts/*'],
  message:
    'Recharts only in src/components/charts/recharts-*.tsx, loaded on first use (docs/decisions/0036-chart-approach.md).',
}
const MSW = { group: ['msw', 'msw/*'], message: 'MSW belongs in mocks/ and tests/.' }
const REACT = {
  group: ['react', 'react/*', 'react-dom', 'react-dom/*'],
  message: 'No React here: plain TypeScript.',
}
const CLASSIC_ZOD = {
  name: 'zod',
  message:
    "Import from 'zod/mini': classic zod cannot be tree-shaken and adds ~18 KiB gzip to the first load (docs/decisions/0013-chunks-and-performance-budgets.md).",
}

/**
 * @param {{ paths?: Array<{ name: string, message: string }>, patterns?: Array<{ group: string[], message: string }> }} banned
 */
function restrictedImports({ paths = [], patterns = [] }) {
  return ['error', { paths, patterns }]
}

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
      'no-restricted-imports': restrictedImports({
        paths: [CLASSIC_ZOD],
        patterns: [RECHARTS, MSW],
      }),
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Use getJson from src/api/client.ts.' },
      ],
    },
  },
  {
    // Adds Recharts to what these files may import; classic zod and MSW stay out.
    files: ['src/components/charts/recharts-*.tsx'],
    rules: {
      'no-restricted-imports': restrictedImports({ paths: [CLASSIC_ZOD], patterns: [MSW] }),
    },
  },
  {
    // The demo's one edge to the mock API (docs/decisions/0003-msw-through-its-vite-plugin.md):
    // MSW's browser module, nothing else.
    files: ['src/app/enable-mocking.ts'],
    rules: {
      'no-restricted-imports': restrictedImports({ paths: [CLASSIC_ZOD], patterns: [RECHARTS] }),
    },
  },
  {
    files: ['data/**/*.ts', 'server/**/*.ts', 'vite-plugins/**/*.ts'],
    rules: { 'no-restricted-imports': restrictedImports({ patterns: [MSW, REACT, RECHARTS] }) },
  },
  {
    // Boundaries, for every part alike (src tests and fixtures may reach test helpers).
    files: [
      'src/**/*.{ts,tsx}',
      'data/**/*.ts',
      'mocks/**/*.ts',
      'server/**/*.ts',
      'vite-plugins/**/*.ts',
    ],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: zones() }],
    },
  },
  {
    files: ['src/app/enable-mocking.ts'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: zones({ demoEdge: true }) }] },
  },
  { files: ['src/api/client.ts'], rules: { 'no-restricted-globals': 'off' } },
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**', 'mocks/**', 'data/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
)
