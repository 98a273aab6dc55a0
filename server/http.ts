/**
 * The HTTP server: the API under /api, the live build of the app everywhere else, /healthz for a
 * load balancer. Plain `node:http` (eight GET endpoints and static files need no framework; zlib
 * gives gzip and brotli).
 *
 * - Every response carries the security headers; pages carry the CSP the build wrote into
 *   index.html (plus `frame-ancestors 'none'`, which a meta tag cannot say).
 * - API answers carry a weak ETag of (API revision, data version, path, sorted query) and
 *   `Cache-Control: public, max-age=60, stale-while-revalidate=600`; `If-None-Match` answers 304
 *   after one small query (the data version). Nothing is kept between requests but caches keyed by
 *   the data version: any instance answers any request.
 * - The database down or slow: 503 `unavailable` within the timeout, `Retry-After`, no caching.
 */
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { ApiErrorBody } from '@/api/common'
import { RawJson, routeApi } from './api'
import { DatabaseUnavailableError, isUnavailable, type Database } from './db/database'
import { SCHEMA_VERSION } from './db/migrate'
import type { SearchEntry } from '@/domain/region-search'
import { dataVersion, listIndicators, regionSearchIndex, type DataVersion } from './queries'
import { send, type Headers } from './respond'
import type { StaticSite } from './static'

/** Bumped when an answer's shape changes for the same data, so caches do not mix versions. */
const API_REVISION = `contract-2.schema-${SCHEMA_VERSION}`

/**
 * Browsers and CDNs may reuse an answer for a minute without asking; for ten more minutes a CDN
 * may serve it while it revalidates (a 304 here). Figures change only with an import (a few
 * times a month), so a minute of staleness after one is the price of a cacheable API.
 */
export const API_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600'

/** The API's answers are data, never a document: nothing may load from or frame them. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'"

export type ServerOptions = {
  db: Database
  site: StaticSite | null
  /** The longest an API request may take before it answers 503. */
  timeoutMs: number
  log: (message: string) => void
}

function errorBody(code: string, message: string): Buffer {
  return Buffer.from(JSON.stringify({ error: { code, message } } satisfies ApiErrorBody))
}

const JSON_TYPE = 'application/json; charset=utf-8'

function sendError(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  code: string,
  message: string,
  extra: Headers = {},
): Promise<void> {
  return send(
    request,
    response,
    status,
    {
      'Content-Type': JSON_TYPE,
      'Content-Security-Policy': API_CSP,
      'Cache-Control': 'no-store',
      ...extra,
    },
    errorBody(code, message),
  )
}

/** The query string with parameters sorted by name (values keep their order: it is meaningful). */
export function normalisedQuery(params: URLSearchParams): string {
  const sorted = [...params.entries()].map((entry, index) => ({ entry, index }))
  sorted.sort((a, b) =>
    a.entry[0] < b.entry[0] ? -1 : a.entry[0] > b.entry[0] ? 1 : a.index - b.index,
  )
  return new URLSearchParams(sorted.map((s) => s.entry)).toString()
}

function etagFor(version: DataVersion, path: string, params: URLSearchParams): string {
  const hash = createHash('sha256')
    .update(`${API_REVISION}\n${version.id}\n${path}\n${normalisedQuery(params)}`)
    .digest('base64url')
    .slice(0, 27)
  return `W/"${version.id}-${hash}"`
}

/** Whether an If-None-Match header names `etag` (weak comparison, `*` matches anything). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false
  const bare = etag.replace(/^W\//, '')
  return header
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => tag === '*' || tag.replace(/^W\//, '') === bare)
}

class RequestTimeout extends DatabaseUnavailableError {}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RequestTimeout(`no answer within ${ms} ms`)), ms)
  })
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer))
}

/**
 * A value loaded once per data version (the catalogue's ids, the regions' search fields): data
 * changes only with an import, so each instance loads it again when the version moves. A failed
 * load is not kept.
 */
function perVersion<T>(load: () => Promise<T>) {
  let cached: { version: number; value: Promise<T> } | null = null
  return (version: DataVersion): Promise<T> => {
    if (cached?.version !== version.id) {
      const value = load()
      const entry = { version: version.id, value }
      value.catch(() => {
        if (cached === entry) cached = null
      })
      cached = entry
    }
    return cached.value
  }
}

type Caches = {
  indicatorIds: (version: DataVersion) => Promise<string[]>
  regionIndex: (version: DataVersion) => Promise<Array<SearchEntry<string>>>
}

