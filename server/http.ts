/**
 * The HTTP server: the API under /api, the live build of the app everywhere else, /healthz
 * (alive), /readyz (ready for traffic) and /metrics (Prometheus, with a token). Plain `node:http`
 * (eight GET endpoints and static files need no framework; zlib gives gzip and brotli).
 *
 * - Every response carries the security headers and `X-Request-Id` (the caller's, when it sends a
 *   sane one, else a new UUID); every request is logged as one JSON line (server/logger.ts) when
 *   its answer is sent. Pages carry the CSP the build wrote into index.html (plus
 *   `frame-ancestors 'none'`, which a meta tag cannot say).
 * - API answers carry a weak ETag of (API revision, data version, path, sorted query) and
 *   `Cache-Control: public, max-age=60, stale-while-revalidate=600`; `If-None-Match` answers 304
 *   after one small query (the data version). Answers are kept in memory per data version with
 *   their compressed forms (server/answer-cache.ts): any instance answers any request.
 * - Admission (server/admission.ts): a per-client concurrency limit and a global queue; beyond it
 *   429 or 503 with `Retry-After`.
 * - The database down or slow: 503 `unavailable` within the timeout, `Retry-After`, no caching,
 *   and the cause named in the log and the metrics.
 * - Draining (SIGTERM): /readyz answers 503 and every answer says `Connection: close`.
 */
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import type { ApiErrorBody } from '@/api/common'
import type { SearchEntry } from '@/domain/region-search'
import { Admission, AdmissionRefused } from './admission'
import { RawJson, routeApi } from './api'
import { AnswerCache } from './answer-cache'
import {
  DatabaseUnavailableError,
  isUnavailable,
  reasonOf,
  type Database,
  type UnavailableCause,
} from './db/database'
import { SCHEMA_VERSION } from './db/migrate'
import type { Log } from './logger'
import { createMetrics, type Metrics } from './metrics'
import { dataVersion, listIndicators, regionSearchIndex, type DataVersion } from './queries'
import type { Readiness } from './readiness'
import { chooseEncoding, send, type Headers } from './respond'
import type { StaticSite } from './static'
import { BUILD_VERSION } from './version'

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
  /** The longest an API request may take before it answers 503 (also the longest it may queue). */
  timeoutMs: number
  log: Log
  readiness: Readiness
  /** Null: /metrics answers 404. */
  metricsToken?: string | null
  cacheBytes?: number
  maxActive?: number
  maxQueue?: number
  clientMaxActive?: number
  clientMaxQueue?: number
  /** The client is the last address of X-Forwarded-For (one reverse proxy in front). */
  trustProxy?: boolean
  /** How long the data version read from the database is trusted (tests: 0). */
  versionTtlMs?: number
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

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new DatabaseUnavailableError(`no answer within ${ms} ms`, { reason: 'request-timeout' }),
        ),
      ms,
    )
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

/**
 * The data version, asked of the database at most once per `ttlMs` per instance (concurrent
 * callers share one query; a failure is not kept). A cached answer then costs no database round
 * trip at all — on a busy machine the round trip, two context switches, was most of a request's
 * time. An import shows within `ttlMs`, on top of the minute of `max-age` (decision 0073).
 */
function versionReader(db: Database, ttlMs: number) {
  let cached: { at: number; value: Promise<DataVersion | null> } | null = null
  return (): Promise<DataVersion | null> => {
    const now = performance.now()
    if (cached && now - cached.at < ttlMs) return cached.value
    const value = dataVersion(db)
    const entry = { at: now, value }
    cached = entry
    value.then(
      (version) => {
        // An empty database is asked again at once next time.
        if (version === null && cached === entry) cached = null
      },
      () => {
        if (cached === entry) cached = null
      },
    )
    return value
  }
}

/** How long an instance trusts the data version it read (see {@link versionReader}). */
const VERSION_TTL_MS = 1_000

type Caches = {
  version: () => Promise<DataVersion | null>
  indicatorIds: (version: DataVersion) => Promise<string[]>
  regionIndex: (version: DataVersion) => Promise<Array<SearchEntry<string>>>
  answers: AnswerCache
}

