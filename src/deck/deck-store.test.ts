import { expect, test } from 'vitest'
import { loadStored } from './deck-store'

function storage(value: string | null) {
  const removed: string[] = []
  return { removed, getItem: () => value, removeItem: (key: string) => void removed.push(key) }
}

test('a valid stored deck loads, with invalid slide ids dropped', () => {
  const s = storage(
    JSON.stringify({
      version: 1,
      decks: { '3271': ['tpt', '<b>', 'programs'] },
      prefs: { theme: 'dark', intervalSeconds: 30 },
    }),
  )
  const { stored, discarded } = loadStored(s)
  expect(discarded).toBe(false)
  expect(stored.decks['3271']).toEqual(['tpt', 'programs'])
  expect(stored.prefs.theme).toBe('dark')
})

test('corrupt or old-format storage is discarded and reported', () => {
  for (const value of [
    '{not json',
    JSON.stringify({ version: 0, decks: [] }),
    JSON.stringify({ version: 1, decks: {}, prefs: { theme: 'neon', intervalSeconds: 1 } }),
  ]) {
    const s = storage(value)
    const { stored, discarded } = loadStored(s)
    expect(discarded).toBe(true)
    expect(stored.decks).toEqual({})
    expect(s.removed).toEqual(['kinerja.briefing'])
  }
})

test('nothing stored is not a problem', () => {
  expect(loadStored(storage(null)).discarded).toBe(false)
})
