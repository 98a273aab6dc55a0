import { expect, test } from 'vitest'
import { SAKIP_COMPONENTS } from './sakip'

test('the four components of PermenPANRB 88/2021 add up to 100', () => {
  expect(SAKIP_COMPONENTS.map((c) => c.max)).toEqual([30, 30, 15, 25])
  expect(SAKIP_COMPONENTS.reduce((sum, c) => sum + c.max, 0)).toBe(100)
})
