/**
 * Writing a response, for the API (./http.ts) and the app's files (./static.ts) alike: the security
 * headers every response carries, and compression as the client accepts it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { promisify } from 'node:util'
import { brotliCompress, constants as zlib, gzip } from 'node:zlib'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

export type Headers = Record<string, string>

/** `br`, `gzip` or null, from an Accept-Encoding header (a `;q=0` entry is a refusal). */
export function chooseEncoding(header: string | undefined): 'br' | 'gzip' | null {
  const accepted = new Set<string>()
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...rest] = part.trim().toLowerCase().split(';')
    const q = rest.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean)
    if (q === undefined || Number(q) > 0) accepted.add(name.trim())
  }
  if (accepted.has('br')) return 'br'
  if (accepted.has('gzip')) return 'gzip'
  return null
}

export async function compress(
  body: Buffer,
  encoding: 'br' | 'gzip',
  quality: 'fast' | 'best',
): Promise<Buffer> {
  if (encoding === 'br') {
    return brotli(body, {
      params: {
        [zlib.BROTLI_PARAM_QUALITY]: quality === 'fast' ? 4 : 11,
        [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    })
  }
  return gzipAsync(body, { level: quality === 'fast' ? 6 : 9 })
}

/** Writes a body (compressed when worth it), or only the headers for HEAD. */
export async function send(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  headers: Headers,
  body: Buffer | null,
  options: { compressible: boolean; quality: 'fast' | 'best' } = {
    compressible: true,
    quality: 'fast',
  },
): Promise<void> {
  const out: Headers = { ...SECURITY_HEADERS, ...headers }
  let payload = body
  if (body && options.compressible) {
    out.Vary = 'Accept-Encoding'
    const encoding = body.length >= 1024 ? chooseEncoding(request.headers['accept-encoding']) : null
    if (encoding) {
      payload = await compress(body, encoding, options.quality)
      out['Content-Encoding'] = encoding
    }
  }
  if (payload) out['Content-Length'] = String(payload.length)
  response.writeHead(status, out)
  response.end(request.method === 'HEAD' ? undefined : (payload ?? undefined))
}
