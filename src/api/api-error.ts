export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'invalid'

/** Every failure of the data layer, classified so the UI can say what happened and whether to retry. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind
  readonly status: number | null
  readonly path: string

  constructor(kind: ApiErrorKind, path: string, message: string, status: number | null = null) {
    super(message)
    this.name = 'ApiError'
    this.kind = kind
    this.path = path
    this.status = status
  }

  /** Network faults, timeouts and 5xx may pass; 4xx and invalid payloads will not. */
  get isRetryable(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true
    return this.kind === 'http' && this.status !== null && this.status >= 500
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}
