import { expect, test } from 'vitest'
import { BOM, neutralise, toCsv } from './csv'

test('starts with a BOM and ends rows with CRLF', () => {
  const csv = toCsv(['a', 'b'], [[1, 'x']])
  expect(csv.startsWith(BOM)).toBe(true)
  expect(csv).toBe(`${BOM}a,b\r\n1,x\r\n`)
})

test('quotes separators, quotes and line breaks', () => {
  expect(toCsv(['h'], [['Kota Bogor, Jawa Barat'], ['say "hi"'], ['two\nlines']])).toBe(
    `${BOM}h\r\n"Kota Bogor, Jawa Barat"\r\n"say ""hi"""\r\n"two\nlines"\r\n`,
  )
})

test('the Indonesian dialect uses semicolons and a decimal comma', () => {
  expect(
    toCsv(
      ['wilayah', 'nilai'],
      [
        ['Kota Bogor', 9.39],
        ['A; B', -1.1],
      ],
      'indonesian',
    ),
  ).toBe(`${BOM}wilayah;nilai\r\nKota Bogor;9,39\r\n"A; B";-1,1\r\n`)
})

test('neutralises cells that a spreadsheet would run as formulas', () => {
  for (const text of ['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\tx']) {
    expect(neutralise(text).startsWith("'")).toBe(true)
  }
  expect(toCsv(['n'], [['=1+1']])).toBe(`${BOM}n\r\n'=1+1\r\n`)
  expect(neutralise('Kota Bogor')).toBe('Kota Bogor')
})

test('numbers are never neutralised and empty cells stay empty', () => {
  expect(toCsv(['v', 'w', 'x'], [[-1.1, null, undefined]])).toBe(`${BOM}v,w,x\r\n-1.1,,\r\n`)
})
