/**
 * The demo build's stand-in for `tldts` (vite.config.ts aliases it in the browser bundle only; tests,
 * the server and the dev server keep the real one). MSW keeps cookies in tough-cookie, which asks
 * tldts for a host's registrable domain, and tldts carries the whole public-suffix list for that:
 * ~100 KiB gzip, a third of the demo's mock code, downloaded by every first visit. The demo's mock
 * API answers its own origin and sets no cookie, so the answer only has to be sensible: the last two
 * labels of a name, three under a known second-level suffix (`go.id`, `co.id` …), nothing for an
 * address or a single label (docs/decisions/0043-demo-first-load.md).
 */
const SECOND_LEVEL = new Set([
  'ac.id',
  'biz.id',
  'co.id',
  'desa.id',
  'go.id',
  'mil.id',
  'my.id',
  'net.id',
  'or.id',
  'ponpes.id',
  'sch.id',
  'web.id',
  'co.uk',
  'com.au',
  'co.jp',
  'com.sg',
  'com.my',
])

export function getDomain(hostname: string | null | undefined): string | null {
  if (!hostname) return null
  const host = hostname.toLowerCase().replace(/\.$/, '')
  if (host.includes(':') || /^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return null
  const labels = host.split('.')
  if (labels.length < 2) return null
  const lastTwo = labels.slice(-2).join('.')
  if (SECOND_LEVEL.has(lastTwo)) return labels.length >= 3 ? labels.slice(-3).join('.') : null
  return lastTwo
}
