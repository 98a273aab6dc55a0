// @vitest-environment jsdom
import { renderHook } from '@testing-library/react'
import { expect, test } from 'vitest'
import { useSettledValue } from './use-settled-value'

test('keeps the value the data was fetched for until the new data settles', () => {
  const { result, rerender } = renderHook(
    ({ value, settled }: { value: string; settled: boolean }) => useSettledValue(value, settled),
    { initialProps: { value: '3271', settled: true } },
  )
  expect(result.current).toBe('3271')
  // A new region is chosen; its data is still loading (the old region's is the placeholder).
  rerender({ value: '7571', settled: false })
  expect(result.current).toBe('3271')
  rerender({ value: '7571', settled: true })
  expect(result.current).toBe('7571')
  // Settled values move at once.
  rerender({ value: '31', settled: true })
  expect(result.current).toBe('31')
})
