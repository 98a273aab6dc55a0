import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { indicatorQueries } from '@/api/indicators'
import { QueryState } from '@/components/ui/query-state'
import { useAfterPaint } from '@/components/ui/use-after-paint'
import { useSettledValue } from '@/components/ui/use-settled-value'
import { latestAtOrBefore, parsePeriod } from '@/domain/periods'
import { resolveViewRange } from '@/domain/ranges'
import { LAST_YEAR } from '@/filters/period-options'
import { RangeControls } from '@/filters/range-controls'
import { useFilterSearch, useFilters } from '@/filters/use-filters'
import { useChildRegions, useResolvedRegion } from '@/filters/use-region'
import { regionQueries } from '@/api/regions'
import { useI18n } from '@/i18n/i18n'
import { BreakdownSection } from './breakdown-section'
import { GradeSection } from './grade-section'
import { IndicatorAbout } from './indicator-about'
import { ParentsSection } from './parents-section'
import { indicatorPageQueries } from './queries'
import { TrendSection } from './trend-section'
import { ancestry, toShownObservations } from '@/analysis/series-view'

/** The indicator page's body, under the heading its route renders (indicator-route.tsx). */
export function IndicatorPage() {
  const { id = '' } = useParams()
  const i18n = useI18n()
  const { t, locale } = i18n
  const { filters } = useFilters()
  const search = useFilterSearch()
  const { code, region } = useResolvedRegion()
  const catalog = useQuery(indicatorQueries.catalog())
  const queries = indicatorPageQueries(id, code)
  const series = useQuery(queries.series)
  const childSeries = useQuery(queries.children)
  // While a new region loads, each chart keeps the region its (placeholder) data is for, dimmed,
  // rather than looking the new region up in the old data and flashing "no data".
  const dataCode = useSettledValue(code, !series.isPlaceholderData)
  const childCode = useSettledValue(code, !childSeries.isPlaceholderData)
  const dataRegionQuery = useQuery(regionQueries.detail(dataCode))
  const dataRegion = dataRegionQuery.data?.regions[0]
  const childRegionsQuery = useChildRegions(childCode)
  const childParent = childCode === dataCode ? dataRegion : region
  const chain = dataRegion ? ancestry(dataRegion) : []
  const indicator = catalog.data?.indicators.find((i) => i.id === id)
  // The comparison and breakdown charts mount after the trend has painted with its data.
  const secondaryReady = useAfterPaint(series.isSuccess)

  // The heading ("unknown indicator" included) is the route's (indicator-route.tsx).
  if (catalog.isSuccess && !indicator) {
    return <Link to={{ pathname: '/', search }}>{t('notFound.back')}</Link>
  }

  const regionName = region?.name ?? code
  const dataRegionName = dataRegion?.name ?? dataCode
  const regionSeries = series.data?.series.find((s) => s.regionCode === dataCode)
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
  const childRegions = childRegionsQuery.data?.regions ?? []
  const initialView = filters.view

  return (
    <QueryState queries={[catalog]}>
      {indicator && (
        <div className="indicator-layout">
          <div className="indicator-layout__main">
            <RangeControls
              key={`${range?.from ?? ''}-${range?.to ?? ''}`}
              frequency={indicator.frequency}
              shown={range}
            />
            <QueryState queries={[series, dataRegionQuery]}>
              {range && indicator.valueType === 'grade' ? (
                <GradeSection
                  indicator={indicator}
                  regionName={dataRegionName}
                  observations={shown}
                  history={regionSeries?.observations ?? []}
                  dataAsOf={series.data?.dataAsOf}
                  isUpdating={series.isPlaceholderData}
                  initialView={initialView}
                />
              ) : range ? (
                <TrendSection
                  indicator={indicator}
                  regionName={dataRegionName}
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
            {childParent &&
              childRegions.length > 0 &&
              indicator.valueType === 'number' &&
              series.data &&
              secondaryReady && (
                <QueryState queries={[childSeries, childRegionsQuery]}>
                  <BreakdownSection
                    indicator={indicator}
                    region={childParent}
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
  )
}
