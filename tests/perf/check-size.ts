/**
 * Size budgets of the built app, enforced in CI
 * (docs/decisions/0013-chunks-and-performance-budgets.md):
 *
 *   - the scorecard (`/`, the entry and its static imports): ≤ 150 KiB of JS, gzip, and no Recharts;
 *   - every other route (entry + its lazy page and that page's static imports): ≤ 300 KiB.
 *
 * Counted from the Vite manifest (tests/perf/sizes.ts), so the demo's mock API — loaded through a
 * dynamic import the live build does not have — is left out and listed apart.
 *
 *   node tests/perf/check-size.ts [dist] [--entry-budget=KiB] [--route-budget=KiB]
 *
 * Exits 1 with one line per broken budget.
 */
import { BUDGETS, buildSizes, kib, KiB, rechartsIn, type RouteLoad } from './sizes.ts'

function option(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`))
  if (!arg) return fallback
  const value = Number(arg.split('=')[1])
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`)
  return value
}

const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist'
const entryBudget = option('entry-budget', BUDGETS.entryKiB)
const routeBudget = option('route-budget', BUDGETS.routeKiB)

const sizes = buildSizes(dir)
const failures: string[] = []

function row(load: RouteLoad, budget: number) {
  const ok = load.js <= budget * KiB
  const largest = load.chunks
    .slice(0, 3)
    .map((c) => `${c.name} ${kib(c.gzip)}`)
    .join(', ')
  console.log(
    `${ok ? 'ok  ' : 'FAIL'}  ${load.route.padEnd(28)} ${kib(load.js).padStart(6)} / ${String(budget).padStart(3)} KiB JS` +
      `  ${String(load.chunks.length).padStart(2)} chunks  css ${kib(load.css)} KiB  (largest: ${largest})`,
  )
  if (!ok) {
    failures.push(
      `${load.route} loads ${kib(load.js)} KiB of JS (gzip), over its ${budget} KiB budget by ${kib(load.js - budget * KiB)} KiB`,
    )
  }
}

console.log(`Size budgets for ${dir}/ (JS, gzip -9, KiB; mock API excluded)`)
row(sizes.entry, entryBudget)
for (const route of sizes.routes) row(route, routeBudget)

const recharts = rechartsIn(dir, sizes.entry.chunks)
if (recharts.length > 0) {
  failures.push(
    `Recharts is in the scorecard's initial JS (${recharts.join(', ')}): keep chart code behind the lazy routes`,
  )
  console.log(`FAIL  Recharts in the entry: ${recharts.join(', ')}`)
} else {
  console.log('ok    Recharts stays out of the entry')
}
if (sizes.mock.chunks.length > 0) {
  console.log(
    `info  demo only, not counted: mock API ${kib(sizes.mock.js)} KiB (${sizes.mock.chunks.map((c) => c.name).join(', ')})` +
      ` + mockServiceWorker.js ${kib(sizes.mock.worker)} KiB + its data (JSON) ${kib(sizes.mock.data)} KiB`,
  )
}

for (const load of sizes.onDemand) {
  console.log(
    `info  on request, not counted: ${load.route} ${kib(load.js)} KiB (${load.chunks.map((c) => c.name).join(', ')})`,
  )
}

if (failures.length > 0) {
  console.error(`\ncheck:size failed — ${failures.length} budget(s) exceeded:`)
  for (const failure of failures) console.error(`  ✘ ${failure}`)
  console.error(
    'See docs/decisions/0013-chunks-and-performance-budgets.md: lazy-load what the first screen does not need.',
  )
  process.exit(1)
}
console.log('\ncheck:size passed')
