/**
 * The roll-up officials report: "51 dari 57 program terealisasi (89 %)". *Terealisasi* counts
 * the programs whose status is `done`; the total is every program given — the caller passes
 * exactly the items it lists, so the sentence and the list can never disagree.
 */
import { PROGRAM_STATUSES, type ProgramStatus } from './program-status'

export type RollUp = {
  total: number
  done: number
  /**
   * Whole percent of programs done, rounded half up — except that it is never 100 while one is
   * unfinished, nor 0 once one is done (199 of 200 is 99 %, not 100 %). Null with no programs.
   */
  percent: number | null
  byStatus: Record<ProgramStatus, number>
}

export function rollUp(items: ReadonlyArray<{ status: ProgramStatus }>): RollUp {
  const byStatus = Object.fromEntries(PROGRAM_STATUSES.map((s) => [s, 0])) as Record<
    ProgramStatus,
    number
  >
  for (const item of items) byStatus[item.status] += 1
  const total = items.length
  const done = byStatus.done
  return { total, done, percent: total === 0 ? null : donePercent(done, total), byStatus }
}

function donePercent(done: number, total: number): number {
  const rounded = Math.round((done / total) * 100)
  if (rounded === 100 && done < total) return 99
  if (rounded === 0 && done > 0) return 1
  return rounded
}
