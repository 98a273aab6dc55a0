/**
 * The live build of the app (`dist-live/`, built with VITE_API_MODE=http VITE_API_BASE_URL=/api),
 * served from memory: hashed assets cached for a year (`immutable`), index.html revalidated on
 * every visit (`no-cache` + ETag). The app's routes ({@link APP_ROUTES}) get index.html (the app's
 * router draws them); any other path is a real 404 — with the app's page (it says "not found" in
 * the reader's language) where a page was asked for, plain text where a file was (a missing
 * script must not come back as HTML). Files under a dot folder (Vite's `.vite/manifest.json`) are
 * never served. index.html carries the city (`<meta name="kinerja-region">`, KINERJA_REGION), which
 * the app reads as its default region (docs/decisions/0070).
 * Pages carry the Content-Security-Policy the build wrote into index.html's meta tag, as a header,
 * with `frame-ancestors 'none'` added (a meta tag cannot carry it).
 */
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, relative, sep } from 'node:path'
import { compress, chooseEncoding, send } from './respond'

type StaticFile = { body: Buffer; type: string; etag: string; compressible: boolean }

export type StaticSite = {
  root: string
  /** The policy sent with every page. */
  csp: string
  serve(request: IncomingMessage, response: ServerResponse, path: string): Promise<void>
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml)|image\/svg\+xml)/

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/** The policy of index.html's CSP meta tag, or null when it has none. */
export function cspFromHtml(html: string): string | null {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (!/http-equiv\s*=\s*["']?Content-Security-Policy/i.test(tag)) continue
    const content = /content\s*=\s*"([^"]*)"|content\s*=\s*'([^']*)'/i.exec(tag)
    const value = content?.[1] ?? content?.[2]
    if (value) return decodeEntities(value)
  }
  return null
}

/**
 * The app's routes (src/app/app.tsx), as the server must know them to tell a page from a 404:
 * server/static.test.ts checks that every route path of the app is matched here.
 */
export const APP_ROUTES: ReadonlyArray<RegExp> = [
  /^\/$/,
  /^\/index\.html$/,
  /^\/briefing(\/presenter)?\/?$/,
  /^\/indicators\/[^/]+\/?$/,
  /^\/compare\/?$/,
  /^\/agencies\/?$/,
  /^\/agencies\/[^/]+\/?$/,
  /^\/programs\/?$/,
  /^\/about\/?$/,
]

export function isAppRoute(path: string): boolean {
  return APP_ROUTES.some((route) => route.test(path))
}

/** Every file under `dir`, except dot files and folders (`.vite/`, `.DS_Store`). */
function walk(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? walk(path) : [path]
    })
}

/** index.html with the city's region as a meta tag the app reads (replacing one already there). */
export function withRegion(html: string, region: string): string {
  const tag = `<meta name="kinerja-region" content="${region.replace(/[^0-9.]/g, '')}" />`
  const without = html.replace(/<meta name="kinerja-region"[^>]*>\s*/g, '')
  return without.includes('</head>') ? without.replace('</head>', `  ${tag}\n  </head>`) : without
}

/** Loads `root` (a Vite build) into memory; throws when it has no index.html. */
export function loadStaticSite(root: string, { region }: { region?: string } = {}): StaticSite {
  const files = new Map<string, StaticFile>()
  for (const path of walk(root)) {
    let body = readFileSync(path)
    if (region && relative(root, path) === 'index.html') {
      body = Buffer.from(withRegion(body.toString('utf8'), region))
    }
    const type = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
    const url = `/${relative(root, path).split(sep).join('/')}`
    files.set(url, {
      body,
      type,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      compressible: COMPRESSIBLE.test(type),
    })
  }
  const index = files.get('/index.html')
  if (!index) throw new Error(`${root}/index.html not found: build the app (npm run build:live)`)
  const policy = cspFromHtml(index.body.toString('utf8')) ?? "default-src 'self'; object-src 'none'"
  const csp = /frame-ancestors/.test(policy) ? policy : `${policy}; frame-ancestors 'none'`
  /**
   * Compressed bodies, made once per file and encoding at the best quality (brotli 11 takes ~1 s
   * for the whole build): started now, off the main thread, so the first visitor rarely waits.
   */
  const compressed = new Map<string, Promise<Buffer>>()
  const compressedBody = (file: StaticFile, encoding: 'br' | 'gzip') => {
    const key = `${file.etag}|${encoding}`
    let body = compressed.get(key)
    if (!body) {
      body = compress(file.body, encoding, 'best')
      body.catch(() => compressed.delete(key))
      compressed.set(key, body)
    }
    return body
  }
  for (const file of files.values()) {
    if (!file.compressible || file.body.length < 1024) continue
    for (const encoding of ['br', 'gzip'] as const)
      void compressedBody(file, encoding).catch(() => undefined)
  }

  return {
    root,
    csp,
    async serve(request, response, rawPath) {
      let path: string
      try {
        path = decodeURIComponent(rawPath)
      } catch {
        return send(
          request,
          response,
          400,
          { 'Content-Type': 'text/plain; charset=utf-8' },
          Buffer.from('Bad path'),
        )
      }
      const immutable = path.startsWith('/assets/')
      // A service worker is checked for updates on every visit; an old one must not linger.
      const worker = path === '/sw.js' || path === '/mockServiceWorker.js'
      let file = files.get(path === '/' ? '/index.html' : path)
      // A missing file (an asset, a worker script: anything named with an extension) is a 404,
      // never the app's page: a worker script answered with HTML would break the page's worker.
      if (!file && (immutable || /\.[A-Za-z0-9]+$/.test(path) || path.includes('/.'))) {
        return send(
          request,
          response,
          404,
          { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
          Buffer.from('Not found'),
        )
      }
      // Not a file, not a route of the app: the app's page (it shows "not found"), as a 404.
      const status = file || isAppRoute(path) ? 200 : 404
      file ??= index
      const headers: Record<string, string> = {
        'Content-Type': file.type,
        ETag: file.etag,
        'Cache-Control':
          file === index || worker
            ? 'no-cache'
            : immutable
              ? 'public, max-age=31536000, immutable'
              : 'public, max-age=3600',
      }
      if (file.type.startsWith('text/html')) headers['Content-Security-Policy'] = csp
      if (file.compressible) headers.Vary = 'Accept-Encoding'
      const ifNoneMatch = request.headers['if-none-match']
      if (
        status === 200 &&
        ifNoneMatch &&
        ifNoneMatch.split(',').some((tag) => tag.trim() === file.etag)
      ) {
        return send(request, response, 304, headers, null, { compressible: false, quality: 'best' })
      }
      const encoding =
        file.compressible && file.body.length >= 1024
          ? chooseEncoding(request.headers['accept-encoding'])
          : null
      if (!encoding) {
        return send(request, response, status, headers, file.body, {
          compressible: false,
          quality: 'best',
        })
      }
      const body = compressedBody(file, encoding)
      return send(
        request,
        response,
        status,
        { ...headers, 'Content-Encoding': encoding },
        await body,
        { compressible: false, quality: 'best' },
      )
    },
  }
}
