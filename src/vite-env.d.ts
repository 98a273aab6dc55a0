/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_API_MODE?: 'mock' | 'http'
  readonly VITE_API_BASE_URL?: string
  readonly VITE_API_TIMEOUT_MS?: string
  /** The city's region at build time (a static build without the server); see src/filters/default-region.ts. */
  readonly VITE_KINERJA_REGION?: string
  /** `prebuilt` in the demo page's bundle only: the mock API reads data the build prepared (data/prebuilt.ts). */
  readonly KINERJA_MOCK_DATA?: 'prebuilt'
  /** Where that data is (vite-plugins/demo-data.ts). */
  readonly KINERJA_MOCK_DATA_URL?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
