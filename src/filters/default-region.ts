import { isRegionCode } from '@/api/common'

/** The region the app opens on when a link names none, unless configured otherwise. */
const FALLBACK_REGION = '3271'

/**
 * The city the app serves: its default region. The city is configuration, not code
 * (docs/decisions/0070): the reference server writes KINERJA_REGION into index.html as
 * `<meta name="kinerja-region" content="…">`, read here once at start (no request, nothing inline
 * for the CSP); a static build takes `VITE_KINERJA_REGION` at build time; else Kota Bogor (3271).
 */
export function configuredRegion(
  doc: Pick<Document, 'querySelector'> | undefined = typeof document === 'undefined'
    ? undefined
    : document,
  buildTime: string | undefined = import.meta.env.VITE_KINERJA_REGION,
): string {
  const fromPage = doc?.querySelector('meta[name="kinerja-region"]')?.getAttribute('content')
  if (fromPage && isRegionCode(fromPage)) return fromPage
  if (buildTime && isRegionCode(buildTime)) return buildTime
  return FALLBACK_REGION
}
