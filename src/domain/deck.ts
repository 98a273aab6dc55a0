/**
 * A briefing deck is a list of slide ids, readable in a URL:
 * `tpt` (an indicator's headline slide), `breakdown:tpt`, `parents:tpt`, `programs`, `directives`.
 */
export type SlideRef =
  | { kind: 'indicator' | 'breakdown' | 'parents'; indicator: string }
  | { kind: 'programs' }
  | { kind: 'directives' }

export const MAX_SLIDES = 30
const INDICATOR = /^[a-z0-9-]{1,40}$/

export function parseSlideId(id: string): SlideRef | null {
  if (id === 'programs' || id === 'directives') return { kind: id }
  const [prefix, rest] = id.includes(':') ? id.split(':', 2) : [null, id]
  if (!rest || !INDICATOR.test(rest) || rest === 'programs' || rest === 'directives') return null
  if (prefix === null) return { kind: 'indicator', indicator: rest }
  if (prefix === 'breakdown' || prefix === 'parents') return { kind: prefix, indicator: rest }
  return null
}

export function slideId(ref: SlideRef): string {
  if (ref.kind === 'programs' || ref.kind === 'directives') return ref.kind
  return ref.kind === 'indicator' ? ref.indicator : `${ref.kind}:${ref.indicator}`
}

/** Valid, de-duplicated slide ids (at most MAX_SLIDES) and the items that were dropped. */
export function parseDeck(text: string): { slides: string[]; invalid: string[] } {
  const slides: string[] = []
  const invalid: string[] = []
  for (const raw of text.split(',')) {
    const id = raw.trim()
    if (id === '') continue
    const ref = parseSlideId(id)
    if (!ref || slides.length >= MAX_SLIDES) invalid.push(id)
    else if (!slides.includes(slideId(ref))) slides.push(slideId(ref))
  }
  return { slides, invalid }
}

/** One slide per headline indicator, then the 100-day roll-up and the open directives. */
export const DEFAULT_DECK: ReadonlyArray<string> = [
  'tpt',
  'stunting',
  'inflation',
  'poverty',
  'sakip',
  'audit-opinion',
  'programs',
  'directives',
]

export function moveSlide(deck: ReadonlyArray<string>, index: number, delta: -1 | 1): string[] {
  const target = index + delta
  if (index < 0 || index >= deck.length || target < 0 || target >= deck.length) return [...deck]
  const next = [...deck]
  const [item] = next.splice(index, 1)
  if (item !== undefined) next.splice(target, 0, item)
  return next
}
