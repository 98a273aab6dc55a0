/**
 * Synthetic programs, directives and Pj evaluations (seeded, deterministic, marked synthetic).
 *
 * - The 100-day program: the commitments of the mayor inaugurated on 20 February 2025 (the
 *   simultaneous inauguration after the 2024 local elections), one per agency theme plus one per
 *   kecamatan, due 30, 60 or 100 days later. Most were kept; a few ran late.
 * - Priority programs of 2026, one per agency theme, spread over every status.
 * - Directives of four Briefing Pimpinan in July–October 2026 and their follow-up.
 * - The quarterly evaluation of Kota Bogor's acting mayor (Pj, April 2024 – February 2025) by
 *   Itjen Kemendagri. Itjen counts three-month blocks from the Pj's inauguration; the demo
 *   approximates them by calendar quarters 2024-Q2 … 2025-Q1.
 *
 * Statuses are those of the dataset's day (DATA_AS_OF), never of the wall clock.
 */
import type { LocalizedText } from '@/api/common'
import type { Directive } from '@/api/directives'
import type { PjEvaluationsResponse } from '@/api/pj-evaluations'
import type { AgencyRef, Program } from '@/api/programs'
import { addDays, dayOf, daysBetween } from '@/domain/dates'
import { expectedProgress, programStatus } from '@/domain/program-status'
import {
  DIRECTIVES,
  FOLLOW_UP_NOTES,
  HUNDRED_DAY,
  PRIORITY,
  PROGRAM_UPDATE_NOTES,
  kecamatanHundredDay,
  type FollowUpKind,
  type MockAgency,
  type ProgramTemplate,
} from './agency-themes'
import { AGENCY_REGIONS, getAgencyData } from './agencies-data'
import { DATA_AS_OF } from './clock'
import { prebuiltMockData, type MockData } from '../prebuilt'
import { round2, seededRandom } from './random'

/** The dataset's day: "today" for every status here. */
export const TODAY = dayOf(DATA_AS_OF)

const HUNDRED_DAY_START = '2025-02-20'

function ref({ agency }: MockAgency): AgencyRef {
  return { id: agency.id, name: agency.name, abbreviation: agency.abbreviation }
}

function pick<T>(items: ReadonlyArray<T>, r: number): T {
  const item = items[Math.min(items.length - 1, Math.floor(r * items.length))]
  if (item === undefined) throw new Error('pick from an empty list')
  return item
}

function minDate(a: string, b: string): string {
  return a < b ? a : b
}

type Shape = {
  startDate: string
  dueDate: string
  progress: number
  completedOn: string | null
}

/** Milestones at a third, two thirds and the end of the schedule; done in order with progress. */
function buildMilestones(template: ProgramTemplate, shape: Shape, rand: () => number) {
  const span = Math.max(3, daysBetween(shape.startDate, shape.dueDate))
  const doneCount = shape.progress >= 100 ? 3 : Math.min(2, Math.floor(shape.progress / 34))
  return template.milestones.map((title, index) => {
    const dueDate = addDays(shape.startDate, Math.round((span * (index + 1)) / 3))
    let doneOn: string | null = null
    if (index < doneCount) {
      const early = addDays(dueDate, -Math.floor(rand() * 6))
      doneOn = minDate(minDate(early, shape.completedOn ?? TODAY), TODAY)
      if (doneOn < shape.startDate) doneOn = shape.startDate
    }
    return { title, dueDate, doneOn }
  })
}

