import { expect, test } from 'vitest'
import { CANVAS, fitCanvas } from './fit'

test('a 16:9 window is filled exactly', () => {
  expect(fitCanvas({ width: 1920, height: 1080 })).toEqual({
    scale: 1,
    left: 0,
    top: 0,
    width: 1920,
    height: 1080,
  })
  expect(fitCanvas({ width: 3840, height: 2160 }).scale).toBe(2)
  expect(fitCanvas({ width: 1280, height: 720 }).scale).toBeCloseTo(2 / 3)
})

test('a 4:3 window fills its width, letterboxed above and below', () => {
  const fit = fitCanvas({ width: 1024, height: 768 })
  expect(fit.width).toBeCloseTo(1024)
  expect(fit.height).toBeCloseTo(576)
  expect(fit.left).toBe(0)
  expect(fit.top).toBeCloseTo(96)
})

test('a wide window fills its height, letterboxed left and right', () => {
  const fit = fitCanvas({ width: 2560, height: 1000 })
  expect(fit.height).toBeCloseTo(1000)
  expect(fit.left).toBeCloseTo((2560 - (1920 * 1000) / 1080) / 2)
  expect(fit.top).toBe(0)
})

test('a portrait window fills its width and centres the canvas', () => {
  const fit = fitCanvas({ width: 1080, height: 1920 })
  expect(fit.scale).toBeCloseTo(1080 / CANVAS.width)
  expect(fit.top).toBeCloseTo((1920 - 607.5) / 2)
})

test('a box with no room gives no canvas rather than a negative or infinite scale', () => {
  expect(fitCanvas({ width: 0, height: 900 }).scale).toBe(0)
  expect(fitCanvas({ width: -10, height: -10 }).scale).toBe(0)
})

test('the scaled canvas always fits the box and touches two of its sides', () => {
  for (const [width, height] of [
    [1024, 768],
    [1366, 768],
    [1536, 864],
    [1920, 960],
    [2560, 1440],
    [777, 1333],
  ] as const) {
    const fit = fitCanvas({ width, height })
    expect(fit.width).toBeLessThanOrEqual(width + 1e-9)
    expect(fit.height).toBeLessThanOrEqual(height + 1e-9)
    expect(Math.abs(fit.width - width) < 1e-6 || Math.abs(fit.height - height) < 1e-6).toBe(true)
    expect(fit.width / fit.height).toBeCloseTo(16 / 9)
  }
})
