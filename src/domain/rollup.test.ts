import { expect, test } from 'vitest'
import type { ProgramStatus } from './program-status'
import { rollUp } from './rollup'

const programs = (counts: Partial<Record<ProgramStatus, number>>) =>
  Object.entries(counts).flatMap(([status, n]) =>
    Array.from({ length: n }, () => ({ status: status as ProgramStatus })),
  )

test('51 of 57 done is 89 %', () => {
  const result = rollUp(programs({ done: 51, late: 4, 'at-risk': 2 }))
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
  expect(rollUp(programs({ 'on-track': 3, 'not-started': 1 }))).toMatchObject({
    total: 4,
    done: 0,
    percent: 0,
  })
})

test('never 100 % while one is unfinished, never 0 % once one is done', () => {
  expect(rollUp(programs({ done: 199, late: 1 })).percent).toBe(99)
  expect(rollUp(programs({ done: 1, 'on-track': 299 })).percent).toBe(1)
  expect(rollUp(programs({ done: 8 })).percent).toBe(100)
})

test('half up: 1 of 8 is 13 %', () => {
  expect(rollUp(programs({ done: 1, late: 7 })).percent).toBe(13)
})

test('nothing listed gives no percentage', () => {
  expect(rollUp([])).toMatchObject({ total: 0, done: 0, percent: null })
})
