/**
 * API answers kept in memory per data version, with their compressed forms: the national answers
 * (`/series?parent=0000`, 2.3 MB of JSON) are built and compressed once per import, not per
 * request. Concurrent requests for the same answer share one build (single flight). Bounded in
 * bytes (raw plus compressed), least recently used first out; a new data version empties it.
 * Only 200 answers are kept. Keys are the path and the normalised query, and unknown parameters
 * are refused before this (400), so a client cannot grow it with junk (docs/decisions/0073).
 */
import { compress } from './respond'

/** Answers at least this large are compressed again at the best quality in the background. */
const BEST_QUALITY_FROM = 256 * 1024

export type Built = { status: number; body: Buffer }

export type CachedAnswer = Built & {
  /** The body compressed with `encoding`, made once and kept while the entry lives. */
  encoded(encoding: 'br' | 'gzip'): Promise<Buffer>
}

type Entry = {
  status: number
  body: Buffer
  encodings: Map<'br' | 'gzip', Promise<Buffer>>
  bytes: number
}

export class AnswerCache {
  private version: number | null = null
  private readonly entries = new Map<string, Entry>()
  private readonly pending = new Map<string, Promise<Entry>>()
  private bytes = 0
  hits = 0
  misses = 0

  constructor(private readonly maxBytes: number) {}

  stats(): { entries: number; bytes: number; hits: number; misses: number } {
    return { entries: this.entries.size, bytes: this.bytes, hits: this.hits, misses: this.misses }
  }

  private switchTo(version: number): void {
    if (this.version === version) return
    this.version = version
    this.entries.clear()
    this.pending.clear()
    this.bytes = 0
  }

  async get(version: number, key: string, build: () => Promise<Built>): Promise<CachedAnswer> {
    this.switchTo(version)
    const full = `${version}|${key}`
    let entry: Entry | undefined = this.entries.get(full)
    if (entry) {
      this.hits += 1
      // Most recently used last.
      this.entries.delete(full)
      this.entries.set(full, entry)
    } else {
      let flight = this.pending.get(full)
      if (flight) this.hits += 1
      else {
        this.misses += 1
        flight = build().then((built) => ({
          ...built,
          encodings: new Map(),
          bytes: built.body.length,
        }))
        this.pending.set(full, flight)
        flight.then(
          (made) => {
            if (this.pending.get(full) !== flight) return
            this.pending.delete(full)
            if (made.status === 200) this.store(full, made)
          },
          () => {
            if (this.pending.get(full) === flight) this.pending.delete(full)
          },
        )
      }
      entry = await flight
    }
    const kept = entry
    return {
      status: kept.status,
      body: kept.body,
      encoded: (encoding) => {
        let body = kept.encodings.get(encoding)
        if (!body) {
          body = compress(kept.body, encoding, 'fast')
          kept.encodings.set(encoding, body)
          const fast = body
          fast.then(
            (made) => {
              this.account(full, kept, made.length)
              // A large answer is compressed again at the best quality, off the main thread,
              // and served so from then on: fewer bytes for every later request of this version.
              if (kept.body.length >= BEST_QUALITY_FROM) {
                compress(kept.body, encoding, 'best').then(
                  (best) => {
                    if (best.length >= made.length || kept.encodings.get(encoding) !== fast) return
                    kept.encodings.set(encoding, Promise.resolve(best))
                    this.account(full, kept, best.length - made.length)
                  },
                  () => undefined,
                )
              }
            },
            () => kept.encodings.delete(encoding),
          )
        }
        return body
      },
    }
  }

  private account(key: string, entry: Entry, bytes: number): void {
    entry.bytes += bytes
    if (this.entries.has(key)) {
      this.bytes += bytes
      this.evict()
    }
  }

  private store(key: string, entry: Entry): void {
    if (entry.bytes > this.maxBytes / 4) return
    this.entries.set(key, entry)
    this.bytes += entry.bytes
    this.evict()
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.entries.delete(key)
      this.bytes -= entry.bytes
    }
  }
}
