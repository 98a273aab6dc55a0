/**
 * Every "Unduh CSV" is built here (docs/decisions/0034-exports-for-analysis.md, amended by
 * docs/decisions/0061-one-home-for-csv-rows.md and docs/decisions/0062-codes-stay-text.md):
 * readings, rankings, programs, directives, the Pj evaluation, IKU and SAKIP. One home, so every
 * file says the same things the same way: the region as `kode_bps`, `kode_kemendagri` and
 * `nama_wilayah` (codes written so a spreadsheet keeps them as text), column names in snake_case in
 * the page's language, numbers as numbers, and `data_per` as the dataset's time exactly as the API
 * gives it (`2026-11-01T08:00:00+07:00`) — never a day in one file and a timestamp in the next.
 *
 * A figure's row is the same from any view: every chart and table of readings exports through
 * {@link readingsCsv}; a ranking adds its rank and keeps the places it does not rank.
 */
import type { AgencyRef } from '@/api/programs'
import type { Agency, Iku, SakipEvaluation } from '@/api/agencies'
import type { Directive } from '@/api/directives'
import type { Indicator } from '@/api/indicators'
import type { PjEvaluationsResponse } from '@/api/pj-evaluations'
import type { Program } from '@/api/programs'
import type { Region, RegionRef } from '@/api/regions'
import type { CapaianBand } from '@/domain/capaian'
import { csvCode, type CsvCell, type CsvTable } from '@/domain/csv'
import { placeName } from '@/domain/places'
import type { JudgedObservation } from '@/domain/reading'
import type { I18n } from '@/i18n/i18n'
import { provenanceLabel } from '@/i18n/format-indicator'
import type { Ranking } from './ranking'
import { coverageCsvNote, unrankedText, type Coverage } from './ranking-text'

export type CsvRows = CsvTable & { header: string[]; rows: CsvCell[][] }

// ---------------------------------------------------------------------------------------------
// What every file shares
// ---------------------------------------------------------------------------------------------

/**
 * The region a row belongs to: its record when the view has it (both codes), else its canonical
 * code alone, which goes to the column of its scheme (decision 19: undotted is BPS, dotted is
 * Kemendagri) — the other code is left empty, never guessed.
 */
export type CsvRegion = Pick<RegionRef, 'code'> &
  Partial<Pick<Region, 'bpsCode' | 'kemendagriCode'>>

export function regionCodes(region: CsvRegion): { bps: string | null; kemendagri: string | null } {
  if (region.bpsCode !== undefined || region.kemendagriCode !== undefined) {
    return { bps: region.bpsCode ?? null, kemendagri: region.kemendagriCode ?? null }
  }
  return region.code.includes('.')
    ? { bps: null, kemendagri: region.code }
    : { bps: region.code, kemendagri: null }
}

const REGION_COLUMNS = ['csv.bpsCode', 'csv.kemendagriCode', 'csv.regionName'] as const

function regionCells(region: CsvRegion, name: string): CsvCell[] {
  const { bps, kemendagri } = regionCodes(region)
  return [csvCode(bps), csvCode(kemendagri), name]
}

/** The dataset's time in every file's `data_per`: the API's timestamp, as given. */
function dataAsOfCell(dataAsOf: string | null | undefined): CsvCell {
  return dataAsOf ?? null
}

const header = (i18n: I18n, keys: ReadonlyArray<Parameters<I18n['t']>[0]>) =>
  keys.map((key) => i18n.t(key))

// ---------------------------------------------------------------------------------------------
// Readings and rankings
// ---------------------------------------------------------------------------------------------

export type ReadingRow = {
  region: CsvRegion & Pick<RegionRef, 'name' | 'level'>
  indicator: Indicator
  judged: JudgedObservation
}

const READING_COLUMNS = [
  ...REGION_COLUMNS,
  'csv.indicatorId',
  'csv.indicator',
  'csv.period',
  'csv.periodLabel',
  'csv.value',
  'csv.grade',
  'csv.unit',
  'csv.targetYear',
  'csv.targetValue',
  'csv.targetMin',
  'csv.targetMax',
  'csv.targetGrade',
  'csv.targetBasis',
  'csv.targetProvenance',
  'csv.status',
  'csv.provenance',
  'csv.provisional',
  'csv.publisher',
  'csv.publication',
  'csv.syntheticMethod',
  'csv.readIn',
  'csv.citationUrl',
  'csv.releaseDate',
  'csv.dataAsOf',
] as const

