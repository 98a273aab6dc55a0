/**
 * Contract-shaped values for unit tests: complete objects with plain defaults, each field
 * overridable. Tests name only what they are about.
 */
import type { Agency, SakipEvaluation } from '@/api/agencies'
import type { Directive } from '@/api/directives'
import type { Indicator } from '@/api/indicators'
import type { AgencyRef, Program } from '@/api/programs'
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

/** A SAKIP evaluation under PermenPANRB 88/2021, with components that add up to the score. */
export function makeSakip(
  year: number,
  predicate: SakipEvaluation['predicate'],
  score: number,
  over: Partial<SakipEvaluation> = {},
): SakipEvaluation {
  return {
    year,
    score,
    predicate,
    framework: 'permenpanrb-88-2021',
    components: {
      planning: (score * 30) / 100,
      measurement: (score * 30) / 100,
      reporting: (score * 15) / 100,
      internalEvaluation: (score * 25) / 100,
    },
    provenance: 'synthetic',
    ...over,
  }
}

/** An agency of Kota Bogor (3271) with no evaluation unless given. */
export function makeAgency(over: Partial<Agency> = {}): Agency {
  return {
    id: '3271-dinkes',
    regionCode: '3271',
    name: 'Dinas Kesehatan',
    abbreviation: 'Dinkes',
    category: 'dinas',
    source: { id: 'Perda SOTK', en: 'Regional regulation' },
    sakip: [],
    ...over,
  }
}

const DINKES: AgencyRef = {
  id: '3271-dinkes',
  name: 'Dinas Kesehatan',
  abbreviation: 'Dinkes',
}

/** A priority program of Kota Bogor, on track, owned by Dinkes. */
export function makeProgram(over: Partial<Program> = {}): Program {
  return {
    id: 'p-1',
    regionCode: '3271',
    kind: 'priority',
    title: { id: 'Program', en: 'Programme' },
    agency: DINKES,
    startDate: '2026-01-05',
    dueDate: '2026-12-15',
    completedOn: null,
    progress: 50,
    status: 'on-track',
    milestones: [],
    updates: [],
    provenance: 'synthetic',
    ...over,
  }
}

/** A directive of a briefing, not started, owned by Dinkes. */
export function makeDirective(over: Partial<Directive> = {}): Directive {
  return {
    id: 'd-1',
    regionCode: '3271',
    text: { id: 'Arahan', en: 'Directive' },
    briefingDate: '2026-09-07',
    agency: DINKES,
    dueDate: '2026-12-01',
    status: 'not-started',
    completedOn: null,
    followUps: [],
    provenance: 'synthetic',
    ...over,
  }
}
