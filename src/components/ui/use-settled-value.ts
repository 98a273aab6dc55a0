import { useState } from 'react'

/**
 * `value` while `settled`; while not (a query shows the previous key's data as a placeholder), the
 * value that was current when it last settled. A view then reads the placeholder data with the key
 * it was fetched for: a region change keeps the old region's chart, marked as updating, instead of
 * looking the new region up in the old data and flashing "no data".
 */
export function useSettledValue<T>(value: T, settled: boolean): T {
  const [kept, setKept] = useState(value)
  // Adjusting state while rendering (React docs, "Storing information from previous renders").
  if (settled && !Object.is(kept, value)) setKept(value)
  return settled ? value : kept
}
