import { addSlide, DEFAULT_DECK } from '@/domain/deck'
import { useI18n } from '@/i18n/i18n'
import { useDeckActions, useStoredDeck } from './deck-store'
import { useFilterActions, useFilters } from '@/filters/use-filters'
import { useResolvedRegion } from '@/filters/use-region'

/**
 * "Tambah ke briefing": appends a chart's slide to the briefing's deck — in the link from this first
 * change on (every page's links then carry it to /briefing, and a copied link opens the same
 * deck), and in this region's remembered deck.
 */
export function AddToBriefing({ slide }: { slide: string }) {
  const { t } = useI18n()
  const { code } = useResolvedRegion()
  const { filters } = useFilters()
  const stored = useStoredDeck(code)
  const deck = filters.deck ?? stored ?? DEFAULT_DECK
  const { saveDeck } = useDeckActions()
  const { chooseDeck } = useFilterActions()
  const added = deck.includes(slide)
  return (
    <button
      type="button"
      className="button"
      disabled={added}
      onClick={() => {
        const next = addSlide(deck, slide)
        saveDeck(code, next)
        chooseDeck(next)
      }}
    >
      <span aria-hidden="true">{added ? '✓ ' : '+ '}</span>
      {added ? t('briefing.added') : t('briefing.addToBriefing')}
    </button>
  )
}
