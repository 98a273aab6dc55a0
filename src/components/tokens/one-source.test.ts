/**
 * One source of colours, type and spacing (docs/decisions/0065-design-tokens.md): only
 * src/components/tokens/tokens.ts spells a colour; every stylesheet sizes text from the type
 * scale and spaces from the spacing scale (the slide canvas keeps its canvas px, its text sizes
 * from the canvas scale); chart code takes its text sizes from the tokens too.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, test } from 'vitest'

const ROOT = join(import.meta.dirname, '../../..')
const SOURCE = 'src/components/tokens/tokens.ts'
/** The slide canvas: spacing in canvas px, as its 1920 × 1080 layout measures it. */
const CANVAS_CSS = [
  'src/features/briefing/slides/slides.css',
  'src/features/briefing/canvas/canvas.css',
]

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
    .filter((path) => path !== SOURCE && !/\.test\.tsx?$/.test(path))
}

const code = [...files('src', /\.(css|tsx?)$/), ...files('vite-plugins', /\.ts$/)]
const stylesheets = code.filter((path) => path.endsWith('.css'))

/** Comments may name a colour or a size; only code counts. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
}

/** `path:line: text` for each line matching `pattern`. */
function hits(
  path: string,
  pattern: RegExp,
  text = withoutComments(readFileSync(join(ROOT, path), 'utf8')),
) {
  return text
    .split('\n')
    .flatMap((line, index) => (pattern.test(line) ? [`${path}:${index + 1}: ${line.trim()}`] : []))
}

const COLOR_LITERAL =
  /#[0-9a-f]{3}(?:[0-9a-f]{3})?(?:[0-9a-f]{2})?\b(?![-\w])|\b(?:rgba?|hsla?)\(\s*\d|:\s*(?:white|black|red|green|blue|gr[ae]y|orange|purple|yellow)\s*[;!]/i

/** Each declaration `property: value;` of a stylesheet, with its line. */
function declarations(path: string): Array<{ where: string; property: string; value: string }> {
  const text = withoutComments(readFileSync(join(ROOT, path), 'utf8'))
  return text.split('\n').flatMap((line, index) => {
    const match = /^\s*([a-z-]+)\s*:\s*(.+?);?\s*$/.exec(line)
    if (!match || line.trimEnd().endsWith('{') || line.trimEnd().endsWith(',')) return []
    return [{ where: `${path}:${index + 1}`, property: match[1] ?? '', value: match[2] ?? '' }]
  })
}

describe('one source of design tokens', () => {
  test('the scan sees the stylesheets and the chart code', () => {
    expect(stylesheets).toContain('src/app/base.css')
    expect(stylesheets).toContain('src/features/briefing/slides/slides.css')
    expect(code).toContain('src/components/charts/recharts-trend.tsx')
  })

  test('no colour is spelled outside the tokens', () => {
    expect(code.flatMap((path) => hits(path, COLOR_LITERAL))).toEqual([])
  })

  test('every text size in a stylesheet is on the type scale (or the canvas scale)', () => {
    const off = stylesheets
      .flatMap(declarations)
      .filter(({ property }) => property === 'font-size')
      .filter(({ value }) => !/^var\(--(text|canvas)-[\w-]+\)$|^inherit$/.test(value))
    expect(off.map(({ where, value }) => `${where}: font-size: ${value}`)).toEqual([])
  })

  test('every margin, padding and gap off the canvas is on the spacing scale', () => {
    const SPACE = /^(0|auto|var\(--space-[\w-]+\)|calc\(-1 \* var\(--space-[\w-]+\)\))$/
    const off = stylesheets
      .filter((path) => !CANVAS_CSS.includes(path))
      .flatMap(declarations)
      .filter(({ property }) =>
        /^(margin|padding)(-(top|right|bottom|left))?$|^(row-|column-)?gap$/.test(property),
      )
      .filter(
        ({ value }) =>
          !(value.match(/calc\(.*?\)\)|var\([^)]*\)|\S+/g) ?? []).every((part) => SPACE.test(part)),
      )
    expect(off.map(({ where, property, value }) => `${where}: ${property}: ${value}`)).toEqual([])
  })

  test('chart and slide code takes its text sizes from the tokens', () => {
    const literal = /fontSize(?:=\{|:)\s*\d|(?:size|Size) = \d{2}\b/
    expect(
      code.filter((path) => /\.tsx?$/.test(path)).flatMap((path) => hits(path, literal)),
    ).toEqual([])
  })
})
