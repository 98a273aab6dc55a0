/**
 * The lint holds what it says (issue 19; docs/decisions/0049-folders-and-layers.md): a probe file
 * for each hole found at b6defac — where lint passed what it forbids — fails `npm run lint` now,
 * and what is allowed still passes. Each probe is linted as text at its path in the real folders
 * (ESLint's lintText: nothing is written into the tree, which `npm run lint` reads at the same
 * time, docs/decisions/0068-npm-test-in-half-the-time.md), alone, with the project's ESLint
 * config, so this takes seconds, not the whole project's minutes.
 * The rules that need type information are left out: these need none, and without them ESLint
 * does not build the TypeScript program.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { expect, test } from 'vitest'

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

test('a probe for each hole fails lint with the rule that forbids it; what is allowed passes', async () => {
  const eslint = new ESLint({
    cwd: ROOT,
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
    ruleFilter: ({ ruleId }) => RULES.has(ruleId),
  })
  const found = []
  for (const probe of PROBES) {
    const [result] = await eslint.lintText(probe.source, { filePath: `${ROOT}${probe.file}` })
    const rules = [...new Set(result?.messages.map((m) => m.ruleId ?? m.message))]
    found.push({ tries: probe.tries, refusedBy: rules })
  }
  expect(found).toEqual(
    PROBES.map((probe) => ({ tries: probe.tries, refusedBy: probe.rule ? [probe.rule] : [] })),
  )
}, 120_000)

test('a type-only import cycle fails `npm run check:cycles` (part of `npm run lint`)', () => {
  const scripts = (
    JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { scripts: Record<string, string> }
  ).scripts
  expect(scripts.lint).toContain('check:cycles')
  const command = scripts['check:cycles']
  expect(command).toBeDefined()
  // The command runs where only the probes are (its globs are relative), not in the tree that
  // `npm run lint` reads at the same time.
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-cycle-probe-'))
  try {
    for (const { file, source } of CYCLE) {
      mkdirSync(dirname(join(dir, file)), { recursive: true })
      writeFileSync(join(dir, file), source)
    }
    const run = spawnSync(command!, {
      cwd: dir,
      shell: true,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${ROOT}node_modules/.bin:${process.env.PATH ?? ''}` },
    })
    expect(run.status).not.toBe(0)
    expect(run.stdout).toContain('data/lint-probe-cycle-a.ts')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}, 60_000)
