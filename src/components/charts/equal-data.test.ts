import { describe, expect, it } from 'vitest'
import { equalData } from './equal-data'

describe('equalData', () => {
  it('compares arrays and plain objects by content', () => {
    expect(
      equalData(
        [{ key: '2023', values: { region: 9.39 } }],
        [{ key: '2023', values: { region: 9.39 } }],
      ),
    ).toBe(true)
    expect(
      equalData(
        [{ key: '2023', values: { region: 9.39 } }],
        [{ key: '2023', values: { region: 9.4 } }],
      ),
    ).toBe(false)
    expect(equalData({ a: 1 }, { a: 1, b: undefined })).toBe(false)
    expect(equalData([1, 2], [1, 2, 3])).toBe(false)
    expect(equalData(null, {})).toBe(false)
    expect(equalData(Number.NaN, Number.NaN)).toBe(true)
  })

  it('compares functions and class instances by identity', () => {
    const format = (v: number) => String(v)
    expect(equalData({ format }, { format })).toBe(true)
    expect(equalData({ format }, { format: (v: number) => String(v) })).toBe(false)
    expect(equalData(new Date(0), new Date(0))).toBe(false)
  })
})
