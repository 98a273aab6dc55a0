import { expect, test } from 'vitest'
import { DEFAULT_DECK, moveSlide, parseDeck, parseSlideId } from './deck'

test('slide ids parse into slide kinds', () => {
  expect(parseSlideId('tpt')).toEqual({ kind: 'indicator', indicator: 'tpt' })
  expect(parseSlideId('breakdown:poverty')).toEqual({ kind: 'breakdown', indicator: 'poverty' })
  expect(parseSlideId('programs')).toEqual({ kind: 'programs' })
  expect(parseSlideId('chart:tpt')).toBeNull()
  expect(parseSlideId('<script>')).toBeNull()
})

test('a deck drops invalid and repeated slides and reports the invalid ones', () => {
  expect(parseDeck('tpt,,tpt,<b>,directives,parents:inflation')).toEqual({
    slides: ['tpt', 'directives', 'parents:inflation'],
    invalid: ['<b>'],
  })
})

test('the default deck has a slide per headline indicator, the roll-up and the directives', () => {
  expect(DEFAULT_DECK).toHaveLength(8)
  expect(DEFAULT_DECK.at(-2)).toBe('programs')
})

test('slides move up and down within bounds', () => {
  expect(moveSlide(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c'])
  expect(moveSlide(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c'])
})