/** What the request log line and the metrics learn while a request is answered. */
type Context = {
  id: string
  client: string
  route: string
  cause?: UnavailableCause | 'client-limit'
}

const UNAVAILABLE_MESSAGES: Record<UnavailableCause | 'client-limit', string> = {
  'database-unreachable': 'The database is not answering; try again shortly.',
  'pool-exhausted': 'The server is busy; try again shortly.',
  'statement-timeout': 'The database is too slow right now; try again shortly.',
  'request-timeout': 'The server is too slow right now; try again shortly.',
  overloaded: 'The server is busy; try again shortly.',
  'migrations-pending': 'The server is being upgraded; try again shortly.',
  'no-data': 'The database holds no data yet.',
  draining: 'This server is shutting down; try again.',
  'client-limit': 'Too many requests at once from this client; try again shortly.',
}

function sendUnavailable(
  request: IncomingMessage,
  response: ServerResponse,
  context: Context,
  cause: UnavailableCause | 'client-limit',
  retryAfter = 5,
): Promise<void> {
  context.cause = cause
  return sendError(
    request,
    response,
    cause === 'client-limit' ? 429 : 503,
    cause === 'client-limit' ? 'too_many_requests' : 'unavailable',
    UNAVAILABLE_MESSAGES[cause],
    { 'Retry-After': String(retryAfter) },
  )
}

async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  params: URLSearchParams,
  { db, timeoutMs, log, readiness }: ServerOptions,
  caches: Caches,
  admission: Admission,
  context: Context,
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
  const blocked = readiness.blocksApi()
  if (blocked) return sendUnavailable(request, response, context, blocked)
  let release: () => void
  try {
    release = await admission.acquire(context.client)
  } catch (error) {
    if (!(error instanceof AdmissionRefused)) throw error
    return sendUnavailable(request, response, context, error.reason, 1)
  }
  try {
    const answer = await withDeadline(
      (async () => {
        const version = await caches.version()
        if (!version) {
          throw new DatabaseUnavailableError('the database holds no data yet', {
            reason: 'no-data',
          })
        }
        const etag = etagFor(version, path, params)
        if (matchesEtag(request.headers['if-none-match'], etag)) return { etag, answer: null }
        const answer = await caches.answers.get(
          version.id,
          `${path}?${normalisedQuery(params)}`,
          async () => {
            const { status, body } = await route.endpoint({
              db,
              version,
              indicatorIds: () => caches.indicatorIds(version),
              regionIndex: () => caches.regionIndex(version),
            })
            return {
              status,
              body: Buffer.from(body instanceof RawJson ? body.text : JSON.stringify(body)),
            }
          },
        )
        const encoding =
          answer.status === 200 && answer.body.length >= 1024
            ? chooseEncoding(request.headers['accept-encoding'])
            : null
        const encoded = encoding ? await answer.encoded(encoding) : null
        return { etag, answer: { ...answer, encoding, encoded } }
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
    const { status, body, encoding, encoded } = answer.answer
    if (status !== 200) {
      const error = JSON.parse(body.toString('utf8')) as ApiErrorBody
      return sendError(request, response, status, error.error.code, error.error.message)
    }
    return send(
      request,
      response,
      200,
      {
        ...cacheHeaders,
        'Content-Type': JSON_TYPE,
        ...(encoding && encoded ? { 'Content-Encoding': encoding } : {}),
      },
      encoded ?? body,
      { compressible: false, quality: 'fast' },
    )
  } catch (error) {
    if (isUnavailable(error)) {
      const cause = reasonOf(error)
      log.warn(
        {
          reqId: context.id,
          path,
          cause,
          err: error instanceof Error ? error.message : String(error),
        },
        `api ${path}: 503 (${cause})`,
      )
      return sendUnavailable(request, response, context, cause)
    }
    throw error
  } finally {
    release()
  }
}

async function handleReady(
  request: IncomingMessage,
  response: ServerResponse,
  { readiness }: ServerOptions,
): Promise<void> {
  const report = await readiness.check()
  await send(
    request,
    response,
    report.ready ? 200 : 503,
    { 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store' },
    Buffer.from(JSON.stringify(report)),
  )
}

async function handleMetrics(
  request: IncomingMessage,
  response: ServerResponse,
  token: string | null | undefined,
  metrics: Metrics,
): Promise<void> {
  const given = Buffer.from(request.headers.authorization ?? '')
  const wanted = Buffer.from(`Bearer ${token ?? ''}`)
  if (!token || given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
    // Off, or not for this caller: the same 404 either way, so it does not say which.
    return sendError(request, response, 404, 'not_found', 'no endpoint /metrics')
  }
  await send(
    request,
    response,
    200,
    { 'Content-Type': metrics.registry.contentType, 'Cache-Control': 'no-store' },
    Buffer.from(await metrics.registry.metrics()),
  )
}

/** The request's path (still percent-encoded) and query, whatever the request line held. */
function splitUrl(raw: string | undefined): {
  path: string
  params: URLSearchParams
  query: string
} {
  const text = raw ?? '/'
  const mark = text.indexOf('?')
  const path = mark === -1 ? text : text.slice(0, mark)
  const search = mark === -1 ? '' : text.slice(mark + 1)
  return {
    path: path.startsWith('/') ? path : `/${path}`,
    params: new URLSearchParams(search),
    query: search,
  }
}

/** The metrics' route label: a handful of values, never the raw path. */
function routeLabel(path: string): string {
  if (path === '/api' || path.startsWith('/api/')) {
    if (/^\/api\/agencies\/[^/]+$/.test(path)) return '/api/agencies/:id'
    const known = [
      'regions',
      'indicators',
      'series',
      'agencies',
      'programs',
      'directives',
      'pj-evaluations',
    ]
    const name = path.slice('/api/'.length)
    return known.includes(name) ? `/api/${name}` : '/api/unknown'
  }
  if (path === '/healthz' || path === '/readyz' || path === '/metrics') return path
  return 'static'
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/

/** The caller's address: the socket's, or behind a trusted proxy the last X-Forwarded-For entry. */
function clientOf(request: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers['x-forwarded-for']
    const list = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? ''))
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)
    const last = list.at(-1)
    if (last) return last
  }
  return request.socket.remoteAddress ?? 'unknown'
}

