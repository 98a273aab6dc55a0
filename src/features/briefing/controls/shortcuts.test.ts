// @vitest-environment jsdom
import { expect, test } from 'vitest'
import { SHORTCUTS, helpRows, shortcutFor } from './shortcuts'

const key = (k: string, init: KeyboardEventInit = {}) =>
  new KeyboardEvent('keydown', { key: k, ...init })

test('clicker and keyboard keys map to slide actions', () => {
  expect(shortcutFor(key('ArrowRight'))?.id).toBe('next')
  expect(shortcutFor(key('PageDown'))?.id).toBe('next')
  expect(shortcutFor(key(' '))?.id).toBe('next')
  expect(shortcutFor(key('PageUp'))?.id).toBe('previous')
  expect(shortcutFor(key(' ', { shiftKey: true }))?.id).toBe('previous')
  expect(shortcutFor(key('Home'))?.id).toBe('first')
  expect(shortcutFor(key('End'))?.id).toBe('last')
  expect(shortcutFor(key('?'))?.id).toBe('toggleHelp')
})

test('B and . black the screen out, W and , white it out', () => {
  expect(shortcutFor(key('b'))?.id).toBe('blackout')
  expect(shortcutFor(key('.'))?.id).toBe('blackout')
  expect(shortcutFor(key('W'))?.id).toBe('whiteout')
  expect(shortcutFor(key(','))?.id).toBe('whiteout')
})

test("a clicker's start/stop button enters full screen with F5 and Esc only leaves it", () => {
  expect(shortcutFor(key('F5'))?.id).toBe('enterFullscreen')
  expect(shortcutFor(key('Escape'))?.id).toBe('escape')
  expect(shortcutFor(key('f'))?.id).toBe('toggleFullscreen')
  expect(shortcutFor(key('p'))?.id).toBe('presenter')
})

test('browser shortcuts with modifiers are left alone', () => {
  expect(shortcutFor(key('ArrowRight', { altKey: true }))).toBeUndefined()
  expect(shortcutFor(key('p', { ctrlKey: true }))).toBeUndefined()
  expect(shortcutFor(key('r', { metaKey: true }))).toBeUndefined()
})

test('no key means two things, and the help lists every shortcut once per label', () => {
  const all = [
    'ArrowRight',
    'ArrowLeft',
    ' ',
    'b',
    '.',
    'w',
    ',',
    'f',
    'F5',
    'Escape',
    'p',
    'a',
    '?',
  ]
  for (const k of all) {
    expect(SHORTCUTS.filter((s) => s.test(key(k))).length, k).toBe(1)
  }
  const rows = helpRows()
  expect(new Set(rows.map((r) => r.label)).size).toBe(rows.length)
  expect(rows.find((r) => r.label === 'keys.fullscreen')?.keys).toEqual(['F', 'F5'])
})
