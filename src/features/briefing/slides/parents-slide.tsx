import type { ParentsSlideModel } from '@/analysis/slides'
import { placeShortName } from '@/domain/places'
import { useI18n } from '@/i18n/i18n'
import { formatObservation } from '@/i18n/format-indicator'
import { ReadingFigure } from './reading-figure'
import { SlideFrame, sourceText, type SlideContext } from './slide-frame'
import { TrendOnSlide } from './trend-on-slide'

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
  const observation = model.reading.observation
  return (
    <SlideFrame
      kind="parents"
      title={title}
      headline={model.headline}
      source={observation ? sourceText(i18n, observation) : null}
      synthetic={model.synthetic}
      context={context}
    >
      <ReadingFigure indicator={model.indicator} reading={model.reading} showChange={false}>
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
      </ReadingFigure>
      <div className="slide__chart">
        <TrendOnSlide trend={model.trend} indicator={model.indicator} theme={context.theme} />
      </div>
    </SlideFrame>
  )
}
