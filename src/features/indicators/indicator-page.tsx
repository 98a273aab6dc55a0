import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { indicatorQueries } from '@/api/indicators'
import { seriesQueries } from '@/api/series'
import { QueryState } from '@/components/ui/query-state'
import { useAfterPaint } from '@/components/ui/use-after-paint'
import { latestAtOrBefore, parsePeriod } from '@/domain/periods'
import { resolveViewRange } from '@/domain/ranges'
import { LAST_YEAR } from '@/filters/period-options'
import { RangeControls } from '@/filters/range-controls'
import { useFilterSearch, useFilters } from '@/filters/use-filters'
import { useResolvedRegion } from '@/filters/use-region'
import { useI18n } from '@/i18n/i18n'
import { BreakdownSection } from './breakdown-section'
import { GradeSection } from './grade-section'
import { IndicatorAbout } from './indicator-about'
import { ParentsSection } from './parents-section'
import { TrendSection } from './trend-section'
import { ancestry, toShownObservations } from '@/analysis/series-view'

/** BPS codes nest by prefix (3271010 › 3271 › 32 › 0000): the region and its ancestors, region first. */
function codeChain(code: string): string[] {
  if (code === '0000') return [code]
  const chain = [code]
  if (code.length === 7) chain.push(code.slice(0, 4))
  if (code.length >= 4) chain.push(code.slice(0, 2))
  return [...chain, '0000']
}

export function IndicatorPage() {
  const { id = '' } = useParams()
  const i18n = useI18n()
  const { t, locale } = i18n
  const { filters } = useFilters()
  const search = useFilterSearch()
  const { code, region, regions, query: regionsQuery } = useResolvedRegion()
  const catalog = useQuery(indicatorQueries.catalog())
  const chain = region && regions ? ancestry(region, regions) : []
  // From the code itself, not from /regions, so the request leaves with the page's first render
  // instead of after the region list (one round trip and one wasted request less).
  const chainCodes = codeChain(code)
  // Full histories: range, granularity and "as of" then move on the client with no request.
  const series = useQuery(seriesQueries.list({ regions: chainCodes, indicators: [id] }))
  const childSeries = useQuery(seriesQueries.list({ parent: code, indicators: [id] }))
  const indicator = catalog.data?.indicators.find((i) => i.id === id)
  // The comparison and breakdown charts mount after the trend has painted with its data.
  const secondaryReady = useAfterPaint(series.isSuccess)

  if (catalog.isSuccess && !indicator) {
    return (
      <section className="page">
        <h1>{t('indicator.unknown', { id })}</h1>
        <Link to={{ pathname: '/', search }}>{t('notFound.back')}</Link>
      </section>
    )
  }

  const regionName = region?.name ?? code
  const regionSeries = series.data?.series.find((s) => s.regionCode === code)
  const range = indicator
    ? resolveViewRange(
        { from: filters.from, to: filters.to, range: filters.range, asOf: filters.period },
        indicator.frequency,
        (regionSeries?.observations ?? []).map((o) => o.period),
      )
    : null
  const shown = indicator
    ? toShownObservations(indicator, regionSeries, range, filters.granularity)
    : []
  const latest = regionSeries
    ? latestAtOrBefore(regionSeries.observations, parsePeriod(filters.period ?? ''))
    : undefined
  const childRegions = regions?.filter((r) => r.parentCode === code) ?? []
  const initialView = filters.view

  return (
    <section aria-labelledby="page-title" className="page">
      <header className="page__header">
        <h1 id="page-title">
          {indicator
            ? t('indicator.title', { indicator: indicator.name[locale], region: regionName })
            : t('state.loading')}
        </h1>
      </header>
      <QueryState queries={[catalog]}>
        {indicator && (
          <div className="indicator-layout">
            <div className="indicator-layout__main">
              <RangeControls
                key={`${range?.from ?? ''}-${range?.to ?? ''}`}
                frequency={indicator.frequency}
                shown={range}
              />
              <QueryState queries={[series, regionsQuery]}>
                {range && indicator.valueType === 'grade' ? (
                  <GradeSection
                    indicator={indicator}
                    regionName={regionName}
                    observations={shown}
                    history={regionSeries?.observations ?? []}
                    dataAsOf={series.data?.dataAsOf}
                    isUpdating={series.isPlaceholderData}
                    initialView={initialView}
                  />
                ) : range ? (
                  <TrendSection
                    indicator={indicator}
                    regionName={regionName}
                    observations={shown}
                    range={range}
                    dataAsOf={series.data?.dataAsOf}
                    isUpdating={series.isPlaceholderData}
                    initialView={initialView}
                  />
                ) : (
                  <p className="state">
                    {t('trend.empty', {
                      indicator: indicator.shortName[locale],
                      region: regionName,
                    })}
                  </p>
                )}
                {range && indicator.valueType === 'number' && secondaryReady && (
                  <ParentsSection
                    indicator={indicator}
                    chain={chain}
                    series={series.data?.series ?? []}
                    range={range}
                    granularity={filters.granularity}
                    dataAsOf={series.data?.dataAsOf}
                    isUpdating={series.isPlaceholderData}
                    initialView={initialView}
                  />
                )}
              </QueryState>
              {/* After the trend (series.data): arriving first, it would be pushed down by it. */}
              {region &&
                childRegions.length > 0 &&
                indicator.valueType === 'number' &&
                series.data &&
                secondaryReady && (
                  <QueryState queries={[childSeries, regionsQuery]}>
                    <BreakdownSection
                      indicator={indicator}
                      region={region}
                      childRegions={childRegions}
                      childSeries={childSeries.data?.series ?? []}
                      regionSeries={regionSeries}
                      asOfKey={range?.to ?? filters.period ?? String(LAST_YEAR)}
                      dataAsOf={childSeries.data?.dataAsOf}
                      isUpdating={childSeries.isPlaceholderData}
                      initialView={initialView}
                    />
                  </QueryState>
                )}
            </div>
            <aside className="indicator-layout__side">
              <IndicatorAbout indicator={indicator} latest={latest} />
            </aside>
          </div>
        )}
      </QueryState>
    </section>
  )
}
