import type { ReactNode } from 'react'
import type { Observation } from '@/api/series'
import { estimateLines } from '@/analysis/slides'
import type { ChartTheme } from '@/components/charts/chart-tokens'
import { useI18n } from '@/i18n/i18n'
import { sourceLabel } from '@/i18n/format-indicator'

/** What every slide says around its content: its number, the city, "data per" and the freeze time. */
export type SlideContext = {
  number: number
  total: number
  regionName: string
  dataAsOf: string | null
  takenAt: string
  theme: ChartTheme
}

/** The canvas' content width (1920 less 64 px margins), in canvas pixels. */
const CONTENT_WIDTH = 1792

/** The title's size: 60 px on one line when it fits, else 56 px (the minimum for titles). */
function titleSize(text: string): 'l' | 'm' {
  return estimateLines(text, 60, CONTENT_WIDTH) <= 1 ? 'l' : 'm'
}

/** The headline's size: 40 px for two lines, 36 px for three, else 32 px (the text minimum). */
function headlineSize(text: string): 'l' | 'm' | 's' {
  if (estimateLines(text, 40, CONTENT_WIDTH) <= 2) return 'l'
  if (estimateLines(text, 36, CONTENT_WIDTH) <= 3) return 'm'
  return 's'
}

/** "Sumber: BPS, Sakernas Agustus 2023 · dibaca di ANTARA" */
export function sourceText(i18n: ReturnType<typeof useI18n>, observation: Observation): string {
  const source = i18n.t('briefing.source', { source: sourceLabel(i18n, observation) })
  return observation.citation
    ? `${source} · ${i18n.t('citation.readIn', { outlet: observation.citation.outlet })}`
    : source
}

/**
 * A slide's frame on the 1920 × 1080 canvas: the title (with its page when an entry takes
 * several), one headline, the body, and a footer with the source, the synthetic mark when anything
 * shown is synthetic, the city, "data per", the freeze time and "n / N" — on screen, in print and
 * in the PDF alike.
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
  children: ReactNode
}) {
  const i18n = useI18n()
  const { t } = i18n
  const fullTitle = page && page.pages > 1 ? `${title} (${t('slide.page', { ...page })})` : title
  return (
    <div className={`slide slide--${kind}`}>
      <h2 className={`slide__title slide__title--${titleSize(fullTitle)}`}>{fullTitle}</h2>
      {headline && (
        <p className={`slide__headline slide__headline--${headlineSize(headline)}`}>{headline}</p>
      )}
      <div className="slide__body">{children}</div>
      <footer className="slide__footer">
        <div className="slide__footer-text">
          {(source || synthetic) && (
            <p className="slide__source">
              {source}
              {source && synthetic && ' · '}
              {synthetic && (
                <span className="slide__synthetic">
                  <span aria-hidden="true">◇ </span>
                  {t('briefing.synthetic')}
                </span>
              )}
            </p>
          )}
          <p className="slide__context">
            {context.regionName}
            {context.dataAsOf &&
              ` · ${t('overview.dataAsOf', { date: i18n.date(context.dataAsOf) })}`}
            {` · ${t('briefing.snapshot', { time: i18n.date(context.takenAt, true) })}`}
          </p>
        </div>
        <p className="slide__count">
          {t('briefing.counter', { current: context.number, total: context.total })}
        </p>
      </footer>
    </div>
  )
}
