import type { ChartTheme } from '@/components/charts/chart-tokens'
import { placeName } from '@/domain/places'
import type { BriefingDeck } from '../deck/use-briefing-deck'
import { snapshotRegion } from './slide-data'
import { SlideView } from './slide-view'

/** The deck's `index`-th shown slide with its number, city, "data per" and freeze time. */
export function DeckSlide({
  deck,
  index,
  theme,
}: {
  deck: BriefingDeck
  index: number
  theme: ChartTheme
}) {
  const { snapshot } = deck
  const page = deck.pages[index]
  if (!snapshot || !page) return null
  const region = snapshotRegion(snapshot)
  return (
    <SlideView
      page={page}
      snapshot={snapshot}
      board={deck.board}
      meeting={deck.meeting}
      agenda={deck.agenda}
      context={{
        number: index + 1,
        total: deck.total,
        regionName: region ? placeName(region) : deck.region,
        dataAsOf: snapshot.dataAsOf,
        takenAt: snapshot.takenAt,
        asOf: deck.asOf,
        theme,
      }}
    />
  )
}
