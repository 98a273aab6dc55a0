import { useEffect, useState } from 'react'

/** True once every query has settled, or once `ms` have passed, whichever comes first. */
export function useSettledOrLate(
  queries: ReadonlyArray<{ isPending: boolean }>,
  ms: number,
): boolean {
  const [late, setLate] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setLate(true), ms)
    return () => clearTimeout(timer)
  }, [ms])
  return late || queries.every((query) => !query.isPending)
}
