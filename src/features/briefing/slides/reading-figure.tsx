import type { ReactNode } from 'react'
import type { Indicator } from '@/api/indicators'
import { AgeNotice } from '@/components/reading/reading-facts'
import { CANVAS_LEADING, CANVAS_TEXT } from '@/components/tokens/tokens'
import { ProvenanceBadge } from '@/components/ui/provenance-badge'
import { StatusBadge } from '@/components/ui/status-badge'
import type { AnyReading } from '@/domain/reading'
import { useI18n } from '@/i18n/i18n'
import {
  ageNotice,
  changeSentence,
  formatObservation,
  noReadingSentence,
  observationPeriod,
  targetSentence,
} from '@/i18n/format-indicator'
import { FRAME, linesHeight } from './layout'
import { SlideFrame, sourceText, type SlideContext } from './slide-frame'

const NOTE_GAP = 12
const FIGURE_GAP = 14
/** The big number, the period and the status pill with the gaps between them. */
const FIGURE_FIXED =
  CANVAS_TEXT.figure * CANVAS_LEADING.figure +
  CANVAS_TEXT.lead * CANVAS_LEADING.text +
  64 +
  3 * FIGURE_GAP
/** Room kept for a figure's extra lines (the comparison's other places). */
const FIGURE_EXTRA = 2 * (CANVAS_TEXT.text * CANVAS_LEADING.text + 8) + FIGURE_GAP
/** The age notice's padding and border around its text. */
const AGE_PADDING = 16

/**
 * The two columns of a reading's slide, said as the card says it (the same reading, the same
 * phrasing). Left: the big number, its period, its status, the target in force with its basis.
 * Right: the chart, drawn to the height left under it by the notes — the change against the same
 * round, a survey change, and the age notice when the reading trails its release calendar.
 */
export function ReadingColumns({
  height,
  indicator,
  reading,
  showChange = true,
  notes = [],
  figureExtra,
  chart,
}: {
  height: number
  indicator: Indicator
  reading: AnyReading
  showChange?: boolean
  /** More lines under the chart (a survey change), or what they are for a body's height. */
  notes?: ReadonlyArray<string> | ((body: number) => ReadonlyArray<string>)
  figureExtra?: ReactNode
  /** The chart at its size; `body` is the whole body's height. */
  chart: (size: { width: number; height: number }, body: number) => ReactNode
}) {
  const i18n = useI18n()
  const { t } = i18n
  const observation = reading.observation
  const change =
    showChange && observation
      ? t('slide.change', { change: changeSentence(i18n, indicator, reading.change) })
      : null
  const target = observation ? targetSentence(i18n, reading) : ''
  // The change goes under the target when the figure column has room for it (the chart then keeps
  // its height), else under the chart.
  const figureHeight =
    FIGURE_FIXED + linesHeight(target, FRAME.figure) + (figureExtra ? FIGURE_EXTRA : 0)
  const changeInFigure =
    change !== null && figureHeight + FIGURE_GAP + linesHeight(change, FRAME.figure) <= height
  const extra = typeof notes === 'function' ? notes(height) : notes
  const lines = [...(change && !changeInFigure ? [change] : []), ...extra]
  const age = ageNotice(i18n, reading)
  const notesHeight =
    lines.reduce((sum, line) => sum + linesHeight(line, FRAME.chart) + NOTE_GAP, 0) +
    (age
      ? linesHeight(`⚠ ${age.title} ${age.detail}`, FRAME.chart - 2 * AGE_PADDING) +
        2 * AGE_PADDING +
        NOTE_GAP
      : 0)
  const chartHeight = Math.max(240, height - notesHeight)
  return (
    <>
      <div className="slide__figure">
        {observation ? (
          <>
            <p className="slide__value">{formatObservation(i18n, indicator, observation)}</p>
            <p className="slide__period">
              {observationPeriod(i18n, observation)}
              {indicator.valueType === 'grade' &&
                observation.value !== null &&
                ` · ${t('slide.score', { score: i18n.number(observation.value, indicator.decimals) })}`}
            </p>
            <p className="slide__status">
              <StatusBadge status={reading.status} large />
              {/* The figure itself says it is synthetic, as the card does, not only the footer. */}
              <ProvenanceBadge provenance={observation.provenance} />
            </p>
            <p className="slide__fact">{target}</p>
            {changeInFigure && <p className="slide__fact">{change}</p>}
          </>
        ) : (
          <p className="slide__fact">{noReadingSentence(i18n, reading)}</p>
        )}
        {figureExtra}
      </div>
      <div className="slide__chart">
        {chart({ width: FRAME.chart, height: chartHeight }, height)}
        {lines.map((line) => (
          <p key={line} className="slide__fact slide__note">
            {line}
          </p>
        ))}
        <AgeNotice reading={reading} />
      </div>
    </>
  )
}

/**
 * A reading's slide: its frame (the source of the reading's figure, the synthetic mark) around the
 * reading's two columns. The indicator, comparison and breakdown slides are this with their own
 * headline, chart and notes.
 */
export function ReadingSlide({
  kind,
  title,
  headline,
  synthetic,
  context,
  ...columns
}: Omit<Parameters<typeof ReadingColumns>[0], 'height'> & {
  kind: string
  title: string
  headline: string
  synthetic: boolean
  context: SlideContext
}) {
  const i18n = useI18n()
  const observation = columns.reading.observation
  return (
    <SlideFrame
      kind={kind}
      title={title}
      headline={headline}
      source={observation ? sourceText(i18n, observation) : null}
      synthetic={synthetic}
      context={context}
    >
      {({ height }) => <ReadingColumns height={height} {...columns} />}
    </SlideFrame>
  )
}
