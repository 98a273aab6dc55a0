import { expect, test } from 'vitest'
import { daysBetween, isOverdue } from '@/domain/dates'
import { programStatus } from '@/domain/program-status'
import { SAKIP_COMPONENTS } from '@/domain/sakip'
import { sakipPredicate } from '@/domain/status'
import { buildAgencyData, getAgencyData, listAgencies, SAKIP_YEARS } from './agencies-data'
import { buildDirectives, buildPrograms, getProgramData, TODAY } from './programs-data'

const CITIES = ['3271', '7571'] as const

test('today for every status is the dataset day', () => {
  expect(TODAY).toBe('2026-11-01')
})

test('agencies come from agencies.csv: Bapperida carries Bappeda, puskesmas are left out', () => {
  const bogor = listAgencies('3271')
  expect(bogor.map((a) => a.name)).toContain(
    'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah',
  )
  expect(bogor.map((a) => a.name)).not.toContain('Badan Perencanaan dan Pembangunan Daerah')
  expect(bogor.some((a) => a.name.startsWith('Puskesmas'))).toBe(false)
  expect(bogor.find((a) => a.id === '3271-diarpus')?.name).toBe('Dinas Arsip dan Perpustakaan')
  expect(listAgencies('7571')).toHaveLength(33)
  expect(listAgencies('31')).toEqual([])
})

test('two builds are equal', () => {
  expect(buildAgencyData()).toEqual(buildAgencyData())
  expect(buildPrograms('3271')).toEqual(buildPrograms('3271'))
  expect(buildDirectives('7571')).toEqual(buildDirectives('7571'))
})

test('from 2022 a score is the sum of four components within their maxima; before, only a score', () => {
  for (const code of CITIES) {
    for (const agency of listAgencies(code)) {
      for (const e of agency.sakip) {
        expect(e.predicate).toBe(sakipPredicate(e.score))
        expect(e.provenance).toBe('synthetic')
        if (e.year < 2022) {
          expect(e.framework).toBe('permenpanrb-12-2015')
          expect(e.components).toBeNull()
          continue
        }
        expect(e.framework).toBe('permenpanrb-88-2021')
        const components = e.components!
        for (const { id, max } of SAKIP_COMPONENTS) {
          expect(components[id]).toBeGreaterThan(0)
          expect(components[id]).toBeLessThanOrEqual(max)
        }
        const sum = Object.values(components).reduce((a, b) => a + b, 0)
        expect(e.score).toBeCloseTo(sum, 2)
      }
    }
  }
})

test('every city-year holds at least one tie, so the ranking shows one', () => {
  for (const code of CITIES) {
    for (const year of SAKIP_YEARS) {
      const scores = listAgencies(code).flatMap((a) =>
        a.sakip.filter((e) => e.year === year).map((e) => e.score),
      )
      expect(new Set(scores).size).toBeLessThan(scores.length)
    }
  }
})

test('kecamatan are evaluated from 2021, so the grid has empty cells', () => {
  for (const agency of listAgencies('3271').filter((a) => a.category === 'kecamatan')) {
    expect(agency.sakip[0]?.year).toBe(2021)
  }
})

test('key indicators have targets through 2026 and realisations through 2025 only', () => {
  for (const list of getAgencyData().iku.values()) {
    for (const iku of list) {
      expect(iku.values.map((v) => v.year)).toEqual([2022, 2023, 2024, 2025, 2026])
      expect(iku.values.at(-1)?.realisation).toBeNull()
      expect(iku.values.slice(0, -1).every((v) => v.realisation !== null)).toBe(true)
    }
  }
})

test("program statuses follow the rule on the dataset's day, and no update is in the future", () => {
  for (const code of CITIES) {
    const programs = getProgramData().programs.get(code) ?? []
    const statuses = new Set(programs.map((p) => p.status))
    expect(statuses.has('done') && statuses.has('late')).toBe(true)
    for (const p of programs) {
      expect(p.status).toBe(programStatus(p, TODAY))
      expect(p.milestones).toHaveLength(3)
      for (const u of p.updates) expect(u.date <= TODAY).toBe(true)
      for (const m of p.milestones) if (m.doneOn) expect(m.doneOn <= TODAY).toBe(true)
      if (p.status === 'done') expect(p.completedOn).not.toBeNull()
      else expect(p.completedOn).toBeNull()
    }
  }
  const bogorStatuses = new Set((getProgramData().programs.get('3271') ?? []).map((p) => p.status))
  expect(bogorStatuses).toEqual(new Set(['not-started', 'on-track', 'at-risk', 'late', 'done']))
})

test('each city has overdue directives, and follow-ups never come after the dataset day', () => {
  for (const code of CITIES) {
    const directives = getProgramData().directives.get(code) ?? []
    const overdue = directives.filter((d) => isOverdue(d.dueDate, d.status === 'done', TODAY))
    expect(overdue.length).toBeGreaterThan(0)
    for (const d of directives) {
      expect(daysBetween(d.briefingDate, d.dueDate)).toBeGreaterThan(0)
      for (const f of d.followUps) expect(f.date <= TODAY).toBe(true)
      expect(d.status === 'done').toBe(d.completedOn !== null)
    }
  }
})
