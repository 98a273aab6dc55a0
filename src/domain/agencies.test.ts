import { expect, test } from 'vitest'
import { regionOfAgency, resolveAgency } from './agencies'

test('the region of an agency is the prefix of its id', () => {
  expect(regionOfAgency('7571-dinas-kesehatan')).toBe('7571')
})

test('an agency of another region means all agencies, reported as unknown', () => {
  const list = [{ id: '3271-dinkes' }]
  expect(resolveAgency(list, '3271-dinkes', '3271')).toEqual({
    agency: '3271-dinkes',
    unknown: null,
  })
  expect(resolveAgency(list, '7571-dinkes', '3271')).toEqual({
    agency: null,
    unknown: '7571-dinkes',
  })
  // Before the list is in, an id with the region's prefix is trusted.
  expect(resolveAgency(undefined, '3271-disdik', '3271')).toEqual({
    agency: '3271-disdik',
    unknown: null,
  })
})
