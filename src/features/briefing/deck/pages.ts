import { parseSlideId, type SlideRef } from '@/domain/deck'

/**
 * One shown slide: a deck entry, or one page of an entry that takes several (the directives
 * board). The slide counter, the `slide` URL parameter, print pages and PowerPoint slides all
 * count these.
 */
export type SlidePage = {
  /** Unique among the shown slides: the deck id, with `#2`… for later pages. */
  key: string
  /** The deck entry this slide shows. */
  id: string
  ref: SlideRef
  /** 1-based page of its entry, and how many the entry takes. */
  page: number
  pages: number
}

/**
 * The shown slides of a deck: each valid entry once, `directives` as many times as its board has
 * pages (at least once). Entries `keep` rejects (an indicator the catalogue lacks) are left out.
 */
export function deckPages(
  deck: ReadonlyArray<string>,
  boardPages: number,
  keep: (ref: SlideRef) => boolean = () => true,
): SlidePage[] {
  const shown: SlidePage[] = []
  for (const id of deck) {
    const ref = parseSlideId(id)
    if (!ref || !keep(ref)) continue
    const pages = ref.kind === 'directives' ? Math.max(1, boardPages) : 1
    for (let page = 1; page <= pages; page += 1) {
      shown.push({ key: page === 1 ? id : `${id}#${page}`, id, ref, page, pages })
    }
  }
  return shown
}
