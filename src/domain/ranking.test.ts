import { expect, test } from 'vitest'
import { rankBy, rankLabel } from './ranking'

type Row = { name: string; score: number | null }
const rows = (...scores: Array<number | null>): Row[] =>
  scores.map((score, index) => ({ name: String.fromCharCode(97 + index), score }))
const summary = (ranked: ReturnType<typeof rankBy<Row>>) =>
  ranked.map((r) => `${r.item.name}:${r.rank}${r.tied ? '=' : ''}`)

test('ties share a rank and the next value skips the tied places (1, 2, 2, 4)', () => {
  const ranked = rankBy(rows(70, 85, 80, 80), (r) => r.score, 'desc')
  expect(summary(ranked)).toEqual(['b:1', 'c:2=', 'd:2=', 'a:4'])
})

test('ascending ranks the smallest value first', () => {
  const ranked = rankBy(rows(5.2, 3.1, 3.1, 3.1, 9), (r) => r.score, 'asc')
  expect(summary(ranked)).toEqual(['b:1=', 'c:1=', 'd:1=', 'a:4', 'e:5'])
})

test('items without a value come last, unranked, in their original order', () => {
  const ranked = rankBy(rows(null, 60, Number.NaN, 60), (r) => r.score, 'desc')
  expect(summary(ranked)).toEqual(['b:1=', 'd:1=', 'a:0', 'c:0'])
})

test('equal values keep the order they were given in', () => {
  const ranked = rankBy(rows(1, 1, 1), (r) => r.score, 'desc')
  expect(ranked.map((r) => r.item.name)).toEqual(['a', 'b', 'c'])
  expect(ranked.every((r) => r.rank === 1 && r.tied)).toBe(true)
})

test('no items give no ranks; one item is rank 1 and not tied', () => {
  expect(rankBy([], (r: Row) => r.score, 'desc')).toEqual([])
  expect(summary(rankBy(rows(42), (r) => r.score, 'asc'))).toEqual(['a:1'])
})

test('the input array is left as it was', () => {
  const input = rows(1, 3, 2)
  rankBy(input, (r) => r.score, 'desc')
  expect(input.map((r) => r.score)).toEqual([1, 3, 2])
})

test('a shared place prints as "=2", an unranked item as a dash', () => {
  const labels = rankBy(rows(70, 85, 80, 80, null), (r) => r.score, 'desc').map(rankLabel)
  expect(labels).toEqual(['1', '=2', '=2', '4', '–'])
})
