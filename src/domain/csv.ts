/**
 * The CSV writer behind every "Unduh CSV": UTF-8 with a BOM so Excel detects the encoding, RFC 4180
 * quoting, and two dialects — international (`,` and decimal point) and Indonesian Excel (`;` and
 * decimal comma). Cells that a spreadsheet would run as a formula are neutralised; region codes are
 * written so a spreadsheet keeps them as text (docs/decisions/0062).
 */

export const BOM = '\uFEFF'

export type CsvDialect = 'international' | 'indonesian'
/** A code a spreadsheet must keep as text: `0000` is not the number 0, `92.03` not a decimal. */
type CsvCode = { readonly code: string }
export type CsvCell = string | number | null | undefined | CsvCode

/** A code cell ({@link CsvCode}); empty without a code. */
export function csvCode(code: string | null | undefined): CsvCell {
  return code ? { code } : null
}

/** Digits in dot-separated groups (`0000`, `3271`, `92.03`, `32.71.03`): nothing a formula could carry. */
const CODE = /^\d+(?:\.\d+)*$/

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

/**
 * A code as a text formula, `="0000"`: Excel and LibreOffice Calc open it as the text 0000 (a plain
 * 0000 opens as the number 0, 92.03 as a decimal, and neither honours a leading apostrophe in a
 * CSV — it stays in the cell). Only digits and dots are written this way, so the formula can carry
 * nothing else; anything else is plain, neutralised text.
 */
function codeText(code: string): string {
  return CODE.test(code) ? `="${code}"` : neutralise(code)
}

function formatCell(cell: CsvCell, dialect: CsvDialect): string {
  if (cell === null || cell === undefined) return ''
  let text: string
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return ''
    // Numbers are written plainly (never neutralised: -1,10 is a value, not a formula).
    text = String(cell).replace('.', DIALECTS[dialect].decimal)
  } else if (typeof cell === 'object') {
    text = codeText(cell.code)
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
