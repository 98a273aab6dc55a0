/** Brotli and gzip for answers and files (node:zlib, off the main thread). */
import { promisify } from 'node:util'
import { brotliCompress, constants as zlib, gzip } from 'node:zlib'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

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
