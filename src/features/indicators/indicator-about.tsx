import type { Indicator } from '@/api/indicators'
import type { Observation } from '@/api/series'
import { sourceLabel } from '@/i18n/format-indicator'
import { useI18n } from '@/i18n/i18n'
import { unitLabel } from '@/analysis/chart-notes'

/** Definition, unit, polarity, frequency, source with release date, owner, mission, series breaks. */
export function IndicatorAbout({
  indicator,
  latest,
}: {
  indicator: Indicator
  latest: Observation | undefined
}) {
  const i18n = useI18n()
  const { t, locale } = i18n
  return (
    <section className="about-panel" aria-labelledby="about-indicator">
      <h2 id="about-indicator">{t('indicator.about')}</h2>
      <p>{indicator.definition[locale]}</p>
      <dl className="facts">
        <div>
          <dt>{t('indicator.unit')}</dt>
          <dd>{unitLabel(i18n, indicator)}</dd>
        </div>
        <div>
          <dt>{t('indicator.polarity')}</dt>
          <dd>{t(`polarity.${indicator.polarity}`)}</dd>
        </div>
        <div>
          <dt>{t('indicator.frequency')}</dt>
          <dd>{t(`frequency.${indicator.frequency}`)}</dd>
        </div>
        <div>
          <dt>{t('indicator.source')}</dt>
          <dd>{indicator.source[locale]}</dd>
        </div>
        <div>
          <dt>{t('indicator.owner')}</dt>
          <dd>{indicator.ownerAgency}</dd>
        </div>
        <div>
          <dt>{t('indicator.mission')}</dt>
          <dd>{t(`mission.${indicator.missionGroup}`)}</dd>
        </div>
        <div>
          <dt>{t('indicator.release')}</dt>
          <dd>{indicator.release.note[locale]}</dd>
        </div>
        {indicator.seriesBreaks.length > 0 && (
          <div>
            <dt>{t('indicator.breaks')}</dt>
            <dd>
              {indicator.seriesBreaks
                .map((b) => `${i18n.period(b.period)}: ${b.label[locale]}`)
                .join('; ')}
            </dd>
          </div>
        )}
        {/* Last: it appears when the series arrives, and must not push the rows above down. */}
        {latest?.releaseDate && (
          <div>
            <dt>{t('indicator.latestRelease')}</dt>
            <dd>
              {sourceLabel(i18n, latest)}: {i18n.date(latest.releaseDate)}
            </dd>
          </div>
        )}
      </dl>
    </section>
  )
}
