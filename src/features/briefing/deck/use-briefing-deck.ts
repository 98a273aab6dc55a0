import { useCallback, useMemo } from 'react'
import { DEFAULT_DECK, type SlideRef } from '@/domain/deck'
import { useDeckActions, useStoredDeck } from '@/deck/deck-store'
import { useFilterActions, useFilters } from '@/filters/use-filters'
import { useI18n } from '@/i18n/i18n'
import { usePinnedBriefing } from '../snapshot/use-pinned-briefing'
import { boardOf, slideTitle } from '../slides/slide-view'
import type { Snapshot } from '../snapshot/snapshot'
import { deckPages } from './pages'

function clamp(value: number, min: number, max: number) {
  return Math.min(Math.max(value, min), max)
}

function showable(snapshot: Snapshot | null) {
  return (ref: SlideRef) =>
    !('indicator' in ref) || !snapshot || snapshot.indicators.some((i) => i.id === ref.indicator)
}

/**
 * The briefing's state, shared by the projector and the presenter view: the pinned snapshot, the
 * deck (from the link first, then this device's remembered deck, then the pinned one, else the
 * default), its shown slides and the current one (the `slide` parameter), the title slide's
 * meeting and the speaker notes. Every change to the deck or its title is written to the link —
 * from the first one, so a copied link opens the same deck — and kept with the pinned briefing.
 */
export function useBriefingDeck() {
  const i18n = useI18n()
  const { filters } = useFilters()
  const filterActions = useFilterActions()
  const region = filters.region
  const stored = useStoredDeck(region)
  const deckActions = useDeckActions()
  const [state, pinnedActions] = usePinnedBriefing(region, () => ({
    deck: filters.deck ?? stored ?? [...DEFAULT_DECK],
    meeting: filters.meeting,
    date: filters.date,
  }))
  const pinned = state.status === 'ready' ? state.pinned : null
  const snapshot = pinned?.snapshot ?? null
  const deck = useMemo(
    () => filters.deck ?? stored ?? pinned?.deck ?? [...DEFAULT_DECK],
    [filters.deck, stored, pinned?.deck],
  )
  const board = useMemo(() => (snapshot ? boardOf(i18n, snapshot) : null), [i18n, snapshot])
  const pages = useMemo(
    () => deckPages(deck, board?.pages.length ?? 1, showable(snapshot)),
    [deck, board, snapshot],
  )
  const total = pages.length
  const current = total === 0 ? 0 : clamp(filters.slide, 1, total)
  const meeting = useMemo(
    () => ({
      meeting: filters.meeting ?? pinned?.meeting ?? null,
      date: filters.date ?? pinned?.date ?? null,
    }),
    [filters.meeting, filters.date, pinned?.meeting, pinned?.date],
  )
  const titles = useMemo(
    () => pages.map((page) => slideTitle(i18n, page.ref, snapshot?.indicators ?? [])),
    [i18n, pages, snapshot],
  )
  // The title slide's agenda: every other deck entry, once.
  const agenda = useMemo(
    () =>
      pages
        .filter((page) => page.page === 1 && page.ref.kind !== 'title')
        .map((page) => slideTitle(i18n, page.ref, snapshot?.indicators ?? [])),
    [i18n, pages, snapshot],
  )

  const show = useCallback(
    (slide: number) => filterActions.showSlide(clamp(slide, 1, Math.max(total, 1))),
    [filterActions, total],
  )
  const { update } = pinnedActions
  const changeDeck = useCallback(
    (next: string[], slide = 1) => {
      filterActions.chooseDeck(next, slide)
      deckActions.saveDeck(region, next)
      update({ deck: next })
    },
    [filterActions, deckActions, region, update],
  )
  const changeMeeting = useCallback(
    (name: string | null, date: string | null) => {
      // A title is a change to the deck: the link carries the deck from then on, too.
      filterActions.chooseMeeting(name, date, deck)
      update({ meeting: name, date })
    },
    [filterActions, update, deck],
  )
  const notes = useMemo(() => pinned?.notes ?? {}, [pinned?.notes])
  const changeNote = useCallback(
    (id: string, text: string) => {
      const next = { ...notes }
      if (text.trim() === '') delete next[id]
      else next[id] = text
      update({ notes: next })
    },
    [notes, update],
  )
  return {
    region,
    /** The "as of" of every reading on the slides: the page's period, else each one's latest. */
    asOf: filters.period,
    state,
    pinned,
    snapshot,
    deck,
    board,
    pages,
    titles,
    agenda,
    total,
    current,
    meeting,
    notes,
    show,
    changeDeck,
    changeMeeting,
    changeNote,
    refresh: pinnedActions.refresh,
    update,
  }
}

export type BriefingDeck = ReturnType<typeof useBriefingDeck>
