import { expect, test } from 'vitest'
import { nextSearch, parseFilters } from './filters'

const parse = (search: string) => parseFilters(new URLSearchParams(search))

test('the deck, the slide and the title slide are read from the link', () => {
  const { filters, issues } = parse(
    'region=3271&deck=title,tpt,directives&slide=3&meeting=Rapat%20Desember&date=2026-12-01',
  )
  expect(filters.deck).toEqual(['title', 'tpt', 'directives'])
  expect(filters.slide).toBe(3)
  expect(filters.meeting).toBe('Rapat Desember')
  expect(filters.date).toBe('2026-12-01')
  expect(issues).toEqual([])
})

test('a malformed meeting day or empty meeting name falls back and says so', () => {
  const { filters, issues } = parse('meeting=%20%20&date=2026-13-45')
  expect(filters.meeting).toBeNull()
  expect(filters.date).toBeNull()
  expect(issues.map((i) => i.param).sort()).toEqual(['date', 'meeting'])
})

test('a deck change writes the deck into the link and starts at its first slide', () => {
  const next = nextSearch(new URLSearchParams('region=3271&slide=4'), {
    deck: ['title', 'tpt', 'breakdown:tpt'],
    slide: 1,
  })
  expect(next.get('deck')).toBe('title,tpt,breakdown:tpt')
  expect(next.has('slide')).toBe(false)
})

test('an emptied deck stays in the link as deck=, so the link opens it empty', () => {
  const next = nextSearch(new URLSearchParams('region=3271&deck=tpt'), { deck: [] })
  expect(next.get('deck')).toBe('')
  expect(parse(next.toString()).filters.deck).toEqual([])
})

test('the title slide is written to the link, and removed when set back to the defaults', () => {
  const named = nextSearch(new URLSearchParams('region=3271'), {
    meeting: 'Rapat & evaluasi',
    date: '2026-12-01',
  })
  expect(parse(named.toString()).filters.meeting).toBe('Rapat & evaluasi')
  const cleared = nextSearch(named, { meeting: null, date: null })
  expect(cleared.has('meeting')).toBe(false)
  expect(cleared.has('date')).toBe(false)
})

test('other pages keep the deck in their links once it is there', () => {
  const next = nextSearch(new URLSearchParams('region=3271&deck=tpt,programs'), { period: '2024' })
  expect(next.get('deck')).toBe('tpt,programs')
})
