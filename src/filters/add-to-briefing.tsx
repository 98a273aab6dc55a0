import { DEFAULT_DECK } from '@/domain/deck'
import { useI18n } from '@/i18n/i18n'
import { useDeckActions, useStoredDeck } from './deck-store'
import { useResolvedRegion } from './use-region'

/** "Tambah ke briefing": appends a chart's slide to this region's remembered deck. */
export function AddToBriefing({ slide }: { slide: string }) {
  const { t } = useI18n()
  const { code } = useResolvedRegion()
  const deck = useStoredDeck(code) ?? DEFAULT_DECK
  const { addSlide } = useDeckActions()
  const added = deck.includes(slide)
  return (
    <button type="button" className="button" disabled={added} onClick={() => addSlide(code, slide)}>
      <span aria-hidden="true">{added ? '✓ ' : '+ '}</span>
      {added ? t('briefing.added') : t('briefing.addToBriefing')}
    </button>
  )
}
