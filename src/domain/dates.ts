/**
 * Calendar dates as ISO strings (`2026-11-01`). "Today" in Kinerja is never the wall clock: it is
 * the day of the dataset's `dataAsOf`, so statuses such as "late" or "overdue" are the same for
 * everyone who opens the same data, and tests are deterministic.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function utcDay(iso: string): number {
  const match = ISO_DATE.exec(iso)
  if (!match) throw new Error(`Not an ISO date: ${iso}`)
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000
}

/** The calendar day of a `dataAsOf` time stamp, in the time zone it was written in. */
export function dayOf(dataAsOf: string): string {
  return dataAsOf.slice(0, 10)
}

/**
 * The dataset's current year, from its `dataAsOf` (or its day, `dayOf`): what "this year" means
 * everywhere — the ranges' "this year", the last year the period pickers offer. The one place the
 * dataset's time becomes a year; never the wall clock, never a literal.
 */
export function datasetYear(dataAsOf: string): number {
  return Number(dayOf(dataAsOf).slice(0, 4))
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(utcDay(to) - utcDay(from))
}

/** The ISO date `days` after `iso`. */
export function addDays(iso: string, days: number): string {
  return new Date((utcDay(iso) + days) * 86_400_000).toISOString().slice(0, 10)
}

/**
 * A time in Western Indonesian Time (WIB, UTC+7), the zone the data and the app speak:
 * `2026-11-29T10:15:00+07:00`. Its calendar day is the day the time shows in Indonesia.
 */
export function wibTimestamp(date: Date): string {
  const wib = new Date(date.getTime() + 7 * 3_600_000)
  return `${wib.toISOString().slice(0, 19)}+07:00`
}

/** A deadline is overdue once its day has passed and the work is not done. */
export function isOverdue(dueDate: string, done: boolean, today: string): boolean {
  return !done && dueDate < today
}
