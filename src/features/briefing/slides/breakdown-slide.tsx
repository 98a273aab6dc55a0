import type { BreakdownSlideModel } from '@/analysis/slides'
import { RankingChart, rankingChartHeight } from '@/components/charts/ranking-chart'
import { useI18n } from '@/i18n/i18n'
import { useValueFormatter } from '@/i18n/format-indicator'
import { ReadingColumns } from './reading-figure'
import { SlideFrame, sourceText, type SlideContext } from './slide-frame'

/** One bar's row on a projector ranking, and room kept for a note under the chart. */
const BAR = rankingChartHeight(10, true) - rankingChartHeight(9, true)
const AXES = rankingChartHeight(10, true) - 10 * BAR
const NOTE_ROOM = 100

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
      {({ height }) => {
        // As many bars as the body has room for: the best and the worst, the rest said in words.
        const room = Math.max(2, Math.floor((height - NOTE_ROOM - AXES) / BAR))
        const bars =
          model.bars.length > room
            ? [
                ...model.bars.slice(0, Math.ceil(room / 2)),
                ...model.bars.slice(-Math.floor(room / 2)),
              ]
            : model.bars
        const hidden = model.hiddenBars + model.bars.length - bars.length
        return (
          <ReadingColumns
            height={height}
            indicator={model.indicator}
            reading={reading}
            showChange={false}
            notes={hidden > 0 ? [i18n.plural('slide.breakdown.hidden', hidden)] : []}
            chart={(size) =>
              bars.length > 0 && (
                <RankingChart
                  large
                  theme={context.theme}
                  width={size.width}
                  bars={bars}
                  formatValue={formatValue}
                  references={model.references}
                />
              )
            }
          />
        )
      }}
    </SlideFrame>
  )
}
