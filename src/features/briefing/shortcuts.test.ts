// @vitest-environment jsdom
import { expect, test } from 'vitest'
import { shortcutFor } from './shortcuts'

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
  expect(shortcutFor(key('Escape'))?.id).toBe('exit')
  expect(shortcutFor(key('?'))?.id).toBe('toggleHelp')
})

test('browser shortcuts with modifiers are left alone', () => {
  expect(shortcutFor(key('ArrowRight', { altKey: true }))).toBeUndefined()
  expect(shortcutFor(key('p', { ctrlKey: true }))).toBeUndefined()
})
