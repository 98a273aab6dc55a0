import { expect, test } from 'vitest'
import { gradeStatus, numericStatus, sakipPredicate } from './status'

const point = (value: number) => ({ value, min: null, max: null, grade: null })
const band = (min: number, max: number) => ({ value: null, min, max, grade: null })

test('lower is better: at or under target is achieved, up to 10 % over is near', () => {
  expect(numericStatus(8, 'lower', point(8))).toBe('achieved')
  expect(numericStatus(7.2, 'lower', point(8))).toBe('achieved')
  expect(numericStatus(8.8, 'lower', point(8))).toBe('near')
  expect(numericStatus(8.81, 'lower', point(8))).toBe('off')
})

test('higher is better: at or over target is achieved, down to 10 % under is near', () => {
  expect(numericStatus(90, 'higher', point(90))).toBe('achieved')
  expect(numericStatus(81, 'higher', point(90))).toBe('near')
  expect(numericStatus(80.9, 'higher', point(90))).toBe('off')
})

test('a band is achieved inside, near within half a point, off beyond', () => {
  expect(numericStatus(1.5, 'band', band(1.5, 3.5))).toBe('achieved')
  expect(numericStatus(3.5, 'band', band(1.5, 3.5))).toBe('achieved')
  expect(numericStatus(4, 'band', band(1.5, 3.5))).toBe('near')
  expect(numericStatus(1.0, 'band', band(1.5, 3.5))).toBe('near')
  expect(numericStatus(4.01, 'band', band(1.5, 3.5))).toBe('off')
  expect(numericStatus(0.2, 'band', band(1.5, 3.5))).toBe('off')
})

test('a missing target or value is said, not guessed', () => {
  expect(numericStatus(9.39, 'lower', undefined)).toBe('no-target')
  expect(numericStatus(9.39, 'lower', { value: null, min: null, max: null, grade: null })).toBe(
    'no-target',
  )
  expect(numericStatus(2, 'band', point(2.5))).toBe('no-target')
  expect(numericStatus(null, 'lower', point(8))).toBe('no-data')
})

test('grades compare on their ordinal scale', () => {
  const sakip = ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA']
  expect(gradeStatus('A', sakip, 'A')).toBe('achieved')
  expect(gradeStatus('AA', sakip, 'A')).toBe('achieved')
  expect(gradeStatus('BB', sakip, 'A')).toBe('near')
  expect(gradeStatus('B', sakip, 'A')).toBe('off')
  expect(gradeStatus('BB', sakip, null)).toBe('no-target')
  expect(gradeStatus('Z', sakip, 'A')).toBe('no-data')
  const audit = ['TMP', 'TW', 'WDP', 'WTP']
  expect(gradeStatus('WTP', audit, 'WTP')).toBe('achieved')
  expect(gradeStatus('WDP', audit, 'WTP')).toBe('near')
  expect(gradeStatus('TMP', audit, 'WTP')).toBe('off')
})

test('SAKIP predicate follows the bands at every boundary', () => {
  expect(sakipPredicate(90.01)).toBe('AA')
  expect(sakipPredicate(90)).toBe('A')
  expect(sakipPredicate(80)).toBe('BB')
  expect(sakipPredicate(70)).toBe('B')
  expect(sakipPredicate(60)).toBe('CC')
  expect(sakipPredicate(50)).toBe('C')
  expect(sakipPredicate(30)).toBe('D')
  expect(sakipPredicate(57.89)).toBe('CC')
})

test('SAKIP predicate: just above each boundary is the band above, the boundary itself the band below', () => {
  const cases: Array<[number, string]> = [
    [100, 'AA'],
    [90.01, 'AA'],
    [90, 'A'],
    [80.01, 'A'],
    [80, 'BB'],
    [70.01, 'BB'],
    [70, 'B'],
    [60.01, 'B'],
    [60, 'CC'],
    [50.01, 'CC'],
    [50, 'C'],
    [30.01, 'C'],
    [30, 'D'],
    [0, 'D'],
  ]
  for (const [score, predicate] of cases) expect(sakipPredicate(score)).toBe(predicate)
})
