/**
 * Region search (GET /regions?q=): one matching and ranking rule, used by the MSW demo over the
 * geography and by the server over the search fields its database stores for every region (kept
 * per data version), so both answer a query with the same regions in the same order.
 *
 * - Case-, accent- and punctuation-insensitive: names and queries are compared in their
 *   {@link normalizeRegionName normalised} form ("Ra'as" → "ra as").
 * - A query of several words matches the names that contain every word, anywhere.
 * - The words `kec`/`kecamatan` and `prov`/`provinsi` name a level, not a part of a name (kecamatan
 *   and province names carry no level word): "kec bogor" finds the kecamatan whose name contains
 *   "bogor". `kota`, `kab`, `kabupaten` stay words: kab/kota names contain them.
 * - Ranking: the exact name (ignoring a kab/kota level word: "bogor" is exactly "Kota Bogor" and
 *   "Kabupaten Bogor") > the name starts with the query > a word of the name starts with it > it
 *   is contained; ties by level (nation, province, kab/kota, kecamatan), then by name, then code.
 */
import type { RegionLevel } from '@/api/regions'

export type SearchableRegion = { code: string; name: string; level: RegionLevel }

/** A region prepared for searching: its normalised name, that name without a level word, its rank. */
export type SearchEntry<T> = {
  item: T
  level: RegionLevel
  /** {@link normalizeRegionName} of the name. */
  name: string
  /** The normalised name without a leading kab/kota level word ("kota bogor" → "bogor"). */
  base: string
  /** Position in {@link compareRegions} order: the tie-break within a match tier. */
  rank: number
}

export type RegionSearchQuery = {
  /** The normalised words every match contains (level words removed). */
  words: string[]
  /** The words joined: what "exact", "starts with" and "a word starts with" compare. */
  text: string
  /** `text` without a leading kab/kota level word. */
  base: string
  /** Only these levels match (from `kec`, `prov` …), or null for any level. */
  levels: RegionLevel[] | null
}

/** Lower case, accents removed, every run of other characters than letters and digits one space. */
export function normalizeRegionName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

const KABKOTA_PREFIX =
  /^(?:kota administrasi|kabupaten administrasi|kota adm|kab adm|kabupaten|kab|kota) /

const LEVEL_WORDS: Readonly<Record<string, RegionLevel[]>> = {
  kec: ['district'],
  kecamatan: ['district'],
  prov: ['province'],
  provinsi: ['province'],
}

const KABKOTA_LEVELS: ReadonlySet<RegionLevel> = new Set([
  'city',
  'regency',
  'admin_city',
  'admin_regency',
])

/** Nation 0, province 1, kab/kota 2, kecamatan 3: the first tie-break of a search. */
function levelGroup(level: RegionLevel): number {
  if (level === 'national') return 0
  if (level === 'province') return 1
  return level === 'district' ? 3 : 2
}

