import { expect, test } from 'vitest'
import {
  addSlide,
  cleanMeetingName,
  DEFAULT_DECK,
  MAX_SLIDES,
  moveSlide,
  parseDeck,
  parseSlideId,
  slideId,
} from './deck'

test('slide ids parse into slide kinds', () => {
  expect(parseSlideId('tpt')).toEqual({ kind: 'indicator', indicator: 'tpt' })
  expect(parseSlideId('breakdown:poverty')).toEqual({ kind: 'breakdown', indicator: 'poverty' })
  expect(parseSlideId('programs')).toEqual({ kind: 'programs' })
  expect(parseSlideId('title')).toEqual({ kind: 'title' })
  expect(parseSlideId('parents:title')).toBeNull()
  expect(parseSlideId('chart:tpt')).toBeNull()
  expect(parseSlideId('<script>')).toBeNull()
})

test('slide ids round-trip', () => {
  for (const id of ['title', 'tpt', 'breakdown:tpt', 'parents:audit-opinion', 'directives']) {
    const ref = parseSlideId(id)
    expect(ref && slideId(ref)).toBe(id)
  }
})

test('a deck drops invalid and repeated slides and reports the invalid ones', () => {
  expect(parseDeck('title,tpt,,tpt,<b>,directives,parents:inflation')).toEqual({
    slides: ['title', 'tpt', 'directives', 'parents:inflation'],
    invalid: ['<b>'],
  })
})

test('the default deck opens with the title slide, then the indicators, the roll-up and the board', () => {
  expect(DEFAULT_DECK).toHaveLength(9)
  expect(DEFAULT_DECK[0]).toBe('title')
  expect(DEFAULT_DECK.slice(-2)).toEqual(['programs', 'directives'])
})

test('slides move up and down within bounds', () => {
  expect(moveSlide(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c'])
  expect(moveSlide(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c'])
})

test('a slide is added once, and never past the longest deck', () => {
  expect(addSlide(['tpt'], 'breakdown:tpt')).toEqual(['tpt', 'breakdown:tpt'])
  expect(addSlide(['tpt'], 'tpt')).toEqual(['tpt'])
  const full = Array.from({ length: MAX_SLIDES }, (_, i) => `i${i}`)
  expect(addSlide(full, 'tpt')).toHaveLength(MAX_SLIDES)
})

test('a meeting name is trimmed, its spaces collapsed, and cut to its longest', () => {
  expect(cleanMeetingName('  Rapat   pimpinan \n Desember ')).toBe('Rapat pimpinan Desember')
  expect(cleanMeetingName('x'.repeat(300))).toHaveLength(120)
})
