/**
 * Structural equality for chart props: arrays and plain objects by content, anything else (numbers,
 * strings, functions) by identity. A Recharts chart costs tens of milliseconds to update, comparing
 * its props a fraction of one, so a chart re-renders only when what it draws has changed — not when
 * its page re-renders for a busy flag, a new region name in the heading or an unrelated query.
 */
export function equalData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    return a.every((item, index) => equalData(item, b[index]))
  }
  if (Array.isArray(b) || !isPlain(a) || !isPlain(b)) return false
  const keysA = Object.keys(a)
  if (keysA.length !== Object.keys(b).length) return false
  return keysA.every(
    (key) =>
      Object.hasOwn(b, key) &&
      equalData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  )
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown
  return proto === Object.prototype || proto === null
}
