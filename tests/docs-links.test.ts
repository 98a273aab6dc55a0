/**
 * The docs hold together: every relative link between the README, docs/ and deploy/ opens a file
 * that exists, and every `#anchor` a heading there (GitHub's slugs); every decision file is in the
 * decisions index; and every `docs/….md` a source comment points to exists (docs/testing.md).
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, test } from 'vitest'

/** The repository: Vitest runs from its root (jsdom's import.meta.url is not a file URL). */
const ROOT = process.cwd()

/** Markdown files under `dir` (recursive), relative to `root`. */
function markdownUnder(root: string, dir: string): string[] {
  const base = join(root, dir)
  if (!existsSync(base)) return []
  return readdirSync(base, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => relative(root, join(base, name)))
}

/** The docs whose links are checked: README.md, docs/**, deploy/** (when there is one). */
function docFiles(root: string): string[] {
  return [
    ...(existsSync(join(root, 'README.md')) ? ['README.md'] : []),
    ...markdownUnder(root, 'docs'),
    ...markdownUnder(root, 'deploy'),
  ].sort()
}

/** The text without fenced code blocks and inline code, where `[x](y)` is not a link. */
function prose(markdown: string): string {
  return markdown
    .replace(/^( {0,3})(```|~~~)[^\n]*\n[\s\S]*?^\1\2[^\n]*$/gm, '')
    .replace(/`[^`\n]*`/g, '')
}

/** GitHub's heading slug (github-slugger): lower case, no punctuation, spaces to hyphens. */
function slug(heading: string): string {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // a link reads as its text
    .replace(/`([^`]*)`/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__|\*|\b_|_\b)/g, '') // emphasis markers are not text
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-')
}

/** Every anchor a markdown file offers: its headings' slugs (repeats get -1, -2…) and HTML ids. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>()
  const seen = new Map<string, number>()
  const withoutCode = markdown.replace(/^( {0,3})(```|~~~)[^\n]*\n[\s\S]*?^\1\2[^\n]*$/gm, '')
  for (const match of withoutCode.matchAll(/^ {0,3}#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(match[1] ?? '')
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    anchors.add(count === 0 ? base : `${base}-${count}`)
  }
  for (const match of markdown.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(match[1] ?? '')
  return anchors
}

/** Link targets in a markdown file: inline links and images, and reference definitions. */
function linkTargets(markdown: string): string[] {
  const text = prose(markdown)
  const inline = [...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)]
  const references = [...text.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)]
  return [...inline, ...references].map((m) => m[1] ?? '')
}

const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i

/** Every dead relative link of the given docs, as `file: target (why)`. */
function deadLinks(root: string, files: ReadonlyArray<string>): string[] {
  const dead: string[] = []
  const anchorCache = new Map<string, Set<string>>()
  const anchors = (file: string) => {
    let set = anchorCache.get(file)
    if (!set) {
      set = anchorsOf(readFileSync(file, 'utf8'))
      anchorCache.set(file, set)
    }
    return set
  }
  for (const file of files) {
    const path = join(root, file)
    for (const target of linkTargets(readFileSync(path, 'utf8'))) {
      if (EXTERNAL.test(target)) continue
      const [rawPath = '', rawAnchor] = target.split('#', 2)
      const filePart = decodeURIComponent(rawPath)
      const resolved = filePart === '' ? path : resolve(dirname(path), filePart)
      if (!resolved.startsWith(root)) {
        dead.push(`${file}: ${target} (outside the repository)`)
        continue
      }
      if (!existsSync(resolved)) {
        dead.push(`${file}: ${target} (no such file)`)
        continue
      }
      if (rawAnchor === undefined || rawAnchor === '') continue
      if (statSync(resolved).isDirectory() || !resolved.endsWith('.md')) {
        dead.push(`${file}: ${target} (an anchor into a file that is not markdown)`)
        continue
      }
      if (!anchors(resolved).has(decodeURIComponent(rawAnchor).toLowerCase())) {
        dead.push(`${file}: ${target} (no heading "#${rawAnchor}" in ${relative(root, resolved)})`)
      }
    }
  }
  return dead
}

/** Decision files (`docs/decisions/NNNN-*.md`) the index (`docs/decisions/README.md`) omits. */
function unindexedDecisions(root: string): string[] {
  const dir = join(root, 'docs/decisions')
  if (!existsSync(dir)) return []
  const index = readFileSync(join(dir, 'README.md'), 'utf8')
  const listed = new Set(linkTargets(index).map((t) => t.split('#')[0]))
  return readdirSync(dir)
    .filter((name) => /^\d{4}-.+\.md$/.test(name))
    .filter((name) => !listed.has(name))
}

