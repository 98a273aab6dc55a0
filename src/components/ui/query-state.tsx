import type { ReactNode } from 'react'
import { isApiError } from '@/api/api-error'
import { useI18n } from '@/i18n/i18n'

type QueryLike = {
  isPending: boolean
  isError: boolean
  error: unknown
  data?: unknown
  refetch: () => unknown
}

function errorMessageKey(error: unknown) {
  if (!isApiError(error)) return 'state.error' as const
  switch (error.kind) {
    case 'timeout':
      return 'state.error.timeout' as const
    case 'network':
      return 'state.error.network' as const
    case 'invalid':
      return 'state.error.invalid' as const
    case 'http':
      return 'state.error.http' as const
  }
}

/** A widget's error with a retry button, in the widget's own box. */
export function ErrorState({
  error,
  onRetry,
  compact = false,
}: {
  error: unknown
  onRetry: () => unknown
  compact?: boolean
}) {
  const { t } = useI18n()
  const status = isApiError(error) ? (error.status ?? '') : ''
  return (
    <div
      role="alert"
      className={compact ? 'state state--error state--compact' : 'state state--error'}
    >
      <p>
        <span aria-hidden="true">⚠ </span>
        {t(errorMessageKey(error), { status })}
      </p>
      <button type="button" className="button" onClick={() => void onRetry()}>
        {t('state.retry')}
      </button>
    </div>
  )
}

export function LoadingState({ label }: { label?: string }) {
  const { t } = useI18n()
  return (
    <p className="state state--loading" role="status">
      {label ?? t('state.loading')}
    </p>
  )
}

/**
 * Renders the loading or error state of the queries given, else the children. A failed refresh of
 * data already shown keeps the data (the stale banner says so), so a widget never blanks.
 */
export function QueryState({ queries, children }: { queries: QueryLike[]; children: ReactNode }) {
  const failed = queries.find((query) => query.isError && query.data === undefined)
  if (failed) {
    return (
      <ErrorState
        error={failed.error}
        onRetry={() => queries.filter((q) => q.isError).forEach((q) => void q.refetch())}
      />
    )
  }
  if (queries.some((query) => query.isPending)) return <LoadingState />
  return <>{children}</>
}
