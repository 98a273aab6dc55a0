import type { BreakdownSlideModel } from './slide-models'
import { RankingChart, rankingChartHeight } from '@/components/charts/ranking-chart'
import { useI18n } from '@/i18n/i18n'
import { useValueFormatter } from '@/i18n/format-indicator'
import { ReadingSlide } from './reading-figure'
import type { SlideContext } from './slide-frame'

/** One bar's row on a projector ranking, the axes' room, and room kept for a note under it. */
const BAR = rankingChartHeight(10, true) - rankingChartHeight(9, true)
const AXES = rankingChartHeight(10, true) - 10 * BAR
const NOTE_ROOM = 100

/**
 * The region's places ranked on one common period: the highest and the lowest against the
 * region in the headline, the region's value and its target as reference lines; as many bars as
 * the slide has room for (the best and the worst), the rest said in words.
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
  // Each bar's figure as the headline and the card write it (all its decimals).
  const formatValue = useValueFormatter(model.indicator)
  return (
    <ReadingSlide
      kind="breakdown"
      title={title}
      headline={model.headline}
      synthetic={model.synthetic}
      context={context}
      indicator={model.indicator}
      reading={model.own ?? model.reading}
      showChange={false}
      notes={(body) => hiddenNote(i18n, model, body)}
      chart={(size, body) => {
        const bars = fitting(model, body - NOTE_ROOM)
        return (
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
        )
      }}
    />
  )
}

/** The bars that fit `height`: the best and the worst halves. */
function fitting(model: BreakdownSlideModel, height: number) {
  const room = Math.max(2, Math.floor((height - AXES) / BAR))
  if (model.bars.length <= room) return model.bars
  return [...model.bars.slice(0, Math.ceil(room / 2)), ...model.bars.slice(-Math.floor(room / 2))]
}

function hiddenNote(i18n: ReturnType<typeof useI18n>, model: BreakdownSlideModel, body: number) {
  const hidden = model.hiddenBars + model.bars.length - fitting(model, body - NOTE_ROOM).length
  return hidden > 0 ? [i18n.plural('slide.breakdown.hidden', hidden)] : []
}