function buildUpdates(
  milestones: ReturnType<typeof buildMilestones>,
  shape: Shape,
  status: Program['status'],
  rand: () => number,
) {
  const updates: Array<{ date: string; note: LocalizedText }> = []
  const kickoff = addDays(shape.startDate, 3 + Math.floor(rand() * 5))
  if (kickoff <= TODAY) updates.push({ date: kickoff, note: PROGRAM_UPDATE_NOTES.kickoff })
  for (const milestone of milestones) {
    if (milestone.doneOn) {
      updates.push({
        date: milestone.doneOn,
        note: PROGRAM_UPDATE_NOTES.milestone(milestone.title),
      })
    }
  }
  if (status === 'late') {
    updates.push({ date: addDays(shape.dueDate, 7), note: PROGRAM_UPDATE_NOTES.delayed })
  }
  if (status === 'at-risk') {
    updates.push({
      date: addDays(TODAY, -10 - Math.floor(rand() * 10)),
      note: PROGRAM_UPDATE_NOTES.behind,
    })
  }
  if (status === 'done' && shape.completedOn) {
    updates.push({ date: shape.completedOn, note: PROGRAM_UPDATE_NOTES.done })
  }
  return updates
    .filter((u) => u.date <= TODAY)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

function makeProgram(
  id: string,
  kind: Program['kind'],
  owner: MockAgency,
  template: ProgramTemplate,
  shape: Shape,
  rand: () => number,
): Program {
  const status = programStatus(shape, TODAY)
  const milestones = buildMilestones(template, shape, rand)
  return {
    id,
    regionCode: owner.agency.regionCode,
    kind,
    title: template.title,
    agency: ref(owner),
    startDate: shape.startDate,
    dueDate: shape.dueDate,
    completedOn: status === 'done' ? shape.completedOn : null,
    progress: shape.progress,
    status,
    milestones,
    updates: buildUpdates(milestones, shape, status, rand),
    provenance: 'synthetic',
  }
}

function hundredDayShape(rand: () => number): Shape {
  const startDate = HUNDRED_DAY_START
  const dueDate = addDays(startDate, pick([30, 60, 100, 100, 100], rand()))
  if (rand() < 0.84) {
    const completedOn = addDays(dueDate, -Math.floor(rand() * 12))
    return { startDate, dueDate, progress: 100, completedOn }
  }
  return { startDate, dueDate, progress: 55 + Math.floor(rand() * 40), completedOn: null }
}

function priorityShape(rand: () => number): Shape {
  const intent = rand()
  const startDate = addDays('2026-01-05', Math.floor(rand() * 60))
  if (intent < 0.13) {
    const start = pick(['2026-11-16', '2026-12-01', '2027-01-04'], rand())
    return { startDate: start, dueDate: addDays(start, 180), progress: 0, completedOn: null }
  }
  if (intent < 0.38) {
    const dueDate = pick(['2026-06-30', '2026-09-30', '2026-12-31'], rand())
    const completedOn = minDate(addDays(dueDate, -Math.floor(rand() * 30)), addDays(TODAY, -3))
    return { startDate, dueDate, progress: 100, completedOn }
  }
  if (intent < 0.5) {
    const dueDate = pick(['2026-06-30', '2026-09-30', '2026-10-15'], rand())
    return { startDate, dueDate, progress: 55 + Math.floor(rand() * 36), completedOn: null }
  }
  const dueDate = pick(['2026-12-31', '2027-03-31'], rand())
  const expected = expectedProgress({ startDate, dueDate, progress: 0 }, TODAY)
  const progress =
    intent < 0.65
      ? Math.max(5, Math.round(expected - 20 - rand() * 15)) // at risk
      : Math.min(99, Math.max(1, Math.round(expected - 8 + rand() * 16))) // on track
  return { startDate, dueDate, progress, completedOn: null }
}

export function buildPrograms(regionCode: string): Program[] {
  const agencies = getAgencyData().byRegion.get(regionCode) ?? []
  const hundredDay: Program[] = []
  const priority: Program[] = []
  for (const entry of agencies) {
    const { agency, role } = entry
    const template =
      role === 'kecamatan'
        ? kecamatanHundredDay(agency.name.replace(/^Kecamatan /, 'Kec. '))
        : role
          ? HUNDRED_DAY[role]
          : undefined
    if (template) {
      const rand = seededRandom('program', '100', agency.id)
      const id = `${regionCode}-100h-${String(hundredDay.length + 1).padStart(2, '0')}`
      hundredDay.push(makeProgram(id, 'hundred-day', entry, template, hundredDayShape(rand), rand))
    }
    const priorityTemplate = role ? PRIORITY[role] : undefined
    if (priorityTemplate) {
      const rand = seededRandom('program', 'priority', agency.id)
      const id = `${regionCode}-prio-${String(priority.length + 1).padStart(2, '0')}`
      priority.push(makeProgram(id, 'priority', entry, priorityTemplate, priorityShape(rand), rand))
    }
  }
  return [...hundredDay, ...priority]
}

// ---------------------------------------------------------------------------------------------
// Directives
// ---------------------------------------------------------------------------------------------

/** Briefing days: Thursdays in Kota Bogor (like the seed article's), Mondays in Kota Gorontalo. */
const BRIEFINGS: Readonly<Record<string, ReadonlyArray<string>>> = {
  '3271': ['2026-07-09', '2026-08-13', '2026-09-10', '2026-10-08'],
  '7571': ['2026-07-06', '2026-08-03', '2026-09-07', '2026-10-05'],
}
const DIRECTIVES_PER_BRIEFING = 4
const DUE_AFTER_DAYS = [14, 21, 30, 45] as const

function note(kind: FollowUpKind, r: number): LocalizedText {
  return pick(FOLLOW_UP_NOTES[kind], r)
}

export function buildDirectives(regionCode: string): Directive[] {
  const agencies = getAgencyData().byRegion.get(regionCode) ?? []
  const briefings = BRIEFINGS[regionCode] ?? []
  const available = DIRECTIVES.filter((d) => agencies.some((a) => a.role === d.role))
  const kecamatan = agencies.filter((a) => a.role === 'kecamatan')
  const directives: Directive[] = []
  briefings.forEach((briefingDate, b) => {
    for (let k = 0; k < DIRECTIVES_PER_BRIEFING && available.length > 0; k += 1) {
      const template = available[(b * DIRECTIVES_PER_BRIEFING + k) % available.length]
      if (!template) continue
      const owner =
        template.role === 'kecamatan'
          ? kecamatan[b % kecamatan.length]
          : agencies.find((a) => a.role === template.role)
      if (!owner) continue
      const id = `${regionCode}-arahan-${briefingDate}-${k + 1}`
      const rand = seededRandom('directive', id)
      const dueDate = addDays(briefingDate, DUE_AFTER_DAYS[k % DUE_AFTER_DAYS.length] ?? 30)
      const r = rand()
      const pastDue = dueDate < TODAY
      const longPastDue = daysBetween(dueDate, TODAY) > 30
      const status: Directive['status'] = pastDue
        ? r < (longPastDue ? 0.8 : 0.6)
          ? 'done'
          : r < 0.92
            ? 'in-progress'
            : 'not-started'
        : r < 0.3
          ? 'done'
          : r < 0.85
            ? 'in-progress'
            : 'not-started'
      const completedOn =
        status === 'done'
          ? minDate(addDays(dueDate, -Math.floor(rand() * 8)), addDays(TODAY, -1))
          : null
      const followUps: Directive['followUps'] = []
      if (status !== 'not-started') {
        followUps.push({
          date: addDays(briefingDate, 2 + Math.floor(rand() * 4)),
          note: note('started', rand()),
        })
        const middle = addDays(briefingDate, 8 + Math.floor(rand() * 6))
        if (middle <= TODAY && (!completedOn || middle < completedOn)) {
          followUps.push({ date: middle, note: note('progress', rand()) })
        }
        if (status === 'in-progress' && pastDue) {
          followUps.push({
            date: minDate(addDays(dueDate, 3), TODAY),
            note: note('obstacle', rand()),
          })
        }
        if (completedOn) followUps.push({ date: completedOn, note: note('done', rand()) })
      }
      directives.push({
        id,
        regionCode,
        text: template.text,
        briefingDate,
        agency: ref(owner),
        dueDate,
        status,
        completedOn,
        followUps: followUps
          .filter((f) => f.date <= TODAY)
          .sort((a, b2) => (a.date < b2.date ? -1 : 1)),
        provenance: 'synthetic',
      })
    }
  })
  // Newest briefing first, then by due date.
  return directives.sort(
    (a, b) => b.briefingDate.localeCompare(a.briefingDate) || a.dueDate.localeCompare(b.dueDate),
  )
}

// ---------------------------------------------------------------------------------------------
// Pj evaluations
// ---------------------------------------------------------------------------------------------

const t = (id: string, en: string): LocalizedText => ({ id, en })

/** The indicators Pj reports cite most often (shared/data/README.md, Kemendagri evaluation). */
const PJ_INDICATORS = [
  { id: 'inflation', name: t('Pengendalian inflasi', 'Inflation control') },
  { id: 'stunting', name: t('Penurunan stunting', 'Stunting reduction') },
  { id: 'extreme-poverty', name: t('Penghapusan kemiskinan ekstrem', 'Ending extreme poverty') },
  { id: 'unemployment', name: t('Penurunan pengangguran', 'Reducing unemployment') },
  { id: 'permits-investment', name: t('Perizinan dan investasi', 'Permits and investment') },
  { id: 'public-services', name: t('Pelayanan publik', 'Public services') },
  { id: 'health-services', name: t('Layanan kesehatan', 'Health services') },
  { id: 'budget-realisation', name: t('Realisasi APBD', 'Budget realisation') },
  { id: 'bumd', name: t('Kinerja BUMD', 'Regional enterprises (BUMD)') },
  { id: 'flagship', name: t('Program unggulan daerah', 'Flagship programs') },
] as const

const PJ_QUARTERS: Readonly<Record<string, ReadonlyArray<string>>> = {
  '3271': ['2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1'],
}

const QUARTER_END: Readonly<Record<string, string>> = {
  Q1: '03-31',
  Q2: '06-30',
  Q3: '09-30',
  Q4: '12-31',
}

export function buildPjEvaluations(regionCode: string): Omit<PjEvaluationsResponse, 'dataAsOf'> {
  const quarters = PJ_QUARTERS[regionCode] ?? []
  const levels = PJ_INDICATORS.map((indicator) => {
    const rand = seededRandom('pj', regionCode, indicator.id)
    return { id: indicator.id, base: 64 + rand() * 22, growth: rand() * 4, rand }
  })
  return {
    regionCode,
    indicators: PJ_INDICATORS.map(({ id, name }) => ({ id, name })),
    quarters: quarters.map((period, q) => {
      const scores: Record<string, number | null> = {}
      for (const level of levels) {
        const noise = (level.rand() - 0.5) * 6
        scores[level.id] = round2(Math.min(98, Math.max(40, level.base + level.growth * q + noise)))
      }
      const values = Object.values(scores).filter((v): v is number => v !== null)
      const [year, quarter] = period.split('-')
      const evaluatedOn = addDays(`${year}-${QUARTER_END[quarter ?? 'Q1']}`, 30)
      return {
        period,
        evaluatedOn,
        scores,
        overall: round2(values.reduce((sum, v) => sum + v, 0) / values.length),
      }
    }),
    evaluator: t(
      'Inspektorat Jenderal Kemendagri',
      'Inspectorate General, Ministry of Home Affairs',
    ),
    provenance: 'synthetic',
  }
}

// ---------------------------------------------------------------------------------------------
// Memoised per region
// ---------------------------------------------------------------------------------------------

type ProgramData = {
  programs: ReadonlyMap<string, ReadonlyArray<Program>>
  directives: ReadonlyMap<string, ReadonlyArray<Directive>>
}

let memo: ProgramData | undefined

/** Programs and directives per region, built on first call (prepared by the demo build, in the page). */
export function getProgramData(): ProgramData {
  memo ??=
    import.meta.env.KINERJA_MOCK_DATA === 'prebuilt'
      ? programDataFromData(prebuiltMockData().programs)
      : {
          programs: new Map(AGENCY_REGIONS.map((code) => [code, buildPrograms(code)])),
          directives: new Map(AGENCY_REGIONS.map((code) => [code, buildDirectives(code)])),
        }
  return memo
}

/** Programs and directives from their prepared form (data/prebuilt.ts). */
export function programDataFromData(data: MockData['programs']): ProgramData {
  return { programs: new Map(data.programs), directives: new Map(data.directives) }
}
