import type { ParentsSlideModel } from './slide-models'
import { placeShortName } from '@/domain/places'
import { useI18n } from '@/i18n/i18n'
import { formatObservation } from '@/i18n/format-indicator'
import { ReadingSlide } from './reading-figure'
import type { SlideContext } from './slide-frame'
import { breakNotes, TrendOnSlide } from './trend-on-slide'

/**
 * The region against its province and the nation: the three readings of the region's period
 * (like for like), and their lines on one time axis and one round, with the region's target.
 */
export function ParentsSlide({
  title,
  model,
  context,
}: {
  title: string
  model: ParentsSlideModel
  context: SlideContext
}) {
  const i18n = useI18n()
  return (
    <ReadingSlide
      kind="parents"
      title={title}
      headline={model.headline}
      synthetic={model.synthetic}
      context={context}
      indicator={model.indicator}
      reading={model.reading}
      showChange={false}
      notes={breakNotes(i18n, model.trend)}
      figureExtra={
        <ul className="slide__places">
          {model.places.slice(1).map(({ region, reading }) => (
            <li key={region.code}>
              <span className="slide__place">{placeShortName(region)}</span>{' '}
              <span className="slide__place-value">
                {reading.observation
                  ? formatObservation(i18n, model.indicator, reading.observation)
                  : '–'}
              </span>
            </li>
          ))}
        </ul>
      }
      chart={(size) => (
        <TrendOnSlide
          trend={model.trend}
          indicator={model.indicator}
          theme={context.theme}
          {...size}
        />
      )}
    />
  )
}
