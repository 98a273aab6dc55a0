// @vitest-environment jsdom
import { expect, test } from 'vitest'
import { configuredRegion } from './default-region'

function page(content: string | null) {
  const doc = document.implementation.createHTMLDocument('Kinerja')
  if (content !== null) {
    const meta = doc.createElement('meta')
    meta.setAttribute('name', 'kinerja-region')
    meta.setAttribute('content', content)
    doc.head.append(meta)
  }
  return doc
}

test('the default region is the one the server wrote into the page, else the build’s, else Kota Bogor', () => {
  expect(configuredRegion(page('7571'), undefined)).toBe('7571')
  expect(configuredRegion(page('32.71'), '7571')).toBe('32.71')
  expect(configuredRegion(page(null), '7571')).toBe('7571')
  expect(configuredRegion(page(null), undefined)).toBe('3271')
  // Anything that is not a region code is ignored.
  expect(configuredRegion(page('"><script>'), 'x')).toBe('3271')
})
