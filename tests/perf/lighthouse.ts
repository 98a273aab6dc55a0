/**
 * One Lighthouse 13 run in a fresh headless Chromium (its own profile, killed afterwards): the
 * mobile preset (Lighthouse's default: Moto G Power, slow 4G, 4× CPU, simulated) or the desktop one.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import lighthouse, { desktopConfig } from 'lighthouse'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export type Preset = 'mobile' | 'desktop'

export type LighthouseRun = {
  performance: number
  accessibility: number
  bestPractices: number
  lcp: number
  cls: number
  tbt: number
  fcp: number
  /** Audits of a scored category that did not pass, for the report. */
  failing: string[]
}

async function waitForPort(profile: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const port = Number(readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0])
      if (port > 0) return port
    } catch {
      // not written yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error('Chromium did not open its DevTools port')
}

function score(value: number | null | undefined): number {
  return Math.round((value ?? 0) * 100)
}

export async function runLighthouse(url: string, preset: Preset): Promise<LighthouseRun> {
  const profile = mkdtempSync(join(tmpdir(), 'kinerja-lh-'))
  const chrome = spawn(
    CHROMIUM,
    [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: 'ignore' },
  )
  try {
    const port = await waitForPort(profile, 15_000)
    const result = await lighthouse(
      url,
      {
        port,
        hostname: '127.0.0.1',
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
        maxWaitForLoad: 30_000,
      },
      preset === 'desktop' ? desktopConfig : undefined,
    )
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`)
    const { categories, audits } = result.lhr
    const numeric = (id: string) => audits[id]?.numericValue ?? Number.NaN
    const failing = [categories.accessibility, categories['best-practices']]
      .flatMap((category) => category?.auditRefs.filter((ref) => ref.weight > 0) ?? [])
      .map((ref) => audits[ref.id])
      .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
      .map((audit) => `${audit?.id} (${score(audit?.score)})`)
    return {
      performance: score(categories.performance?.score),
      accessibility: score(categories.accessibility?.score),
      bestPractices: score(categories['best-practices']?.score),
      lcp: numeric('largest-contentful-paint'),
      cls: numeric('cumulative-layout-shift'),
      tbt: numeric('total-blocking-time'),
      fcp: numeric('first-contentful-paint'),
      failing,
    }
  } finally {
    if (chrome.exitCode === null && chrome.signalCode === null) {
      const exited = new Promise((resolve) => chrome.once('exit', resolve))
      chrome.kill('SIGKILL')
      await exited
    }
    // Chromium's helper processes may still be writing to the profile as it goes: retry, and
    // leave a temporary folder behind rather than fail a finished measurement.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })
    } catch (error) {
      console.warn(`bench: could not remove ${profile}:`, error)
    }
  }
}
