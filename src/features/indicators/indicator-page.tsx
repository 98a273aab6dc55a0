import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Link, useParams } from 'react-router'
import { indicatorQueries } from '@/api/indicators'
import { indicatorView } from './indicator-view'
import { todayOf } from '@/analysis/readings'
import { datasetYear } from '@/domain/dates'
import { QueryState } from '@/components/ui/query-state'
import { useAfterPaint } from '@/components/ui/use-after-paint'
import { useSettledValue } from '@/components/ui/use-settled-value'
import { placeName } from '@/domain/places'
import { RangeControls } from '@/filters/range-controls'
import { useFilterSearch, useFilters } from '@/filters/use-filters'
import { useResolvedRegion } from '@/filters/use-region'
import { useI18n } from '@/i18n/i18n'
import { BreakdownSection } from './breakdown-section'
import { GradeSection } from './grade-section'
import { IndicatorAbout } from './indicator-about'
import { ParentsSection } from './parents-section'
import { indicatorPageQueries } from './queries'
import { ReadingPanel } from './reading-panel'
import { TrendSection } from './trend-section'
import './indicators.css'

/** The indicator page's body, under the heading its route renders (indicator-route.tsx). */
export function IndicatorPage() {
  const { id = '' } = useParams()
  const i18n = useI18n()
  const { t, locale } = i18n
  const { filters } = useFilters()
  const search = useFilterSearch()
  const { code, region } = useResolvedRegion()
  const catalog = useQuery(indicatorQueries.catalog())
  const queries = indicatorPageQueries(id, code, region)
  // Asked once the catalogue lists the indicator: a request never names an unknown one (the
  // route then says "not found", indicator-route.tsx), so a bad link makes no failed request.
  const known = catalog.data?.indicators.some((i) => i.id === id) ?? false
  const series = useQuery({ ...queries.series, enabled: queries.series.enabled && known })
  const childSeries = useQuery({ ...queries.children, enabled: known })
  const childRegions = useQuery(queries.childRegions)
  // While a new region loads, each chart keeps the region its (placeholder) data is for, dimmed,
  // rather than looking the new region up in the old data and flashing "no data".
  const dataRegion = useSettledValue(region, !series.isPlaceholderData && region !== undefined)
  const childParent = useSettledValue(region, !childSeries.isPlaceholderData)
  const indicator = catalog.data?.indicators.find((i) => i.id === id)
  const today = catalog.data ? todayOf(catalog.data.dataAsOf) : null
  // The comparison and breakdown charts mount after the trend has painted with its data.
  const secondaryReady = useAfterPaint(series.isSuccess)
  const view = useMemo(
    () =>
      indicator && dataRegion && series.data && today
        ? indicatorView(
            indicator,
            series.data.series,
            dataRegion,
            {
              from: filters.from,
              to: filters.to,
              range: filters.range,
              asOf: filters.period,
              granularity: filters.granularity,
            },
            today,
          )
        : null,
    [indicator, dataRegion, series.data, today, filters],
  )

  // The heading ("unknown indicator" included) is the route's (indicator-route.tsx).
  if (catalog.isSuccess && !indicator) {
    return (
      <div className="state">
        <p>{t('indicator.unknownHelp')}</p>
        <ul>
          {catalog.data.indicators.map((known) => (
            <li key={known.id}>
              <Link to={{ pathname: `/indicators/${known.id}`, search }}>{known.name[locale]}</Link>
            </li>
          ))}
        </ul>
        <p>
          <Link to={{ pathname: '/', search }}>{t('notFound.back')}</Link>
        </p>
      </div>
    )
  }

  const regionName = region ? placeName(region) : code
  const range = view?.range ?? null
  const initialView = filters.view
  const asOfLabel = filters.period ? i18n.period(filters.period) : null

  return (
    <QueryState queries={[catalog]}>
      {indicator && (
        <div className="indicator-layout">
          <div className="indicator-layout__main">
            <QueryState queries={[series]}>
              {view && dataRegion && (
                <ReadingPanel
                  indicator={indicator}
                  reading={view.reading}
                  regionName={placeName(dataRegion)}
                  asOfLabel={asOfLabel}
                />
              )}
            </QueryState>
            {/* The catalogue that gave the indicator gives the dataset's day: `today` is known. */}
            {today && (
              <RangeControls
                key={`${range?.from ?? ''}-${range?.to ?? ''}`}
                frequency={indicator.frequency}
                shown={range}
                datasetYear={datasetYear(today)}
              />
            )}
            <QueryState queries={[series]}>
              {view && dataRegion && range && indicator.valueType === 'grade' ? (
                <GradeSection
                  indicator={indicator}
                  region={dataRegion}
                  observations={view.shown}
                  history={view.regionSeries?.observations ?? []}
                  dataAsOf={series.data?.dataAsOf}
                  isUpdating={series.isPlaceholderData}
                  initialView={initialView}
                />
              ) : view && dataRegion && range ? (
                <TrendSection
                  indicator={indicator}
                  region={dataRegion}
                  shown={view.shown}
                  regionSeries={view.regionSeries}
                  range={range}
                  dataAsOf={series.data?.dataAsOf}
                  isUpdating={series.isPlaceholderData}
                  initialView={initialView}
                />
              ) : series.isSuccess ? (
                <p className="state">
                  {t('trend.empty', {
                    indicator: indicator.shortName[locale],
                    region: regionName,
                  })}
                </p>
              ) : null}
              {view && range && indicator.valueType === 'number' && secondaryReady && (
                <ParentsSection
                  indicator={indicator}
                  parents={view.parents}
                  range={range}
                  dataAsOf={series.data?.dataAsOf}
                  isUpdating={series.isPlaceholderData}
                  initialView={initialView}
                />
              )}
            </QueryState>
            {/* After the trend (series.data): arriving first, it would be pushed down by it. */}
            {childParent &&
              childParent.childCount > 0 &&
              indicator.valueType === 'number' &&
              series.data &&
              today &&
              secondaryReady && (
                <QueryState queries={[childSeries, childRegions]}>
                  <BreakdownSection
                    indicator={indicator}
                    region={childParent}
                    childRegions={childRegions.data?.regions ?? []}
                    childSeries={childSeries.data?.series ?? []}
                    regionSeries={view?.regionSeries}
                    asOf={filters.period}
                    today={today}
                    dataAsOf={childSeries.data?.dataAsOf}
                    isUpdating={childSeries.isPlaceholderData}
                    initialView={initialView}
                  />
                </QueryState>
              )}
          </div>
          <aside className="indicator-layout__side">
            <IndicatorAbout indicator={indicator} latest={view?.reading.observation ?? undefined} />
          </aside>
        </div>
      )}
    </QueryState>
  )
}
