import { expect, test } from 'vitest'
import {
  byUrgency,
  expectedProgress,
  isProgramStatus,
  programStatus,
  type ProgramStatus,
} from './program-status'

// A program from 1 January to 31 December 2026 (364 days); on 2 July half of it has elapsed.
const year = { startDate: '2026-01-01', dueDate: '2026-12-31' }

test('done when progress reaches 100 %, even after the due date', () => {
  expect(programStatus({ ...year, progress: 100 }, '2026-07-02')).toBe('done')
  expect(programStatus({ ...year, progress: 100 }, '2027-03-01')).toBe('done')
})

test('late once the due date has passed without being done', () => {
  expect(programStatus({ ...year, progress: 99 }, '2027-01-01')).toBe('late')
  expect(programStatus({ ...year, progress: 99 }, '2026-12-31')).not.toBe('late')
})

test('not started before the start date, or with nothing done yet', () => {
  expect(programStatus({ ...year, progress: 0 }, '2025-12-31')).toBe('not-started')
  expect(programStatus({ ...year, progress: 0 }, '2026-03-01')).toBe('not-started')
})

test('at risk when more than 15 points behind the straight line to the due date', () => {
  expect(expectedProgress({ ...year, progress: 0 }, '2026-07-02')).toBeCloseTo(50, 0)
  expect(programStatus({ ...year, progress: 36 }, '2026-07-02')).toBe('on-track')
  expect(programStatus({ ...year, progress: 34 }, '2026-07-02')).toBe('at-risk')
  expect(programStatus({ ...year, progress: 80 }, '2026-07-02')).toBe('on-track')
})

test('status values from a URL are checked', () => {
  expect(isProgramStatus('late')).toBe(true)
  expect(isProgramStatus('terlambat')).toBe(false)
})

test('programs by urgency: late, at risk, not started, on track, done; then due date, then title', () => {
  const p = (title: string, status: ProgramStatus, dueDate: string) => ({
    title: { id: title, en: title },
    status,
    dueDate,
  })
  const ordered = byUrgency(
    [
      p('Selesai', 'done', '2026-01-01'),
      p('Berisiko B', 'at-risk', '2026-12-31'),
      p('Terlambat', 'late', '2026-09-30'),
      p('Berjalan', 'on-track', '2026-06-30'),
      p('Berisiko A', 'at-risk', '2026-12-31'),
      p('Berisiko awal', 'at-risk', '2026-10-15'),
      p('Belum', 'not-started', '2027-03-31'),
    ],
    'id',
  )
  expect(ordered.map((x) => x.title.id)).toEqual([
    'Terlambat',
    'Berisiko awal',
    'Berisiko A',
    'Berisiko B',
    'Belum',
    'Berjalan',
    'Selesai',
  ])
})
