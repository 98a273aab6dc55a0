/**
 * Prometheus metrics (prom-client), one registry per server: requests by route, method and status,
 * their latency by route, 503s by named cause, the connection pool, the admission queue, the
 * answer cache, and Node's own (memory, event loop lag, GC). Served at /metrics only when
 * KINERJA_METRICS_TOKEN is set, to a request bearing it (docs/decisions/0072).
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import type { Admission } from './admission'
import type { AnswerCache } from './answer-cache'
import type { Database, UnavailableCause } from './db/database'
import { BUILD_VERSION } from './version'

export type Metrics = {
  registry: Registry
  request(route: string, method: string, status: number, seconds: number): void
  unavailable(cause: UnavailableCause | 'client-limit'): void
}

export function createMetrics(db: Database, admission: Admission, cache: AnswerCache): Metrics {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry, prefix: 'kinerja_' })
  new Gauge({
    name: 'kinerja_build_info',
    help: 'The running build (always 1)',
    labelNames: ['version'],
    registers: [registry],
  }).set({ version: BUILD_VERSION }, 1)
  const requests = new Counter({
    name: 'kinerja_http_requests_total',
    help: 'HTTP requests answered, by route, method and status',
    labelNames: ['route', 'method', 'status'],
    registers: [registry],
  })
  const duration = new Histogram({
    name: 'kinerja_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route',
    labelNames: ['route'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  })
  const unavailable = new Counter({
    name: 'kinerja_unavailable_total',
    help: 'Requests refused with 503 or 429, by named cause',
    labelNames: ['cause'],
    registers: [registry],
  })
  const gauge = (name: string, help: string, read: () => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read())
      },
    })
  gauge('kinerja_db_pool_max', 'Connections the pool may open', () => db.stats().max)
  gauge('kinerja_db_pool_total', 'Connections open', () => db.stats().total)
  gauge('kinerja_db_pool_idle', 'Connections open and idle', () => db.stats().idle)
  gauge('kinerja_db_pool_waiting', 'Queries waiting for a connection', () => db.stats().waiting)
  gauge('kinerja_api_active', 'API requests being worked on', () => admission.stats().active)
  gauge('kinerja_api_queued', 'API requests waiting for a slot', () => admission.stats().queued)
  gauge('kinerja_cache_entries', 'Answers in the cache', () => cache.stats().entries)
  gauge('kinerja_cache_bytes', 'Bytes of answers in the cache', () => cache.stats().bytes)
  gauge('kinerja_cache_hits', 'Answers served from the cache since start', () => cache.stats().hits)
  gauge('kinerja_cache_misses', 'Answers built since start', () => cache.stats().misses)
  return {
    registry,
    request(route, method, status, seconds) {
      requests.inc({ route, method, status: String(status) })
      duration.observe({ route }, seconds)
    },
    unavailable(cause) {
      unavailable.inc({ cause })
    },
  }
}
