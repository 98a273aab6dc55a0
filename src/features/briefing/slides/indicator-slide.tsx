import type { IndicatorSlideModel } from './slide-models'
import { GradeTimeline } from '@/components/charts/grade-timeline'
import { useI18n } from '@/i18n/i18n'
import { ReadingSlide } from './reading-figure'
import type { SlideContext } from './slide-frame'
import { breakNotes, TrendOnSlide } from './trend-on-slide'

/**
 * An indicator's slide: its reading (the card's facts) beside its trend of five years against
 * the target steps — or, for a graded indicator (SAKIP, BPK opinion), its grade timeline.
 */
export function IndicatorSlide({
  title,
  model,
  context,
}: {
  title: string
  model: IndicatorSlideModel
  context: SlideContext
}) {
  const i18n = useI18n()
  return (
    <ReadingSlide
      kind={model.grades ? 'grade' : 'indicator'}
      title={title}
      headline={model.headline}
      synthetic={model.synthetic}
      context={context}
      indicator={model.indicator}
      reading={model.reading}
      notes={breakNotes(i18n, model.trend)}
      chart={(size) =>
        model.grades ? (
          model.grades.length > 0 && (
            <GradeTimeline large theme={context.theme} cells={model.grades} />
          )
        ) : (
          <TrendOnSlide
            trend={model.trend}
            indicator={model.indicator}
            theme={context.theme}
            {...size}
          />
        )
      }
    />
  )
}