/**
 * The server's connections, for the drain: how many requests each has in flight and has answered.
 * Node's own `closeIdleConnections()` (which `server.close()` calls) also closes a connection that
 * was accepted but whose request is not parsed yet, and its client gets a reset: the drain uses
 * these instead (server/app.ts).
 */
type Connections = {
  /**
   * Closes connections with nothing in flight for `idleMs`: a client may have sent its next
   * request on a kept-alive connection just now (not read yet); closing it at once would reset
   * that request. Answers given while draining say `Connection: close`, so their clients close.
   */
  sweep(idleMs?: number): void
  /** Closes every connection (the grace period is over). */
  destroyAll(): void
  readonly size: number
}

export type KinerjaServer = Server & { metrics: Metrics; connections: Connections }

type SocketState = { busy: number; idleSince: number; marked: boolean }

export function createKinerjaServer(options: ServerOptions): KinerjaServer {
  const { log, readiness } = options
  const caches: Caches = {
    version: versionReader(options.db, options.versionTtlMs ?? VERSION_TTL_MS),
    indicatorIds: perVersion(() =>
      listIndicators(options.db).then((list) => list.map((indicator) => indicator.id)),
    ),
    regionIndex: perVersion(() => regionSearchIndex(options.db)),
    answers: new AnswerCache(options.cacheBytes ?? 64 * 1024 * 1024),
  }
  const admission = new Admission({
    maxActive: options.maxActive ?? 20,
    maxQueue: options.maxQueue ?? 256,
    clientMaxActive: options.clientMaxActive ?? 4,
    clientMaxQueue: options.clientMaxQueue ?? 64,
    queueTimeoutMs: options.timeoutMs,
  })
  const metrics = createMetrics(options.db, admission, caches.answers)
  const sockets = new Map<Socket, SocketState>()
  const server = createServer((request, response) => {
    const started = performance.now()
    const socketState = sockets.get(request.socket)
    if (socketState) {
      socketState.busy += 1
      socketState.marked = false
      response.once('close', () => {
        socketState.busy -= 1
        socketState.idleSince = performance.now()
      })
    }
    const { path, params, query } = splitUrl(request.url)
    const incomingId = request.headers['x-request-id']
    const context: Context = {
      id: typeof incomingId === 'string' && REQUEST_ID.test(incomingId) ? incomingId : randomUUID(),
      client: clientOf(request, options.trustProxy ?? false),
      route: routeLabel(path),
    }
    response.setHeader('X-Request-Id', context.id)
    // Once the port is closed for a drain, every answer (also one in flight when it closed) closes
    // its connection, so no client sends another request on a connection about to close. Before
    // that (the drain delay) connections stay open: clients keep using them instead of opening
    // new ones, which the closing port would reset.
    const writeHead = response.writeHead.bind(response)
    response.writeHead = ((...args: Parameters<typeof writeHead>) => {
      if (readiness.draining && !server.listening) response.setHeader('Connection', 'close')
      return writeHead(...args)
    }) as typeof response.writeHead
    let logged = false
    const done = () => {
      if (logged) return
      logged = true
      const ms = performance.now() - started
      const status = response.headersSent ? response.statusCode : 0
      metrics.request(context.route, request.method ?? '?', status, ms / 1000)
      if (context.cause) metrics.unavailable(context.cause)
      const probe =
        context.route === '/healthz' || context.route === '/readyz' || context.route === '/metrics'
      const line = {
        reqId: context.id,
        method: request.method,
        path,
        ...(query ? { query: query.length > 200 ? `${query.slice(0, 200)}…` : query } : {}),
        status,
        ms: Math.round(ms * 10) / 10,
        bytes: Number(response.getHeader('Content-Length') ?? 0),
        client: context.client,
        ...(context.cause ? { cause: context.cause } : {}),
        ...(response.writableFinished ? {} : { aborted: true }),
      }
      if (probe && status < 500) log.debug(line, 'request')
      else log.info(line, 'request')
    }
    response.once('finish', done)
    response.once('close', done)
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
        return handleApi(
          request,
          response,
          path.slice('/api'.length),
          params,
          options,
          caches,
          admission,
          context,
        )
      if (path === '/healthz') {
        return send(
          request,
          response,
          200,
          { 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store' },
          Buffer.from(JSON.stringify({ status: 'alive', version: BUILD_VERSION })),
        )
      }
      if (path === '/readyz') return handleReady(request, response, options)
      if (path === '/metrics')
        return handleMetrics(request, response, options.metricsToken, metrics)
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
      log.error(
        {
          reqId: context.id,
          method: request.method,
          path,
          err: error instanceof Error ? (error.stack ?? error.message) : String(error),
        },
        'internal error',
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
  // Longer than a reverse proxy keeps an idle upstream connection (nginx: 60 s), so the server
  // never closes one the proxy is about to reuse (a 502 at the proxy).
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
  server.on('connection', (socket: Socket) => {
    sockets.set(socket, { busy: 0, idleSince: performance.now(), marked: false })
    socket.once('close', () => sockets.delete(socket))
  })
  const connections: Connections = {
    sweep(idleMs = 1_000) {
      const now = performance.now()
      for (const [socket, state] of sockets) {
        if (state.busy > 0 || now - state.idleSince < idleMs) continue
        // Closed on the sweep after the one that found it idle: between the two the event loop
        // has read the sockets, so a request waiting in its buffer (after a long synchronous
        // stretch, such as a PGlite query) has shown up as busy.
        if (state.marked) socket.destroy()
        else state.marked = true
      }
    },
    destroyAll() {
      for (const socket of sockets.keys()) socket.destroy()
    },
    get size() {
      return sockets.size
    },
  }
  return Object.assign(server, { metrics, connections })
}
