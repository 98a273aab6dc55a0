/**
 * Deterministic pseudo-randomness for the synthetic data: the same seed string always gives the
 * same numbers, in the browser and in Node, so the mock API is reproducible. Never `Math.random`.
 */

/** FNV-1a, 32 bit: a small, well-spread hash of a string. */
function hashString(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** mulberry32: a tiny 32-bit PRNG with a good enough spread for mock data. Returns [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A generator seeded from the parts, e.g. `seededRandom('3271', 'tpt', '2019-08')`. */
export function seededRandom(...parts: ReadonlyArray<string>): () => number {
  return mulberry32(hashString(parts.join('|')))
}

/** One draw in [min, max) from the generator seeded by `parts`. */
export function seededUniform(min: number, max: number, ...parts: ReadonlyArray<string>): number {
  return min + (max - min) * seededRandom(...parts)()
}

export function round2(value: number): number {
  return roundTo(value, 2)
}

/** Rounded to the decimals the indicator is published with (a synthetic figure is no finer). */
export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals
  return Math.round(value * scale) / scale
}
