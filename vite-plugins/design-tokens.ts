import type { Plugin } from 'vite'
import { appTokensCss, briefingTokensCss } from '../src/components/tokens/css.ts'
import { APP_COLORS } from '../src/components/tokens/tokens.ts'

/**
 * The design tokens (src/components/tokens/tokens.ts) as CSS custom properties, written at build:
 * `import 'virtual:tokens.css'` (every page, src/main.tsx) and `import 'virtual:tokens-briefing.css'`
 * (the briefing's route). Vite treats them as any stylesheet: bundled, minified, hashed. Editing
 * tokens.ts restarts the dev server (a config dependency), so the two never disagree.
 */
const MODULES: Readonly<Record<string, () => string>> = {
  'virtual:tokens.css': appTokensCss,
  'virtual:tokens-briefing.css': briefingTokensCss,
}

/** Resolved ids: a path-like name ending in .css, so Vite's CSS pipeline takes them. */
const resolved = (id: string) => `\0${id}`

export function designTokens(): Plugin {
  return {
    name: 'kinerja-design-tokens',
    enforce: 'pre',
    resolveId(id) {
      return id in MODULES ? resolved(id) : undefined
    },
    load(id) {
      const name = id.startsWith('\0') ? id.slice(1) : ''
      const css = MODULES[name]
      return css ? css() : undefined
    },
    // The browser's own bar takes the header's colour, light or dark as the page is.
    transformIndexHtml: () =>
      (['light', 'dark'] as const).map((theme) => ({
        tag: 'meta',
        attrs: {
          name: 'theme-color',
          content: APP_COLORS[theme].header,
          media: `(prefers-color-scheme: ${theme})`,
        },
        injectTo: 'head' as const,
      })),
  }
}
