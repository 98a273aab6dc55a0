import { useSyncExternalStore } from 'react'
import { flushSync } from 'react-dom'
import type { ChartTheme } from './chart-tokens'

const DARK = '(prefers-color-scheme: dark)'

/** Set between `beforeprint` and `afterprint`: a page prints light (src/components/tokens/css.ts). */
let printing = false

function darkQuery(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(DARK)
    : null
}

function subscribe(onChange: () => void): () => void {
  const query = darkQuery()
  // Charts redraw before the browser takes its print snapshot (there is no later frame).
  const before = () => {
    printing = true
    flushSync(onChange)
  }
  const after = () => {
    printing = false
    onChange()
  }
  query?.addEventListener('change', onChange)
  window.addEventListener('beforeprint', before)
  window.addEventListener('afterprint', after)
  return () => {
    query?.removeEventListener('change', onChange)
    window.removeEventListener('beforeprint', before)
    window.removeEventListener('afterprint', after)
  }
}

function snapshot(): ChartTheme {
  return !printing && darkQuery()?.matches ? 'dark' : 'light'
}

/**
 * A chart's theme: the one it is given (a slide follows its deck), else the page's — dark when
 * the reader's system asks for it, as the page's CSS is, and light while printing.
 */
export function useChartTheme(given?: ChartTheme): ChartTheme {
  const page = useSyncExternalStore(subscribe, snapshot, () => 'light' as const)
  return given ?? page
}
