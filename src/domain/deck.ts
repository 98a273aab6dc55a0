/**
 * A briefing deck is a list of slide ids, readable in a URL (a public interface,
 * docs/url-parameters.md): `title` (the meeting's title slide), `tpt` (an indicator's slide; a
 * graded indicator such as `sakip` gets its grade timeline), `breakdown:tpt` (its kecamatan),
 * `parents:tpt` (against the province and the nation), `programs`, `directives` (the follow-up
 * board, shown on as many slides as its open directives need).
 */
export type SlideRef =
  | { kind: 'indicator' | 'breakdown' | 'parents'; indicator: string }
  | { kind: 'title' }
  | { kind: 'programs' }
  | { kind: 'directives' }

export const MAX_SLIDES = 30
const INDICATOR = /^[a-z0-9-]{1,40}$/
const NAMED = ['title', 'programs', 'directives'] as const
type Named = (typeof NAMED)[number]

function isNamed(id: string): id is Named {
  return (NAMED as ReadonlyArray<string>).includes(id)
}

export function parseSlideId(id: string): SlideRef | null {
  if (isNamed(id)) return { kind: id }
  const [prefix, rest] = id.includes(':') ? id.split(':', 2) : [null, id]
  if (!rest || !INDICATOR.test(rest) || isNamed(rest)) return null
  if (prefix === null) return { kind: 'indicator', indicator: rest }
  if (prefix === 'breakdown' || prefix === 'parents') return { kind: prefix, indicator: rest }
  return null
}

export function slideId(ref: SlideRef): string {
  if (!('indicator' in ref)) return ref.kind
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

/**
 * The meeting's title slide, one slide per headline indicator, then the 100-day roll-up and the
 * follow-up board of the open directives.
 */
export const DEFAULT_DECK: ReadonlyArray<string> = [
  'title',
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

/** The deck with `slide` appended (a deck that already has it is returned as it is). */
export function addSlide(deck: ReadonlyArray<string>, slide: string): string[] {
  return deck.includes(slide) || deck.length >= MAX_SLIDES ? [...deck] : [...deck, slide]
}

/** The longest meeting name kept (a title slide has room for two lines of it). */
export const MAX_MEETING_NAME = 120

/** A meeting name as typed: trimmed, inner whitespace collapsed, at most MAX_MEETING_NAME long. */
export function cleanMeetingName(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_MEETING_NAME)
}
