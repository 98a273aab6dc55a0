import { useQueryClient, type Query } from '@tanstack/react-query'
import { useEffect, useState, useSyncExternalStore } from 'react'
import { useI18n } from '@/i18n/i18n'
import './feedback.css'

function staleQueries(queries: ReadonlyArray<Query>): Query[] {
  return queries.filter((query) => query.state.status === 'error' && query.state.data !== undefined)
}

/**
 * One banner for the whole page when a refresh failed but older data is still shown: says how old
 * the data is and offers a retry of every failed refresh.
 */
export function StaleBanner() {
  const i18n = useI18n()
  const { t } = i18n
  const client = useQueryClient()
  const cache = client.getQueryCache()
  const signature = useSyncExternalStore(
    (onChange) => cache.subscribe(onChange),
    () =>
      staleQueries(cache.getAll())
        .map((q) => `${q.queryHash}@${q.state.dataUpdatedAt}`)
        .join('|'),
  )
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!signature) return
    const first = setTimeout(() => setNow(Date.now()), 0)
    const timer = setInterval(() => setNow(Date.now()), 30_000)
    return () => {
      clearTimeout(first)
      clearInterval(timer)
    }
  }, [signature])
  if (!signature) return null
  const stale = staleQueries(cache.getAll())
  const oldest = Math.min(...stale.map((q) => q.state.dataUpdatedAt))
  const minutes = Math.max(0, Math.floor((now - oldest) / 60_000))
  return (
    <div className="notice notice--stale" role="status">
      <p className="notice__title">
        <span aria-hidden="true">⚠ </span>
        {minutes < 1 ? t('stale.justNow') : i18n.plural('stale.minutes', minutes)}
      </p>
      <button
        type="button"
        className="button"
        onClick={() =>
          stale.forEach((q) => void client.refetchQueries({ queryKey: q.queryKey, exact: true }))
        }
      >
        {t('state.retry')}
      </button>
    </div>
  )
}
