/**
 * How a place is named on screen: always with its level
 * (docs/decisions/0033-places-and-role-colours.md), so a kecamatan never reads like a city — "Kec.
 * Kota Barat", "Kota Gorontalo", "Prov. Gorontalo", "Kab. Bogor". The level words are Indonesian
 * administrative terms, part of the name in both languages.
 */
import type { RegionLevel, RegionRef } from '@/api/regions'

type Place = Pick<RegionRef, 'name' | 'level'>

const PROVINCE_SHORT: Readonly<Record<string, string>> = {
  'Daerah Khusus Ibukota Jakarta': 'DKI Jakarta',
  'Daerah Khusus Jakarta': 'DKI Jakarta',
  'Daerah Istimewa Yogyakarta': 'DI Yogyakarta',
}

const LEVEL_WORD: Readonly<Record<RegionLevel, string>> = {
  national: '',
  province: 'Prov.',
  city: 'Kota',
  regency: 'Kabupaten',
  admin_city: 'Kota Administrasi',
  admin_regency: 'Kabupaten Administrasi',
  district: 'Kec.',
}

/** The name with its level word, once: "Kota Bogor" stays, "Bogor Tengah" becomes "Kec. Bogor Tengah". */
export function placeName({ name, level }: Place): string {
  if (level === 'national') return name
  if (level === 'province')
    return `Prov. ${PROVINCE_SHORT[name] ?? name.replace(/^Provinsi\s+/i, '')}`
  if (level === 'district') return `Kec. ${name.replace(/^Kecamatan\s+/i, '')}`
  const word = LEVEL_WORD[level]
  return name.toLowerCase().startsWith(word.toLowerCase()) ||
    (level === 'regency' && /^kab\.?\s/i.test(name)) ||
    (level === 'city' && /^kota\s/i.test(name))
    ? name
    : `${word} ${name}`
}

/** The short form for axes and legends: "Kab. Bogor", "Kota Adm. Jakarta Selatan". */
export function placeShortName(place: Place): string {
  return placeName(place)
    .replace(/^Kabupaten Administrasi\s/, 'Kab. Adm. ')
    .replace(/^Kota Administrasi\s/, 'Kota Adm. ')
    .replace(/^Kabupaten\s/, 'Kab. ')
}

/** Root first: the nation, the province, … the place itself. */
export function breadcrumbOf<T extends RegionRef>(
  region: T & { ancestors: ReadonlyArray<RegionRef> },
) {
  return [...region.ancestors, region]
}

/** The region and its ancestors, nearest first (the region, its parent, … the nation). */
export function lineageOf(
  region: RegionRef & { ancestors: ReadonlyArray<RegionRef> },
): RegionRef[] {
  return [region, ...[...region.ancestors].reverse()]
}

/**
 * BPS codes nest by prefix (3271010 › 3271 › 32 › 0000): the lineage of a BPS code without asking
 * the API, so a page can request its region's and ancestors' series at once. Null for a dotted
 * Kemendagri code: its parents' canonical codes are not derivable (Papua's province codes differ
 * between the two schemes), so the caller uses the region's `ancestors`.
 */
export function codeLineage(code: string): string[] | null {
  if (code.includes('.')) return null
  if (code === '0000') return [code]
  const chain = [code]
  if (code.length === 7) chain.push(code.slice(0, 4))
  if (code.length >= 4) chain.push(code.slice(0, 2))
  return [...chain, '0000']
}

/** The part a place plays on a chart, which fixes its colour everywhere. */
export type PlaceRole = 'region' | 'parent' | 'ancestor' | 'nation' | 'peer'

/**
 * A place's role beside the selected region: the region itself, its parent, a further ancestor,
 * the nation, or a peer (another compared region, a kecamatan in a breakdown).
 */
export function roleOf(
  code: string,
  selected: Pick<RegionRef, 'code'> & { ancestors: ReadonlyArray<RegionRef> },
): PlaceRole {
  if (code === selected.code) return 'region'
  if (code === '0000') return 'nation'
  const index = selected.ancestors.findIndex((a) => a.code === code)
  if (index < 0) return 'peer'
  return index === selected.ancestors.length - 1 ? 'parent' : 'ancestor'
}