function unitCell(i18n: I18n, indicator: Indicator): string {
  return indicator.unit === 'percent' ? '%' : i18n.t(`unit.${indicator.unit}`)
}

type ReadingColumn = (typeof READING_COLUMNS)[number]

/** A row in the reading columns' order; a column not given is empty. */
function inColumns(cells: Partial<Record<ReadingColumn, CsvCell>>): CsvCell[] {
  return READING_COLUMNS.map((column) => cells[column] ?? null)
}

function regionColumns(region: ReadingRow['region']): Partial<Record<ReadingColumn, CsvCell>> {
  const { bps, kemendagri } = regionCodes(region)
  return {
    'csv.bpsCode': csvCode(bps),
    'csv.kemendagriCode': csvCode(kemendagri),
    'csv.regionName': placeName(region),
  }
}

/**
 * One figure's row: the publication is the publisher's (official figures only); a synthetic
 * figure says how it was made in `metode_sintetis`, never in `publikasi`.
 */
function readingCells(
  i18n: I18n,
  { region, indicator, judged }: ReadingRow,
  dataAsOf: string | undefined,
): CsvCell[] {
  const { observation: o, target, status } = judged
  return inColumns({
    ...regionColumns(region),
    'csv.indicatorId': indicator.id,
    'csv.indicator': indicator.shortName[i18n.locale],
    'csv.period': o.period,
    'csv.periodLabel': i18n.period(o.period),
    'csv.value': o.value,
    'csv.grade': o.grade,
    'csv.unit': unitCell(i18n, indicator),
    'csv.targetYear': target?.year,
    'csv.targetValue': target?.value,
    'csv.targetMin': target?.min,
    'csv.targetMax': target?.max,
    'csv.targetGrade': target?.grade,
    'csv.targetBasis': target ? i18n.t(`target.basis.${target.basis}`) : null,
    'csv.targetProvenance': target ? provenanceLabel(i18n, target.provenance) : null,
    'csv.status': i18n.t(`status.${status}`),
    'csv.provenance': provenanceLabel(i18n, o.provenance),
    'csv.provisional': i18n.t(o.provisional ? 'csv.yes' : 'csv.no'),
    'csv.publisher': o.source?.publisher,
    'csv.publication': o.source?.publication,
    'csv.syntheticMethod': o.provenance === 'synthetic' ? o.method?.[i18n.locale] : null,
    'csv.readIn': o.citation?.outlet,
    'csv.citationUrl': o.citation?.url,
    'csv.releaseDate': o.releaseDate,
    'csv.dataAsOf': dataAsOfCell(dataAsOf),
  })
}

/** Readings, one row per figure (trend, parents, scorecard, grades, a compare panel). */
export function readingsCsv(
  i18n: I18n,
  items: ReadonlyArray<ReadingRow>,
  dataAsOf: string | undefined,
): CsvRows {
  return {
    header: header(i18n, READING_COLUMNS),
    rows: items.map((item) => readingCells(i18n, item, dataAsOf)),
  }
}

/**
 * A like-for-like ranking (compare, a breakdown): every place the screen lists, the ranked ones
 * with their rank (a number; `peringkat_bersama` says when it is shared) and the others with an
 * empty rank, their figure of the period if they have one the ranking cannot rank, and a note
 * saying why they are not ranked and what their nearest figure is. In a ranking of some of a
 * region's places the ranked rows say so ("peringkat di antara 4 dari 27 kab/kota …").
 */
