/**
 * The status of a program (100-day commitment or priority program) on a given day — always the
 * dataset's day (see dates.ts), never the wall clock. Checked in this order:
 *
 * 1. `done`: progress has reached 100 %.
 * 2. `late`: the due date has passed and it is not done.
 * 3. `not-started`: the start date is still ahead, or nothing has been done yet.
 * 4. `at-risk`: progress trails the straight line from start (0 %) to due date (100 %) by more
 *    than {@link AT_RISK_GAP} percentage points.
 * 5. `on-track`: otherwise.
 */
import type { Program, ProgramStatus } from '@/api/programs'
import { daysBetween } from './dates'
import type { Locale } from './periods'

export { PROGRAM_STATUSES, isProgramStatus, type ProgramStatus } from '@/api/programs'

/** Percentage points behind schedule beyond which a program is at risk. */
const AT_RISK_GAP = 15

export type ProgramSchedule = {
  startDate: string
  dueDate: string
  /** 0–100. */
  progress: number
}

/** The share of the schedule that has elapsed on `today`, in percent (0–100). */
export function expectedProgress({ startDate, dueDate }: ProgramSchedule, today: string): number {
  const span = daysBetween(startDate, dueDate)
  if (span <= 0) return today >= dueDate ? 100 : 0
  const elapsed = daysBetween(startDate, today)
  return Math.min(100, Math.max(0, (elapsed / span) * 100))
}

export function programStatus(program: ProgramSchedule, today: string): ProgramStatus {
  if (program.progress >= 100) return 'done'
  if (program.dueDate < today) return 'late'
  if (today < program.startDate || program.progress <= 0) return 'not-started'
  if (expectedProgress(program, today) - program.progress > AT_RISK_GAP) return 'at-risk'
  return 'on-track'
}

/** Problems first: late, at risk, not started, on track, done. */
const URGENCY: ReadonlyArray<ProgramStatus> = ['late', 'at-risk', 'not-started', 'on-track', 'done']

/**
 * Programs in the order a reader acts on them, the same on /programs and the briefing: the most
 * urgent status first, then the nearest due date, then by title.
 */
export function byUrgency<T extends Pick<Program, 'status' | 'dueDate' | 'title'>>(
  programs: ReadonlyArray<T>,
  locale: Locale,
): T[] {
  return [...programs].sort(
    (a, b) =>
      URGENCY.indexOf(a.status) - URGENCY.indexOf(b.status) ||
      a.dueDate.localeCompare(b.dueDate) ||
      a.title[locale].localeCompare(b.title[locale], locale),
  )
}
