/**
 * The build's version: `package.json`'s version and the commit it was built from
 * (`0.1.0+abc1234`), written into the bundle by server/vite.config.ts; `dev` when the source runs
 * unbundled (tests). /healthz, /readyz, /metrics and every log line carry it.
 */
declare const __KINERJA_VERSION__: string | undefined

export const BUILD_VERSION: string =
  typeof __KINERJA_VERSION__ === 'string' ? __KINERJA_VERSION__ : 'dev'
