import type { ReactNode } from 'react'
import type { Observation } from '@/api/series'
import type { ChartTheme } from '@/components/charts/chart-tokens'
import { useI18n, type I18n } from '@/i18n/i18n'
import { sourceLabel } from '@/i18n/format-indicator'
import { bodyHeight, footerHeight, headlineBox, titleBox } from './layout'
import './slides.css'

/** What every slide says around its content: its number, the city, "data per" and the freeze time. */
export type SlideContext = {
  number: number
  total: number
  regionName: string
  dataAsOf: string | null
  takenAt: string
  /** The period the readings are "as of" (the filter bar's); null for each one's latest. */
  asOf: string | null
  theme: ChartTheme
}

/** "Sumber: BPS, Sakernas Agustus 2023 · dibaca di ANTARA" */
export function sourceText(i18n: I18n, observation: Observation): string {
  const source = i18n.t('briefing.source', { source: sourceLabel(i18n, observation) })
  return observation.citation
    ? `${source} · ${i18n.t('citation.readIn', { outlet: observation.citation.outlet })}`
    : source
}

/**
 * A slide's frame on the 1920 × 1080 canvas: the title (with its page when an entry takes
 * several), one headline, the body, and a footer with the source, the synthetic mark when anything
 * shown is synthetic, the city, "data per", the freeze time and "n / N" — on screen, in print and
 * in the PDF alike. The body is given its height (./layout.ts), so charts are drawn to fit it.
 */
export function SlideFrame({
  kind,
  title,
  page,
  headline,
  source,
  synthetic,
  context,
  children,
}: {
  kind: string
  title: string
  page?: { page: number; pages: number }
  headline?: string
  source?: string | null
  synthetic: boolean
  context: SlideContext
  children: (body: { height: number }) => ReactNode
}) {
  const i18n = useI18n()
  const { t } = i18n
  const fullTitle = page && page.pages > 1 ? `${title} (${t('slide.page', { ...page })})` : title
  const mark = t('briefing.synthetic')
  const where = [
    context.regionName,
    ...(context.asOf ? [t('overview.asOf', { period: i18n.period(context.asOf) })] : []),
    ...(context.dataAsOf ? [t('overview.dataAsOf', { date: i18n.date(context.dataAsOf) })] : []),
    t('briefing.snapshot', { time: i18n.date(context.takenAt, true) }),
  ].join(' · ')
  const sourceLine = [source, synthetic ? `◇ ${mark}` : null].filter(Boolean).join(' · ')
  const titleLayout = titleBox(fullTitle, kind === 'title')
  const headlineLayout = headlineBox(headline)
  const body = bodyHeight(titleLayout, headlineLayout, footerHeight(sourceLine, where))
  return (
    <div className={`slide slide--${kind}`}>
      <h2 className={`slide__title slide__title--${titleLayout.size}`}>{fullTitle}</h2>
      {headline && (
        <p className={`slide__headline slide__headline--${headlineLayout.size}`}>{headline}</p>
      )}
      <div className="slide__body" style={{ height: body }}>
        {children({ height: body })}
      </div>
      <footer className="slide__footer">
        <div className="slide__footer-text">
          {sourceLine && (
            <p className="slide__source">
              {source}
              {source && synthetic && ' · '}
              {synthetic && (
                <span className="slide__synthetic">
                  <span aria-hidden="true">◇ </span>
                  {mark}
                </span>
              )}
            </p>
          )}
          <p className="slide__context">{where}</p>
        </div>
        <p className="slide__count">
          {t('briefing.counter', { current: context.number, total: context.total })}
        </p>
      </footer>
    </div>
  )
}
