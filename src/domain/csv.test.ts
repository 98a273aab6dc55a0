import { expect, test } from 'vitest'
import { BOM, csvCode, neutralise, toCsv } from './csv'

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

test('codes stay text in a spreadsheet: a text formula, quoted, in both dialects', () => {
  const rows = [[csvCode('0000'), csvCode('92.03'), csvCode('3271'), csvCode(null)]]
  // `="0000"` is what Excel and LibreOffice open as the text 0000 (a plain 0000 is the number 0).
  expect(toCsv(['a', 'b', 'c', 'd'], rows)).toBe(
    `${BOM}a,b,c,d\r\n"=""0000""","=""92.03""","=""3271""",\r\n`,
  )
  expect(toCsv(['a', 'b', 'c', 'd'], rows, 'indonesian')).toBe(
    `${BOM}a;b;c;d\r\n"=""0000""";"=""92.03""";"=""3271""";\r\n`,
  )
})

test('only digits and dots become a text formula: anything else in a code cell is neutralised', () => {
  expect(toCsv(['k'], [[csvCode('=HYPERLINK("x")')], [csvCode('1+1')], [csvCode('AB-1')]])).toBe(
    `${BOM}k\r\n"'=HYPERLINK(""x"")"\r\n1+1\r\nAB-1\r\n`,
  )
})
