/**
 * `npm test`: the types first (seconds, and nothing else is worth running on code that does not
 * compile), then lint and every Vitest project (pure, dom, server) at the same time: lint is one
 * thread, Vitest one worker per core, and each leaves the other's idle moments to use
 * (docs/decisions/0068-npm-test-in-half-the-time.md). The tests print as they run; lint prints
 * whole when it ends. Every step runs to its end, so one run reports every failure; the exit code
 * is the first failure's. Each step's wall time is printed last (docs/testing.md, "How long
 * `npm test` takes").
 *
 * Steps are npm scripts (package.json), so each can still be run alone: `npm run typecheck`,
 * `npm run lint`, `npm run test:unit`, `npm run test:server`.
 */
import { spawn } from 'node:child_process'

type Result = { name: string; code: number; seconds: number; output: string }

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const started = performance.now()

function run(name: string, args: string[], { buffer }: { buffer: boolean }): Promise<Result> {
  const start = performance.now()
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', ...args], {
      stdio: buffer ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      shell: process.platform === 'win32',
    })
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('close', (code, signal) =>
      resolve({
        name,
        code: code ?? (signal ? 1 : 0),
        seconds: (performance.now() - start) / 1000,
        output,
      }),
    )
  })
}

function report(results: Result[]): void {
  const total = (performance.now() - started) / 1000
  const steps = results.map((r) => `${r.name} ${r.seconds.toFixed(1)} s${r.code ? ' FAILED' : ''}`)
  console.log(`\nnpm test: ${steps.join(' · ')} · total ${total.toFixed(1)} s`)
}

console.log('== typecheck')
const typecheck = await run('typecheck', ['typecheck'], { buffer: false })
if (typecheck.code !== 0) {
  report([typecheck])
  process.exit(typecheck.code)
}

console.log('== lint (in the background) and tests')
const lintRun = run('lint', ['lint'], { buffer: true }).then((result) => {
  console.log(
    `\n== lint: ${result.code === 0 ? 'passed' : 'FAILED'} in ${result.seconds.toFixed(1)} s`,
  )
  if (result.output.trim()) console.log(result.output.trimEnd())
  return result
})
const tests = await run('tests', ['test:all-projects'], { buffer: false })
const lint = await lintRun
const results = [typecheck, lint, tests]
report(results)
process.exit(results.find((r) => r.code !== 0)?.code ?? 0)