export function rankingCsv(
  i18n: I18n,
  indicator: Indicator,
  ranking: Ranking,
  dataAsOf: string | undefined,
  coverage?: Coverage,
): CsvRows {
  const yes = i18n.t('csv.yes')
  const no = i18n.t('csv.no')
  const partialNote = coverage ? coverageCsvNote(i18n, coverage, ranking.period) : null
  const ranked = ranking.ranked.map(({ item, rank, tied }): CsvCell[] => [
    rank,
    tied ? yes : no,
    ...readingCells(i18n, { region: item.region, indicator, judged: item.reading }, dataAsOf),
    partialNote,
  ])
  const unranked = ranking.missing.map((place): CsvCell[] => {
    const cells = place.atPeriod
      ? readingCells(i18n, { region: place.region, indicator, judged: place.atPeriod }, dataAsOf)
      : inColumns({
          ...regionColumns(place.region),
          'csv.indicatorId': indicator.id,
          'csv.indicator': indicator.shortName[i18n.locale],
          'csv.period': ranking.period,
          'csv.periodLabel': i18n.period(ranking.period),
          'csv.unit': unitCell(i18n, indicator),
          'csv.status': i18n.t('status.no-data'),
          'csv.dataAsOf': dataAsOfCell(dataAsOf),
        })
    return [null, null, ...cells, unrankedText(i18n, indicator, ranking, place)]
  })
  return {
    header: [
      i18n.t('csv.rank'),
      i18n.t('csv.tied'),
      ...header(i18n, READING_COLUMNS),
      i18n.t('csv.note'),
    ],
    rows: [...ranked, ...unranked],
  }
}

// ---------------------------------------------------------------------------------------------
// Programs, directives, the Pj evaluation
// ---------------------------------------------------------------------------------------------

/** The place a program, directive or evaluation table belongs to, with its name as shown. */
export type CsvPlace = CsvRegion & { name: string }

const agencyCells = (agency: Pick<AgencyRef, 'id' | 'name'>): CsvCell[] => [agency.id, agency.name]

/** Programs of one kind, in the order listed. */
export function programsCsv(
  i18n: I18n,
  place: CsvPlace,
  programs: ReadonlyArray<Program>,
  dataAsOf: string,
): CsvRows {
  return {
    header: header(i18n, [
      ...REGION_COLUMNS,
      'csv.program',
      'csv.programKind',
      'csv.agencyId',
      'csv.agency',
      'csv.startDate',
      'csv.dueDate',
      'csv.status',
      'csv.progress',
      'csv.completedOn',
      'csv.provenance',
      'csv.dataAsOf',
    ]),
    rows: programs.map((program) => [
      ...regionCells(place, place.name),
      program.title[i18n.locale],
      i18n.t(`programs.kind.${program.kind}`),
      ...agencyCells(program.agency),
      program.startDate,
      program.dueDate,
      i18n.t(`programStatus.${program.status}`),
      program.progress,
      program.completedOn,
      provenanceLabel(i18n, program.provenance),
      dataAsOfCell(dataAsOf),
    ]),
  }
}

/** Directives with how late each is on the dataset's day (src/domain/directives.ts). */
export function directivesCsv(
  i18n: I18n,
  place: CsvPlace,
  rows: ReadonlyArray<{ directive: Directive; overdueDays: number | null }>,
  dataAsOf: string,
): CsvRows {
  return {
    header: header(i18n, [
      ...REGION_COLUMNS,
      'csv.directive',
      'csv.briefingDate',
      'csv.agencyId',
      'csv.agency',
      'csv.dueDate',
      'csv.status',
      'csv.overdueDays',
      'csv.completedOn',
      'csv.lastFollowUp',
      'csv.provenance',
      'csv.dataAsOf',
    ]),
    rows: rows.map(({ directive, overdueDays }) => [
      ...regionCells(place, place.name),
      directive.text[i18n.locale],
      directive.briefingDate,
      ...agencyCells(directive.agency),
      directive.dueDate,
      i18n.t(`directiveStatus.${directive.status}`),
      overdueDays,
      directive.completedOn,
      directive.followUps.at(-1)?.note[i18n.locale] ?? null,
      provenanceLabel(i18n, directive.provenance),
      dataAsOfCell(dataAsOf),
    ]),
  }
}

