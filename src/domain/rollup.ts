/**
 * The program roll-up officials report — "30 dari 34 komitmen selesai (88 %)" — with one
 * definition everywhere it is shown (the scorecard card, /programs, the briefing slide, exports):
 *
 * - **Which set**: the programs of one kind — the mayor's 100-day commitments (`hundred-day`,
 *   the "Program 100 hari" indicator) or the year's priority programs (`priority`) — of one region,
 *   never a filtered subset (a status or agency filter narrows the list, not the roll-up).
 * - **Counted how**: commitments done by the day ÷ every commitment of the set (those not yet
 *   started included: they are part of what was promised). Done means completed on or before
 *   that day.
 * - **As of when**: a day — the dataset's day for "now", a quarter's last day for the quarterly
 *   series of the indicator (whose current quarter is provisional and equals "now").
 */
import type { Program, ProgramStatus } from '@/api/programs'
import { PROGRAM_STATUSES } from './program-status'

export type ProgramKind = Program['kind']
export type RollupProgram = Pick<Program, 'kind' | 'completedOn' | 'status'>

export type RollUp = {
  kind: ProgramKind
  /** The day the roll-up is taken on, `YYYY-MM-DD`. */
  day: string
  total: number
  done: number
  /**
   * Whole percent of programs done, rounded half up — except that it is never 100 while one is
   * unfinished, nor 0 once one is done (199 of 200 is 99 %, not 100 %). Null with no programs.
   */
  percent: number | null
  /** Programs by their status on the dataset's day (only meaningful when `day` is that day). */
  byStatus: Record<ProgramStatus, number>
}

function isDoneBy(program: Pick<Program, 'completedOn'>, day: string): boolean {
  return program.completedOn !== null && program.completedOn <= day
}

/** The roll-up of the region's programs of `kind` on `day` (pass every program of the region). */
export function programRollup(
  programs: ReadonlyArray<RollupProgram>,
  kind: ProgramKind,
  day: string,
): RollUp {
  const byStatus = Object.fromEntries(PROGRAM_STATUSES.map((s) => [s, 0])) as Record<
    ProgramStatus,
    number
  >
  let total = 0
  let done = 0
  for (const program of programs) {
    if (program.kind !== kind) continue
    total += 1
    if (isDoneBy(program, day)) done += 1
    byStatus[program.status] += 1
  }
  return {
    kind,
    day,
    total,
    done,
    percent: total === 0 ? null : donePercent(done, total),
    byStatus,
  }
}

function donePercent(done: number, total: number): number {
  const rounded = Math.round((done / total) * 100)
  if (rounded === 100 && done < total) return 99
  if (rounded === 0 && done > 0) return 1
  return rounded
}