/** This file's probe names docs that do not exist, on purpose. */
const THIS_FILE = 'tests/docs-links.test.ts'

/** Source files whose comments may point into the docs. */
const SOURCE_DIRS = ['src', 'server', 'mocks', 'data', 'tests', 'vite-plugins', '.ci']
const SOURCE_FILE = /\.(ts|tsx|js|mjs|css|sql|html)$|^run$/

/** `docs/….md` paths named in source files that do not exist; and comments still citing README decisions. */
function deadSourceReferences(root: string): string[] {
  const files = [
    ...['vite.config.ts', 'eslint.config.js', 'index.html', 'package.json'].filter((f) =>
      existsSync(join(root, f)),
    ),
    ...SOURCE_DIRS.filter((d) => existsSync(join(root, d))).flatMap((d) =>
      readdirSync(join(root, d), { recursive: true, encoding: 'utf8' })
        .filter((name) => !name.includes('node_modules') && !name.includes('artifacts'))
        .filter((name) => join(d, name) !== THIS_FILE)
        .filter((name) => SOURCE_FILE.test(name.split('/').at(-1) ?? ''))
        .map((name) => join(d, name)),
    ),
  ]
  const dead: string[] = []
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8')
    for (const match of text.matchAll(/\bdocs\/[\w./-]*?\.md\b/g)) {
      if (!existsSync(join(root, match[0]))) dead.push(`${file}: ${match[0]} (no such file)`)
    }
    for (const match of text.matchAll(/\bREADME(?:,? decisions? [^)\n]*|[,:]? "[^"\n]*"?)/g)) {
      dead.push(`${file}: "${match[0]}" (the README's sections and decisions moved to docs/)`)
    }
  }
  return dead
}

describe('links between the docs', () => {
  test('the checker finds a dead file, a dead anchor and an unindexed decision (a probe)', () => {
    const probe = mkdtempSync(join(tmpdir(), 'kinerja-docs-probe-'))
    try {
      writeFileSync(
        join(probe, 'README.md'),
        [
          '# Probe',
          '[fine](docs/a.md#the-part-that-exists) [dead file](docs/missing.md)',
          '[dead anchor](docs/a.md#no-such-part) [self](#probe) [web](https://example.org/x.md)',
          '`[code](docs/not-a-link.md)`',
        ].join('\n'),
      )
      writeFileSync(join(probe, 'package.json'), '{}')
      const docs = join(probe, 'docs')
      const decisions = join(docs, 'decisions')
      mkdirSync(decisions, { recursive: true })
      writeFileSync(
        join(docs, 'a.md'),
        '# A\n\n## The part that exists\n\n[up](../README.md#probe)\n',
      )
      writeFileSync(join(decisions, 'README.md'), '# Decisions\n\n[0001](0001-one.md)\n')
      writeFileSync(join(decisions, '0001-one.md'), '# 0001. One\n')
      writeFileSync(join(decisions, '0002-two.md'), '# 0002. Two\n')
      expect(deadLinks(probe, docFiles(probe))).toEqual([
        'README.md: docs/missing.md (no such file)',
        'README.md: docs/a.md#no-such-part (no heading "#no-such-part" in docs/a.md)',
      ])
      expect(unindexedDecisions(probe)).toEqual(['0002-two.md'])
    } finally {
      rmSync(probe, { recursive: true, force: true })
    }
  })

  test("headings' anchors follow GitHub's slugs", () => {
    expect(slug('The HTTP contract')).toBe('the-http-contract')
    expect(slug('Agencies, programs, directives and the Pj evaluation')).toBe(
      'agencies-programs-directives-and-the-pj-evaluation',
    )
    expect(slug('`npm test`: how long it takes')).toBe('npm-test-how-long-it-takes')
    expect(slug('0015. The briefing is a frozen snapshot')).toBe(
      '0015-the-briefing-is-a-frozen-snapshot',
    )
    expect([...anchorsOf('# A\n## Budgets\n## Budgets\n```\n# not a heading\n```')]).toEqual([
      'a',
      'budgets',
      'budgets-1',
    ])
  })

  test('every relative link in README.md, docs/ and deploy/ opens a file and heading that exist', () => {
    const files = docFiles(ROOT)
    expect(files).toContain('README.md')
    expect(files).toContain('docs/decisions/README.md')
    expect(deadLinks(ROOT, files)).toEqual([])
  })

  test('every decision file is listed in the decisions index', () => {
    expect(unindexedDecisions(ROOT)).toEqual([])
  })

  test('every docs/ file a source comment names exists, and none cites the README for a decision', () => {
    expect(deadSourceReferences(ROOT)).toEqual([])
  })
})