async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  params: URLSearchParams,
  { db, timeoutMs, log }: ServerOptions,
  caches: Caches,
): Promise<void> {
  const route = routeApi(path, params)
  if (!route.ok) {
    return sendError(
      request,
      response,
      route.status,
      route.body.error.code,
      route.body.error.message,
    )
  }
  try {
    const answer = await withDeadline(
      (async () => {
        const version = await dataVersion(db)
        if (!version) throw new DatabaseUnavailableError('the database holds no data yet')
        const etag = etagFor(version, path, params)
        if (matchesEtag(request.headers['if-none-match'], etag)) return { etag, answer: null }
        const answer = await route.endpoint({
          db,
          version,
          indicatorIds: () => caches.indicatorIds(version),
          regionIndex: () => caches.regionIndex(version),
        })
        return { etag, answer }
      })(),
      timeoutMs,
    )
    const cacheHeaders = {
      ETag: answer.etag,
      'Cache-Control': API_CACHE_CONTROL,
      Vary: 'Accept-Encoding',
      'Content-Security-Policy': API_CSP,
    }
    if (answer.answer === null) {
      return send(request, response, 304, cacheHeaders, null, {
        compressible: false,
        quality: 'fast',
      })
    }
    const { status, body } = answer.answer
    if (status !== 200) {
      const error = body as ApiErrorBody
      return sendError(request, response, status, error.error.code, error.error.message)
    }
    return send(
      request,
      response,
      200,
      { ...cacheHeaders, 'Content-Type': JSON_TYPE },
      Buffer.from(body instanceof RawJson ? body.text : JSON.stringify(body)),
    )
  } catch (error) {
    if (isUnavailable(error)) {
      log(
        `api ${path}: database unavailable (${error instanceof Error ? error.message : String(error)})`,
      )
      return sendError(
        request,
        response,
        503,
        'unavailable',
        'The database is not answering; try again shortly.',
        { 'Retry-After': '5' },
      )
    }
    throw error
  }
}

async function handleHealth(
  request: IncomingMessage,
  response: ServerResponse,
  { db, timeoutMs }: ServerOptions,
): Promise<void> {
  try {
    const version = await withDeadline(dataVersion(db), timeoutMs)
    await send(
      request,
      response,
      version ? 200 : 503,
      {
        'Content-Type': JSON_TYPE,
        'Cache-Control': 'no-store',
      },
      Buffer.from(
        JSON.stringify({ status: version ? 'ok' : 'empty', dataVersion: version?.id ?? null }),
      ),
    )
  } catch (error) {
    if (!isUnavailable(error)) throw error
    await sendError(request, response, 503, 'unavailable', 'The database is not answering.')
  }
}

/** The request's path (still percent-encoded) and query, whatever the request line held. */
function splitUrl(raw: string | undefined): { path: string; params: URLSearchParams } {
  const text = raw ?? '/'
  const mark = text.indexOf('?')
  const path = mark === -1 ? text : text.slice(0, mark)
  const search = mark === -1 ? '' : text.slice(mark + 1)
  return { path: path.startsWith('/') ? path : `/${path}`, params: new URLSearchParams(search) }
}

export function createKinerjaServer(options: ServerOptions): Server {
  const caches: Caches = {
    indicatorIds: perVersion(() =>
      listIndicators(options.db).then((list) => list.map((indicator) => indicator.id)),
    ),
    regionIndex: perVersion(() => regionSearchIndex(options.db)),
  }
  return createServer((request, response) => {
    const { path, params } = splitUrl(request.url)
    const isApi = path === '/api' || path.startsWith('/api/')
    void (async () => {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return sendError(
          request,
          response,
          405,
          'method_not_allowed',
          `${request.method ?? '?'} is not allowed; the API is read-only`,
          {
            Allow: 'GET, HEAD',
          },
        )
      }
      if (isApi)
        return handleApi(request, response, path.slice('/api'.length), params, options, caches)
      if (path === '/healthz') return handleHealth(request, response, options)
      if (!options.site) {
        return sendError(
          request,
          response,
          404,
          'not_found',
          'this server was started without the app (dist-live)',
        )
      }
      return options.site.serve(request, response, path)
    })().catch((error: unknown) => {
      options.log(
        `internal error on ${request.method} ${path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      )
      if (response.headersSent) {
        response.destroy()
        return
      }
      void sendError(request, response, 500, 'internal', 'Internal error').catch(() =>
        response.destroy(),
      )
    })
  })
}