/** The normalised name and its base (the name without a kab/kota level word). */
export function searchFields(name: string, level: RegionLevel): { name: string; base: string } {
  const normalized = normalizeRegionName(name)
  return {
    name: normalized,
    base: KABKOTA_LEVELS.has(level) ? normalized.replace(KABKOTA_PREFIX, '') : normalized,
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * The one order of regions: by level group, then normalised name, then name, then code. Children
 * of one region share a level group, so it is also the "by name" order of GET /regions?parent=.
 * Plain code-point comparison, so the browser, Node and the server's stored rank agree.
 */
export function compareRegions(a: SearchableRegion, b: SearchableRegion): number {
  return (
    levelGroup(a.level) - levelGroup(b.level) ||
    compareText(normalizeRegionName(a.name), normalizeRegionName(b.name)) ||
    compareText(a.name, b.name) ||
    compareText(a.code, b.code)
  )
}

/**
 * Every region with its search fields and its rank in {@link compareRegions} order. `fieldsOf`
 * gives a region's fields when they were made ahead (by default they are made here).
 */
export function indexRegions<T extends SearchableRegion>(
  regions: ReadonlyArray<T>,
  fieldsOf: (item: T, index: number) => { name: string; base: string } = (item) =>
    searchFields(item.name, item.level),
): Array<SearchEntry<T>> {
  const decorated = regions.map((item, index) => ({
    item,
    level: item.level,
    group: levelGroup(item.level),
    ...fieldsOf(item, index),
  }))
  decorated.sort(
    (a, b) =>
      a.group - b.group ||
      compareText(a.name, b.name) ||
      compareText(a.item.name, b.item.name) ||
      compareText(a.item.code, b.item.code),
  )
  return decorated.map(({ item, level, name, base }, rank) => ({ item, level, name, base, rank }))
}

/** The query's words, its text and level filter; null when no word is left to search with. */
export function parseRegionSearch(query: string): RegionSearchQuery | null {
  const words: string[] = []
  let levels: RegionLevel[] | null = null
  for (const word of normalizeRegionName(query).split(' ')) {
    if (word === '') continue
    const level = LEVEL_WORDS[word]
    if (level) levels = level
    else words.push(word)
  }
  if (words.length === 0 && levels === null) return null
  const text = words.join(' ')
  return { words, text, base: text.replace(KABKOTA_PREFIX, ''), levels }
}

/** 0 exact, 1 starts with, 2 a word starts with, 3 contains; null when it does not match. */
function tier<T>(entry: SearchEntry<T>, query: RegionSearchQuery): number | null {
  if (query.levels && !query.levels.includes(entry.level)) return null
  for (const word of query.words) if (!entry.name.includes(word)) return null
  if (query.text === '') return 3
  if (entry.base === query.base || entry.name === query.text) return 0
  if (entry.base.startsWith(query.base) || entry.name.startsWith(query.text)) return 1
  if (` ${entry.name}`.includes(` ${query.text}`)) return 2
  return 3
}

/**
 * The entries that match `query`, best first, at most `limit` of them, and how many match in all.
 * A query with no word to search with matches nothing.
 */
export function searchRegionEntries<T>(
  entries: ReadonlyArray<SearchEntry<T>>,
  query: string,
  limit: number,
): { items: T[]; total: number } {
  const parsed = parseRegionSearch(query)
  if (!parsed) return { items: [], total: 0 }
  const matches: Array<{ entry: SearchEntry<T>; tier: number }> = []
  for (const entry of entries) {
    const t = tier(entry, parsed)
    if (t !== null) matches.push({ entry, tier: t })
  }
  matches.sort((a, b) => a.tier - b.tier || a.entry.rank - b.entry.rank)
  return { items: matches.slice(0, limit).map((m) => m.entry.item), total: matches.length }
}

/**
 * Whether every region `next` matches is also matched by `previous`: each of `previous`'s words
 * lies within one of `next`'s (a name containing the longer word contains the shorter), and
 * `next` allows no level `previous` excludes.
 */
function searchNarrows(next: RegionSearchQuery, previous: RegionSearchQuery): boolean {
  if (previous.levels && (!next.levels || next.levels.some((l) => !previous.levels?.includes(l))))
    return false
  return previous.words.every((word) => next.words.some((longer) => longer.includes(word)))
}

/**
 * The answer to `query` worked out from an earlier answer that listed every match of its own query
 * (`total` no more than the regions given), when `query` only narrows it ("bogo" → "bogor", "kota"
 * → "kota ma"): its matches are among those regions, ranked by the same rule, so the answer is the
 * server's own without asking it. Null when the earlier answer cannot tell.
 */
export function narrowSearch<T extends SearchableRegion>(
  from: { query: string; regions: ReadonlyArray<T>; total: number },
  query: string,
  limit: number,
): { items: T[]; total: number } | null {
  if (from.total > from.regions.length) return null
  const previous = parseRegionSearch(from.query)
  const next = parseRegionSearch(query)
  if (!previous || !next || !searchNarrows(next, previous)) return null
  return searchRegionEntries(indexRegions(from.regions), query, limit)
}
