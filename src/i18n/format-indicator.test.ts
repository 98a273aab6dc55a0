import fc from 'fast-check'
import { expect, test } from 'vitest'
import { makeIndicator, makeObservation } from '@/testing/fixtures'
import { formatValue, trendSentence } from './format-indicator'
import { createI18n } from './i18n'
import { messagesEn } from './messages-en'

const id = createI18n('id')
const en = createI18n('en', messagesEn)
const plain = (text: string | null) => text?.replace(/\u00a0/g, ' ') ?? null
const tpt = makeIndicator()

test('one trend sentence: its subject, which way it moved, from what to what, and when', () => {
  const shown = [
    makeObservation('2018-08', 9.65),
    makeObservation('2020-08', 12.68),
    makeObservation('2023-08', 9.39),
  ]
  expect(plain(trendSentence(id, tpt, shown, 'TPT Kota Bogor'))).toBe(
    'TPT Kota Bogor turun dari 9,65 % (Agustus 2018) menjadi 9,39 % (Agustus 2023)',
  )
  expect(plain(trendSentence(en, tpt, shown, 'TPT in Kota Bogor'))).toBe(
    'TPT in Kota Bogor fell from 9.65% (August 2018) to 9.39% (August 2023)',
  )
  expect(plain(trendSentence(id, tpt, [makeObservation('2023-08', 9.39)], 'Kota Bogor'))).toBe(
    'Kota Bogor 9,39 % (Agustus 2023)',
  )
  expect(trendSentence(id, tpt, [makeObservation('2023-08', null)], 'Kota Bogor')).toBeNull()
})

test('"naik" and "turun" follow the printed values: two equal printed numbers are "tetap"', () => {
  // 9.391 and 9.394 both print as 9,39 %: the trend did not visibly move.
  const shown = [makeObservation('2022-08', 9.391), makeObservation('2023-08', 9.394)]
  expect(plain(trendSentence(id, tpt, shown, 'TPT Kota Bogor'))).toBe(
    'TPT Kota Bogor tetap dari 9,39 % (Agustus 2022) menjadi 9,39 % (Agustus 2023)',
  )
  // 9.394 and 9.396 print as 9,39 % and 9,40 %: it rose, though by less than a printed step.
  const up = [makeObservation('2022-08', 9.394), makeObservation('2023-08', 9.396)]
  expect(plain(trendSentence(id, tpt, up, 'TPT'))).toMatch(/^TPT naik dari 9,39 % .* 9,40 %/)
})

test('equal printed values never say naik/turun, unequal ones always do, at any decimals', () => {
  fc.assert(
    fc.property(
      fc.double({ min: -50, max: 200, noNaN: true }),
      fc.double({ min: -50, max: 200, noNaN: true }),
      fc.integer({ min: 0, max: 3 }),
      fc.constantFrom(id, en),
      (a, b, decimals, i18n) => {
        const indicator = makeIndicator({ decimals, unit: decimals === 3 ? 'score' : 'percent' })
        const shown = [makeObservation('2022', a), makeObservation('2023', b)]
        const text = trendSentence(i18n, indicator, shown, 'X') ?? ''
        const same = formatValue(i18n, indicator, a) === formatValue(i18n, indicator, b)
        const moved = /\b(naik|turun|rose|fell)\b/.test(text)
        const held = /\b(tetap|held)\b/.test(text)
        expect(moved).toBe(!same)
        expect(held).toBe(same)
      },
    ),
    { numRuns: 3000 },
  )
})
