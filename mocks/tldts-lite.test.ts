import { expect, test } from 'vitest'
import { getDomain } from './tldts-lite'

test('the registrable domain: two labels, three under a known second-level suffix', () => {
  expect(getDomain('kinerja.bogorkota.go.id')).toBe('bogorkota.go.id')
  expect(getDomain('demo.kinerja.example.com')).toBe('example.com')
  expect(getDomain('Example.COM.')).toBe('example.com')
  expect(getDomain('go.id')).toBeNull()
})

test('addresses and single labels have none', () => {
  expect(getDomain('127.0.0.1')).toBeNull()
  expect(getDomain('::1')).toBeNull()
  expect(getDomain('localhost')).toBeNull()
  expect(getDomain('')).toBeNull()
})
