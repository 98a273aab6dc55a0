import { expect, test } from 'vitest'
import { coversScreen } from './use-fullscreen'

test('a window covers its screen when it is as large (F11, a kiosk), within a pixel of rounding', () => {
  const projector = { width: 1920, height: 1080 }
  expect(coversScreen({ innerWidth: 1920, innerHeight: 1080 }, projector)).toBe(true)
  expect(coversScreen({ innerWidth: 1920, innerHeight: 1079 }, projector)).toBe(true)
  // A browser window with its tabs and address bar, or beside a taskbar.
  expect(coversScreen({ innerWidth: 1920, innerHeight: 969 }, projector)).toBe(false)
  expect(coversScreen({ innerWidth: 1366, innerHeight: 768 }, projector)).toBe(false)
  // No screen reported (an embedded browser): never assumed.
  expect(coversScreen({ innerWidth: 0, innerHeight: 0 }, { width: 0, height: 0 })).toBe(false)
})
