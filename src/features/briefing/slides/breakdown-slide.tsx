import type { BreakdownSlideModel } from '@/analysis/slides'
import { RankingChart } from '@/components/charts/ranking-chart'
import { useI18n } from '@/i18n/i18n'
import { useValueFormatter } from '@/i18n/format-indicator'
import { SLIDE_CHART } from './chart-size'
import { ReadingFigure } from './reading-figure'
import { SlideFrame, sourceText, type SlideContext } from './slide-frame'

/**
 * The region's places ranked on one common period: the highest and the lowest against the
 * region in the headline, the region's value and its target as reference lines.
 */
export function BreakdownSlide({
  title,
  model,
  context,
}: {
  title: string
  model: BreakdownSlideModel
  context: SlideContext
}) {
  const i18n = useI18n()
  const formatValue = useValueFormatter(model.indicator, 1)
  const reading = model.own ?? model.reading
  const observation = reading.observation
  return (
    <SlideFrame
      kind="breakdown"
      title={title}
      headline={model.headline}
      source={observation ? sourceText(i18n, observation) : null}
      synthetic={model.synthetic}
      context={context}
    >
      <ReadingFigure indicator={model.indicator} reading={reading} showChange={false}>
        {model.hiddenBars > 0 && (
          <p className="slide__fact">{i18n.plural('slide.breakdown.hidden', model.hiddenBars)}</p>
        )}
      </ReadingFigure>
      <div className="slide__chart">
        {model.bars.length > 0 && (
          <RankingChart
            large
            theme={context.theme}
            width={SLIDE_CHART.width}
            bars={model.bars}
            formatValue={formatValue}
            references={model.references}
          />
        )}
      </div>
    </SlideFrame>
  )
}
