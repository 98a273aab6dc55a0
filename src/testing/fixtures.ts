/**
 * Contract-shaped values for unit tests: complete objects with plain defaults, each field
 * overridable. Tests name only what they are about.
 */
import type { Indicator } from '@/api/indicators'
import type { Observation, Target } from '@/api/series'

export function makeIndicator(over: Partial<Indicator> = {}): Indicator {
  return {
    id: 'tpt',
    name: { id: 'Tingkat Pengangguran Terbuka (TPT)', en: 'Open unemployment rate (TPT)' },
    shortName: { id: 'TPT', en: 'TPT' },
    definition: { id: '', en: '' },
    unit: 'percent',
    valueType: 'number',
    polarity: 'lower',
    frequency: 'year',
    decimals: 2,
    gradeScale: null,
    source: { id: 'BPS', en: 'BPS' },
    ownerAgency: 'Disnaker',
    missionGroup: 'sejahtera',
    seriesBreaks: [],
    release: {
      lagDays: { year: 60, semester: null, quarter: null, month: 67 },
      note: { id: '', en: '' },
    },
    ...over,
  }
}

/** An official figure (BPS, Sakernas) unless told otherwise. */
export function makeObservation(
  period: string,
  value: number | null,
  over: Partial<Observation> = {},
): Observation {
  const synthetic = over.provenance === 'synthetic'
  return {
    period,
    value,
    grade: null,
    provenance: 'official',
    source: synthetic ? null : { publisher: 'BPS', publication: `Sakernas ${period}` },
    citation: null,
    method: synthetic ? { id: 'sintetis', en: 'synthetic' } : null,
    releaseDate: null,
    provisional: false,
    ...over,
  }
}

export function makeTarget(over: Partial<Target> = {}): Target {
  return {
    year: 2023,
    value: null,
    min: null,
    max: null,
    grade: null,
    basis: 'rpjmd',
    provenance: 'synthetic',
    source: { id: 'Target RPJMD', en: 'RPJMD target' },
    ...over,
  }
}
