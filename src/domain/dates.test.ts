import { expect, test } from 'vitest'
import { addDays, datasetYear, dayOf, daysBetween, isOverdue, wibTimestamp } from './dates'

test("today is the dataset's day, in the offset it was written in", () => {
  expect(dayOf('2026-11-01T08:00:00+07:00')).toBe('2026-11-01')
  expect(dayOf('2026-11-01T00:30:00+07:00')).toBe('2026-11-01')
})

test('days between two dates, across months and leap days', () => {
  expect(daysBetween('2026-10-08', '2026-11-01')).toBe(24)
  expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
  expect(daysBetween('2026-11-01', '2026-10-31')).toBe(-1)
  expect(addDays('2026-10-08', 24)).toBe('2026-11-01')
  expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
})

test('a deadline is overdue only after its day and only while not done', () => {
  expect(isOverdue('2026-10-31', false, '2026-11-01')).toBe(true)
  expect(isOverdue('2026-11-01', false, '2026-11-01')).toBe(false)
  expect(isOverdue('2026-10-31', true, '2026-11-01')).toBe(false)
})

test('a malformed date is a programming error', () => {
  expect(() => daysBetween('1 Nov 2026', '2026-11-01')).toThrow(/ISO date/)
})

test('a time in WIB keeps its Indonesian calendar day ("data per", a briefing\'s freeze time)', () => {
  expect(wibTimestamp(new Date('2026-11-29T20:15:00Z'))).toBe('2026-11-30T03:15:00+07:00')
})

test("the dataset's year is the year of its day, from its time stamp or its day alike", () => {
  expect(datasetYear('2026-11-01T08:00:00+07:00')).toBe(2026)
  expect(datasetYear('2027-01-01T00:30:00+07:00')).toBe(2027)
  expect(datasetYear('2026-11-01')).toBe(2026)
})
