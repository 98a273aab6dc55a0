import { expect, test } from 'vitest'
import type { Observation } from '@/api/series'
import { makeObservation } from '@/testing/fixtures'
import { gradeStreak } from './series-view'

function opinion(period: string, grade: string): Observation {
  return makeObservation(period, null, { grade })
}

test('a WTP streak counts consecutive years ending at the latest', () => {
  const items = ['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024'].map((y) =>
    opinion(y, 'WTP'),
  )
  expect(gradeStreak(items, 'WTP')).toEqual({ count: 9, from: '2016', to: '2024' })
})

test('a gap or another grade ends the streak', () => {
  expect(
    gradeStreak(
      [
        opinion('2019', 'WTP'),
        opinion('2020', 'WDP'),
        opinion('2021', 'WTP'),
        opinion('2022', 'WTP'),
      ],
      'WTP',
    ),
  ).toEqual({
    count: 2,
    from: '2021',
    to: '2022',
  })
  expect(gradeStreak([opinion('2019', 'WTP'), opinion('2021', 'WTP')], 'WTP')).toEqual({
    count: 1,
    from: '2021',
    to: '2021',
  })
  expect(gradeStreak([opinion('2021', 'WTP'), opinion('2022', 'WDP')], 'WTP')).toBeNull()
})
