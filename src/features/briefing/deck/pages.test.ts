import { expect, test } from 'vitest'
import { deckPages } from './pages'

test('each deck entry is one slide, the directives board as many as its pages', () => {
  const pages = deckPages(['title', 'tpt', 'directives', 'programs'], 3)
  expect(pages.map((p) => p.key)).toEqual([
    'title',
    'tpt',
    'directives',
    'directives#2',
    'directives#3',
    'programs',
  ])
  expect(pages[3]).toMatchObject({ id: 'directives', page: 2, pages: 3 })
})

test('an empty board still has its slide, saying so', () => {
  expect(deckPages(['directives'], 0).map((p) => p.key)).toEqual(['directives'])
})

test('entries the snapshot cannot show are left out', () => {
  const pages = deckPages(['tpt', 'nope', 'breakdown:nope', 'programs'], 1, (ref) =>
    'indicator' in ref ? ref.indicator === 'tpt' : true,
  )
  expect(pages.map((p) => p.id)).toEqual(['tpt', 'programs'])
})
