/**
 * Proves the live build (VITE_API_MODE=http) carries no mock code: no worker file, no MSW in any
 * chunk, and no reference to the mock dataset. Run after `npm run build:live`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

const dir = process.argv[2] ?? 'dist-live'
const files: string[] = []
function walk(path: string) {
  for (const name of readdirSync(path)) {
    const full = join(path, name)
    if (statSync(full).isDirectory()) walk(full)
    else files.push(full)
  }
}
walk(dir)

const problems: string[] = []
for (const file of files) {
  if (/mockServiceWorker/i.test(file)) problems.push(`worker file present: ${file}`)
  if (!/\.(js|html|css)$/.test(file)) continue
  const text = readFileSync(file, 'utf8')
  for (const marker of [
    'mockServiceWorker',
    'virtual:msw',
    'setupWorker',
    '[MSW]',
    // A method text of the mock dataset: present in the demo's mock chunk, never in the live build.
    'Interpolasi antara dua angka resmi',
  ]) {
    if (text.includes(marker)) problems.push(`${file} contains "${marker}"`)
  }
}

console.log(`live build check: ${files.length} files scanned in ${dir}`)
if (problems.length > 0) {
  for (const problem of problems) console.error(`  ✗ ${problem}`)
  process.exit(1)
}
console.log('  ✓ no MSW code, no worker file, no mock dataset')