/** The Pj evaluation: one row per quarter and indicator, the overall result first. */
export function pjEvaluationCsv(i18n: I18n, place: CsvPlace, data: PjEvaluationsResponse): CsvRows {
  const { locale } = i18n
  return {
    header: header(i18n, [
      ...REGION_COLUMNS,
      'csv.period',
      'csv.periodLabel',
      'csv.evaluationIndicator',
      'csv.score',
      'csv.evaluatedOn',
      'csv.evaluator',
      'csv.provenance',
      'csv.dataAsOf',
    ]),
    rows: data.quarters.flatMap((quarter) =>
      [
        { name: i18n.t('pj.overall'), value: quarter.overall as number | null },
        ...data.indicators.map((indicator) => ({
          name: indicator.name[locale],
          value: quarter.scores[indicator.id] ?? null,
        })),
      ].map((row) => [
        ...regionCells(place, place.name),
        quarter.period,
        i18n.period(quarter.period),
        row.name,
        row.value,
        quarter.evaluatedOn,
        data.evaluator[locale],
        provenanceLabel(i18n, data.provenance),
        dataAsOfCell(data.dataAsOf),
      ]),
    ),
  }
}

// ---------------------------------------------------------------------------------------------
// Agencies: IKU and SAKIP
// ---------------------------------------------------------------------------------------------

export type IkuCsvRow = {
  iku: Pick<Iku, 'name' | 'unit' | 'provenance'>
  target: number | null
  realisation: number | null
  capaian: number | null
  band: CapaianBand | null
}

/** An agency's key indicators in one year: target, realisation and capaian as numbers. */
export function ikuCsv(
  i18n: I18n,
  place: CsvPlace,
  agency: Pick<Agency, 'id' | 'name'>,
  year: number,
  rows: ReadonlyArray<IkuCsvRow>,
  dataAsOf: string,
): CsvRows {
  return {
    header: header(i18n, [
      ...REGION_COLUMNS,
      'csv.agencyId',
      'csv.agency',
      'csv.year',
      'csv.keyIndicator',
      'csv.unit',
      'csv.target',
      'csv.realisation',
      'csv.capaian',
      'csv.capaianBand',
      'csv.provenance',
      'csv.dataAsOf',
    ]),
    rows: rows.map((row) => [
      ...regionCells(place, place.name),
      ...agencyCells(agency),
      year,
      row.iku.name[i18n.locale],
      row.iku.unit,
      row.target,
      row.realisation,
      row.capaian,
      row.band ? i18n.t(`capaian.band.${row.band}`) : null,
      provenanceLabel(i18n, row.iku.provenance),
      dataAsOfCell(dataAsOf),
    ]),
  }
}

/**
 * Agencies' SAKIP evaluations (the grid, the ranking, one agency's history): one row per agency and
 * year, the score and the components as numbers; a ranking adds its rank.
 */
export function sakipCsv(
  i18n: I18n,
  place: CsvPlace,
  rows: ReadonlyArray<{
    agency: Agency
    evaluation: SakipEvaluation
    rank?: { rank: number; tied: boolean }
  }>,
  dataAsOf: string,
): CsvRows {
  const ranked = rows.some((row) => row.rank !== undefined)
  return {
    header: [
      ...(ranked ? [i18n.t('csv.rank'), i18n.t('csv.tied')] : []),
      ...header(i18n, [
        ...REGION_COLUMNS,
        'csv.agencyId',
        'csv.agency',
        'csv.year',
        'csv.score',
        'csv.grade',
        'csv.framework',
        'csv.planning',
        'csv.measurement',
        'csv.reporting',
        'csv.internalEvaluation',
        'csv.provenance',
        'csv.dataAsOf',
      ]),
    ],
    rows: rows.map(({ agency, evaluation, rank }) => [
      ...(ranked
        ? [rank?.rank ?? null, rank ? i18n.t(rank.tied ? 'csv.yes' : 'csv.no') : null]
        : []),
      ...regionCells(place, place.name),
      ...agencyCells(agency),
      evaluation.year,
      evaluation.score,
      evaluation.predicate,
      evaluation.framework === 'permenpanrb-88-2021'
        ? 'PermenPANRB 88/2021'
        : 'PermenPANRB 12/2015',
      evaluation.components?.planning ?? null,
      evaluation.components?.measurement ?? null,
      evaluation.components?.reporting ?? null,
      evaluation.components?.internalEvaluation ?? null,
      provenanceLabel(i18n, evaluation.provenance),
      dataAsOfCell(dataAsOf),
    ]),
  }
}
