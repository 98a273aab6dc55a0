/**
 * The CSV writer behind every "Unduh CSV": UTF-8 with a BOM so Excel detects the encoding, RFC 4180
 * quoting, and two dialects — international (`,` and decimal point) and Indonesian Excel (`;` and
 * decimal comma). Cells that a spreadsheet would run as a formula are neutralised.
 */

export const BOM = '\uFEFF'

export type CsvDialect = 'international' | 'indonesian'
export type CsvCell = string | number | null | undefined

/** A table as exported: a header row and rows of cells. */
export type CsvTable = {
  header: ReadonlyArray<string>
  rows: ReadonlyArray<ReadonlyArray<CsvCell>>
}

const DIALECTS: Record<CsvDialect, { separator: string; decimal: string }> = {
  international: { separator: ',', decimal: '.' },
  indonesian: { separator: ';', decimal: ',' },
}

/** Formula injection guard: a text cell starting with = + - @ (or tab/CR) gets a leading apostrophe. */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

function formatCell(cell: CsvCell, dialect: CsvDialect): string {
  if (cell === null || cell === undefined) return ''
  let text: string
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return ''
    // Numbers are written plainly (never neutralised: -1,10 is a value, not a formula).
    text = String(cell).replace('.', DIALECTS[dialect].decimal)
  } else {
    text = neutralise(cell)
  }
  const { separator } = DIALECTS[dialect]
  return text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim()
    ? `"${text.replace(/"/g, '""')}"`
    : text
}

export function toCsv(
  header: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<CsvCell>>,
  dialect: CsvDialect = 'international',
): string {
  const { separator } = DIALECTS[dialect]
  const lines = [header, ...rows].map((row) =>
    row.map((cell) => formatCell(cell, dialect)).join(separator),
  )
  return `${BOM}${lines.join('\r\n')}\r\n`
}
