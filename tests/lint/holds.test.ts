/**
 * The lint holds what it says (issue 19; docs/decisions/0049-folders-and-layers.md): a probe file
 * for each hole found at b6defac — where lint passed what it forbids — fails `npm run lint` now,
 * and what is allowed still passes. The probes are written into the real folders for the length of
 * the test (their names start with `lint-probe`, never `.tmp.`, which lint ignores) and linted
 * alone with the project's ESLint config, so this takes seconds, not the whole project's minutes.
 * The rules that need type information are left out: these need none, and without them ESLint
 * does not build the TypeScript program.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { afterAll, expect, test } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const RULES = new Set(['no-restricted-imports', 'import-x/no-restricted-paths'])

type Probe = {
  /** What the probe tries, as the test says it. */
  tries: string
  file: string
  source: string
  /** The rule that must refuse it; null: it must pass. */
  rule: string | null
}

const FEATURE_IMPORT = "import { compareView } from '@/features/compare/compare-view'"

const PROBES: Probe[] = [
  {
    tries: 'classic zod in a chart file',
    file: 'src/components/charts/lint-probe-zod.ts',
    source: "import { z } from 'zod'\nexport const probe = z.string()\n",
    rule: 'no-restricted-imports',
  },
  {
    tries: 'classic zod in a recharts-*.tsx file (the override adds Recharts, nothing else)',
    file: 'src/components/charts/recharts-lint-probe.tsx',
    source: "import { z } from 'zod'\nexport const probe = z.string()\n",
    rule: 'no-restricted-imports',
  },
  {
    tries: 'Recharts in a chart file not named recharts-*.tsx',
    file: 'src/components/charts/lint-probe-chart.tsx',
    source: "import { LineChart } from 'recharts'\nexport const probe = LineChart\n",
    rule: 'no-restricted-imports',
  },
  {
    tries: 'Recharts in src/components/charts/recharts-*.tsx (allowed)',
    file: 'src/components/charts/recharts-lint-probe-ok.tsx',
    source: "import { LineChart } from 'recharts'\nexport const probe = LineChart\n",
    rule: null,
  },
  {
    tries: 'features/about importing another feature',
    file: 'src/features/about/lint-probe.ts',
    source: `${FEATURE_IMPORT}\nexport const probe = compareView\n`,
    rule: 'import-x/no-restricted-paths',
  },
  {
    tries: 'features/about importing another feature, spelled relative',
    file: 'src/features/about/lint-probe-relative.ts',
    source:
      "import { compareView } from '../compare/compare-view'\nexport const probe = compareView\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    tries: 'src/analysis importing the design system (a layer above it)',
    file: 'src/analysis/lint-probe.ts',
    source:
      "import { ChartFrame } from '@/components/charts/chart-frame'\nexport const probe = ChartFrame\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    tries: 'server/ importing mocks/',
    file: 'server/lint-probe.ts',
    source: "import { handlers } from '../mocks/handlers'\nexport const probe = handlers\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    tries: "server/ importing the app's UI layers",
    file: 'server/lint-probe-ui.ts',
    source:
      "import { readingsCsv } from '@/analysis/export-rows'\nexport const probe = readingsCsv\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    tries: 'server/ importing data/ and src/api (allowed)',
    file: 'server/lint-probe-ok.ts',
    source:
      "import { getGeography } from '../data/reference/geography'\nimport { isRegionCode } from '@/api/common'\nexport const probe = [getGeography, isRegionCode]\n",
    rule: null,
  },
  {
    tries: 'mocks/ importing the server',
    file: 'mocks/lint-probe.ts',
    source: "import { startServer } from '../server/app'\nexport const probe = startServer\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    tries: 'mocks/ importing a feature',
    file: 'mocks/lint-probe-feature.ts',
    source: `${FEATURE_IMPORT}\nexport const probe = compareView\n`,
    rule: 'import-x/no-restricted-paths',
  },
  {
    tries: 'data/ importing mocks/',
    file: 'data/lint-probe.ts',
    source: "import { handlers } from '../mocks/handlers'\nexport const probe = handlers\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    tries: 'data/ importing the app beyond src/api and src/domain',
    file: 'data/lint-probe-ui.ts',
    source:
      "import { readingsCsv } from '@/analysis/export-rows'\nexport const probe = readingsCsv\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    tries: 'data/ importing MSW',
    file: 'data/lint-probe-msw.ts',
    source: "import { http } from 'msw'\nexport const probe = http\n",
    rule: 'no-restricted-imports',
  },
  {
    tries: 'the app importing data/',
    file: 'src/domain/lint-probe.ts',
    source:
      "import { getGeography } from '../../data/reference/geography'\nexport const probe = getGeography\n",
    rule: 'import-x/no-restricted-paths',
  },
]

/** Two modules that import each other's types only: a cycle all the same. */
const CYCLE = [
  {
    file: 'data/lint-probe-cycle-a.ts',
    source: "import type { B } from './lint-probe-cycle-b'\nexport type A = { b?: B }\n",
  },
  {
    file: 'data/lint-probe-cycle-b.ts',
    source: "import type { A } from './lint-probe-cycle-a'\nexport type B = { a?: A }\n",
  },
]

const written = new Set<string>()
function write(file: string, source: string) {
  written.add(file)
  writeFileSync(`${ROOT}${file}`, source)
}
afterAll(() => {
  for (const file of written) rmSync(`${ROOT}${file}`, { force: true })
})

test('a probe for each hole fails lint with the rule that forbids it; what is allowed passes', async () => {
  try {
    for (const probe of PROBES) write(probe.file, probe.source)
    const eslint = new ESLint({
      cwd: ROOT,
      overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
      ruleFilter: ({ ruleId }) => RULES.has(ruleId),
    })
    const results = await eslint.lintFiles(PROBES.map((probe) => probe.file))
    const found = PROBES.map((probe) => {
      const result = results.find((r) => r.filePath === `${ROOT}${probe.file}`)
      const rules = [...new Set(result?.messages.map((m) => m.ruleId ?? m.message))]
      return { tries: probe.tries, refusedBy: rules }
    })
    expect(found).toEqual(
      PROBES.map((probe) => ({ tries: probe.tries, refusedBy: probe.rule ? [probe.rule] : [] })),
    )
  } finally {
    for (const probe of PROBES) rmSync(`${ROOT}${probe.file}`, { force: true })
  }
}, 120_000)

test('a type-only import cycle fails `npm run check:cycles` (part of `npm run lint`)', () => {
  const scripts = (
    JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { scripts: Record<string, string> }
  ).scripts
  expect(scripts.lint).toContain('check:cycles')
  const command = scripts['check:cycles']
  expect(command).toBeDefined()
  try {
    for (const { file, source } of CYCLE) write(file, source)
    const run = spawnSync(command!, {
      cwd: ROOT,
      shell: true,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${ROOT}node_modules/.bin:${process.env.PATH ?? ''}` },
    })
    expect(run.status).not.toBe(0)
    expect(run.stdout).toContain('data/lint-probe-cycle-a.ts')
  } finally {
    for (const { file } of CYCLE) rmSync(`${ROOT}${file}`, { force: true })
  }
}, 60_000)
