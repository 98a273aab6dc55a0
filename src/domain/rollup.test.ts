import { expect, test } from 'vitest'
import type { ProgramStatus } from '@/api/programs'
import { programRollup, type RollupProgram } from './rollup'

const DAY = '2026-11-01'

function programs(counts: Partial<Record<ProgramStatus, number>>): RollupProgram[] {
  return Object.entries(counts).flatMap(([status, n]) =>
    Array.from({ length: n }, (): RollupProgram => ({
      kind: 'hundred-day',
      completedOn: status === 'done' ? '2025-05-01' : null,
      status: status as ProgramStatus,
    })),
  )
}

test('51 of 57 done is 89 %', () => {
  const result = programRollup(programs({ done: 51, late: 4, 'at-risk': 2 }), 'hundred-day', DAY)
  expect(result).toMatchObject({ total: 57, done: 51, percent: 89 })
  expect(result.byStatus).toEqual({
    'not-started': 0,
    'on-track': 0,
    'at-risk': 2,
    late: 4,
    done: 51,
  })
})

test('only done counts as terealisasi', () => {
  expect(
    programRollup(programs({ 'on-track': 3, 'not-started': 1 }), 'hundred-day', DAY),
  ).toMatchObject({ total: 4, done: 0, percent: 0 })
})

test('never 100 % while one is unfinished, never 0 % once one is done', () => {
  expect(programRollup(programs({ done: 199, late: 1 }), 'hundred-day', DAY).percent).toBe(99)
  expect(programRollup(programs({ done: 1, 'on-track': 299 }), 'hundred-day', DAY).percent).toBe(1)
  expect(programRollup(programs({ done: 8 }), 'hundred-day', DAY).percent).toBe(100)
})

test('half up: 1 of 8 is 13 %', () => {
  expect(programRollup(programs({ done: 1, late: 7 }), 'hundred-day', DAY).percent).toBe(13)
})

test('nothing of the kind gives no percentage', () => {
  expect(programRollup(programs({ done: 3 }), 'priority', DAY)).toMatchObject({
    total: 0,
    done: 0,
    percent: null,
  })
})

test('on an earlier day, only what was done by then counts, out of the whole set', () => {
  const list: RollupProgram[] = [
    { kind: 'hundred-day', completedOn: '2025-03-10', status: 'done' },
    { kind: 'hundred-day', completedOn: '2025-05-20', status: 'done' },
    { kind: 'hundred-day', completedOn: null, status: 'late' },
  ]
  expect(programRollup(list, 'hundred-day', '2025-03-31')).toMatchObject({ total: 3, done: 1 })
  expect(programRollup(list, 'hundred-day', DAY)).toMatchObject({ total: 3, done: 2, percent: 67 })
})
