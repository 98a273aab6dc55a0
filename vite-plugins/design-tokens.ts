import { fileURLToPath } from 'node:url'
import { runnerImport, type Plugin } from 'vite'

/** What src/components/tokens/css.ts gives the build (read by path: build code imports no src/). */
type TokensCss = {
  appTokensCss: () => string
  briefingTokensCss: () => string
  themeColors: () => Readonly<Record<'light' | 'dark', string>>
}

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SOURCE = `${ROOT}src/components/tokens/css.ts`

/**
 * The design tokens (src/components/tokens/tokens.ts) as CSS custom properties, written at build:
 * `import 'virtual:tokens.css'` (every page, src/main.tsx) and `import 'virtual:tokens-briefing.css'`
 * (the briefing's route). Vite treats them as any stylesheet: bundled, minified, hashed. The
 * generator runs through Vite's module runner, as demo-data.ts runs data/serialize.ts; in dev the
 * stylesheets follow an edit of the tokens.
 */
const MODULES: Readonly<Record<string, (tokens: TokensCss) => string>> = {
  'virtual:tokens.css': (tokens) => tokens.appTokensCss(),
  'virtual:tokens-briefing.css': (tokens) => tokens.briefingTokensCss(),
}

async function loadTokens(): Promise<TokensCss> {
  // The runner must not switch a production build's React to its development build.
  const nodeEnv = process.env.NODE_ENV
  try {
    const { module } = await runnerImport<TokensCss>(SOURCE, {
      configFile: false,
      logLevel: 'error',
    })
    return module
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
}

export function designTokens(): Plugin {
  let tokens: Promise<TokensCss> | undefined
  return {
    name: 'kinerja-design-tokens',
    enforce: 'pre',
    buildStart() {
      tokens = undefined
    },
    resolveId(id) {
      return id in MODULES ? `\0${id}` : undefined
    },
    async load(id) {
      const write = id.startsWith('\0') ? MODULES[id.slice(1)] : undefined
      if (!write) return undefined
      this.addWatchFile(`${ROOT}src/components/tokens/tokens.ts`)
      this.addWatchFile(SOURCE)
      tokens ??= loadTokens()
      return write(await tokens)
    },
    watchChange(id) {
      if (id.includes('/src/components/tokens/')) tokens = undefined
    },
    // The browser's own bar takes the header's colour, light or dark as the page is.
    async transformIndexHtml() {
      tokens ??= loadTokens()
      const colors = (await tokens).themeColors()
      return (['light', 'dark'] as const).map((theme) => ({
        tag: 'meta',
        attrs: {
          name: 'theme-color',
          content: colors[theme],
          media: `(prefers-color-scheme: ${theme})`,
        },
        injectTo: 'head' as const,
      }))
    },
  }
}
