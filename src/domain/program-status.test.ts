import { expect, test } from 'vitest'
import { expectedProgress, isProgramStatus, programStatus } from './program-status'

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
