import { expect, test } from 'vitest'
import type { Observation } from '@/api/series'
import { makeIndicator, makeObservation } from '@/testing/fixtures'
import { bestGradeStreak } from './series-view'

const audit = makeIndicator({
  id: 'audit-opinion',
  valueType: 'grade',
  gradeScale: ['TMP', 'TW', 'WDP', 'WTP'],
})
const sakip = makeIndicator({
  id: 'sakip',
  valueType: 'grade',
  gradeScale: ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA'],
})

function graded(period: string, grade: string): Observation {
  return makeObservation(period, null, { grade })
}

test('a WTP streak counts consecutive years ending at the latest', () => {
  const items = ['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024'].map((y) =>
    graded(y, 'WTP'),
  )
  expect(bestGradeStreak(audit, items, '2024')).toEqual({
    grade: 'WTP',
    count: 9,
    from: '2016',
    to: '2024',
  })
  // Up to an earlier figure ("as of" 2020): the run ending there.
  expect(bestGradeStreak(audit, items, '2020')).toMatchObject({ count: 5, to: '2020' })
})

test('a gap or another grade ends the streak; one year is no streak', () => {
  expect(
    bestGradeStreak(
      audit,
      [graded('2019', 'WTP'), graded('2020', 'WDP'), graded('2021', 'WTP'), graded('2022', 'WTP')],
      '2022',
    ),
  ).toEqual({ grade: 'WTP', count: 2, from: '2021', to: '2022' })
  expect(bestGradeStreak(audit, [graded('2019', 'WTP'), graded('2021', 'WTP')], '2021')).toBeNull()
  expect(bestGradeStreak(audit, [graded('2021', 'WTP'), graded('2022', 'WDP')], '2022')).toBeNull()
})

test("the best grade is the top of the indicator's own scale, not WTP", () => {
  const items = [graded('2022', 'A'), graded('2023', 'AA'), graded('2024', 'AA')]
  expect(bestGradeStreak(sakip, items, '2024')).toEqual({
    grade: 'AA',
    count: 2,
    from: '2023',
    to: '2024',
  })
  expect(bestGradeStreak(sakip, [graded('2023', 'WTP'), graded('2024', 'WTP')], '2024')).toBeNull()
  expect(bestGradeStreak(makeIndicator(), items, '2024')).toBeNull()
})
