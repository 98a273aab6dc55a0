import { useQuery } from '@tanstack/react-query'
import { indicatorQueries, type Indicator } from '@/api/indicators'
import { rankedValueText, rankingOrder, rankingUnit, unrankedText } from '@/analysis/ranking-text'
import type { Region } from '@/api/regions'
import { chartFootnotes, unitLabel } from '@/analysis/chart-notes'
import { compareView, type CompareView, type Multiple } from './compare-view'
import { readingsCsv } from '@/analysis/export-rows'
import { rankingTable } from '@/components/tables/ranking-table'
import { todayOf } from '@/analysis/readings'
import { targetSpans, trendSeries } from '@/analysis/series-view'
import { ChartFrame } from '@/components/charts/chart-frame'
import { RankingChart } from '@/components/charts/ranking-chart'
import { TrendChart } from '@/components/charts/trend-chart'
import { QueryState } from '@/components/ui/query-state'
import { StatusBadge } from '@/components/ui/status-badge'
import { usePageTitle } from '@/components/ui/use-page-title'
import { datasetYear } from '@/domain/dates'
import { placeName } from '@/domain/places'
import { rankLabel } from '@/domain/ranking'
import { MAX_COMPARED_REGIONS } from '@/filters/filters'
import { RangeControls } from '@/filters/range-controls'
import { useFilterActions, useFilters } from '@/filters/use-filters'
import { RegionPicker } from '@/filters/region-picker'
import { useResolvedRegion } from '@/filters/use-region'
import { useI18n } from '@/i18n/i18n'
import {
  formatObservation,
  observationPeriod,
  trendSentence,
  useTimeFormatter,
  useValueFormatter,
} from '@/i18n/format-indicator'
import { compareQueries } from './queries'
import './compare.css'

const NONE: ReadonlyArray<Region> = []

export function ComparePage() {
  const i18n = useI18n()
  const { t, locale } = i18n
  const { filters } = useFilters()
  const actions = useFilterActions()
  const { code, region } = useResolvedRegion()
  const catalog = useQuery(indicatorQueries.catalog())
  const queries = compareQueries(filters, code)
  const { codes, indicatorId } = queries
  // Asked once the catalogue has said whether the link's indicator exists (an unknown one falls
  // back to the default, with a notice: useFilters, url-notices.tsx), never with an unknown id.
  const series = useQuery({ ...queries.series, enabled: catalog.isSuccess })
  const comparedQuery = useQuery(queries.compared)
  const compared: ReadonlyArray<Region> = comparedQuery.data?.regions ?? NONE
  const indicator = catalog.data?.indicators.find((i) => i.id === indicatorId)
  const today = catalog.data ? todayOf(catalog.data.dataAsOf) : null
  const title = t('compare.title')
  usePageTitle(
    indicator ? t('compare.pageTitle', { indicator: indicator.shortName[locale] }) : title,
  )

  const view =
    indicator && series.data && today
      ? compareView(
          i18n,
          indicator,
          compared,
          region,
          series.data.series,
          {
            from: filters.from,
            to: filters.to,
            range: filters.range,
            asOf: filters.period,
            at: filters.at,
            granularity: filters.granularity,
          },
          today,
        )
      : null

  return (
    <section aria-labelledby="page-title" className="page">
      <header className="page__header">
        <h1 id="page-title">{title}</h1>
        <p className="page__meta">{t('compare.intro')}</p>
      </header>
      <QueryState queries={[catalog, comparedQuery]}>
        {catalog.data && (
          <div className="compare-controls">
            <div className="field">
              <label htmlFor="compare-indicator">{t('compare.indicator')}</label>
              <select
                id="compare-indicator"
                value={indicatorId}
                onChange={(event) => actions.chooseIndicator(event.target.value)}
              >
                {catalog.data.indicators.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.name[locale]}
                  </option>
                ))}
              </select>
            </div>
            <div className="compare-regions">
              <h2 className="field__label" id="compared-label">
                {t('compare.regions')}
              </h2>
              <ul className="chips" aria-labelledby="compared-label">
                {compared.map((r) => (
                  <li key={r.code} className="chip">
                    <span>{placeName(r)}</span>
                    <button
                      type="button"
                      className="chip__remove"
                      aria-label={t('compare.remove', { region: placeName(r) })}
                      onClick={() => actions.chooseRegions(codes.filter((c) => c !== r.code))}
                    >
                      <span aria-hidden="true">×</span>
                    </button>
                  </li>
                ))}
              </ul>
              <div className="compare-add">
                {codes.length < MAX_COMPARED_REGIONS ? (
                  <RegionPicker
                    id="compare-add"
                    label={t('compare.add')}
                    value={undefined}
                    exclude={codes}
                    onCommit={(next) => {
                      if (!codes.includes(next)) actions.chooseRegions([...codes, next])
                    }}
                  />
                ) : (
                  <p>{t('compare.limit', { max: MAX_COMPARED_REGIONS })}</p>
                )}
              </div>
            </div>
          </div>
        )}
        {indicator && compared.length === 0 && <p className="state">{t('compare.empty')}</p>}
        {indicator && compared.length > 0 && (
          <QueryState queries={[series]}>
            {view && today && (
              <CompareCharts
                indicator={indicator}
                view={view}
                today={today}
                dataAsOf={series.data?.dataAsOf}
                isUpdating={series.isPlaceholderData}
              />
            )}
          </QueryState>
        )}
      </QueryState>
    </section>
  )
}

type CompareChartsProps = {
  indicator: Indicator
  view: CompareView
  today: string
  dataAsOf: string | undefined
  isUpdating: boolean
}

function CompareCharts({ indicator, view, today, dataAsOf, isUpdating }: CompareChartsProps) {
  const i18n = useI18n()
  const { t, locale } = i18n
  const { filters } = useFilters()
  const actions = useFilterActions()
  const name = indicator.shortName[locale]
  const formatChartValue = useValueFormatter(indicator)
  const formatTime = useTimeFormatter()
  const { ranking, range } = view
  const roles = new Map(view.multiples.map((m) => [m.region.code, m.role]))
  const table = ranking
    ? rankingTable(i18n, indicator, ranking, dataAsOf, {
        roleOf: (code) => roles.get(code) ?? 'peer',
      })
    : null
  const first = ranking?.ranked[0]
  const tiedNames =
    ranking?.ranked
      .filter((r) => r.tied)
      .map((r) => `${placeName(r.item.region)} (${rankLabel(r)})`) ?? []
  const periodLabel = view.period ? i18n.period(view.period) : '–'
  const common = view.held.find((h) => h.period === view.common)
  // Unranked: no figure for the period, or one the ranking cannot rank (a predicate, no score).
  const gradeOnly = ranking?.missing.filter((m) => m.atPeriod) ?? []
  const noData = ranking?.missing.filter((m) => !m.atPeriod) ?? []
  const names = (places: typeof noData) => places.map((m) => placeName(m.region)).join(', ')
  const rangeLabel = range ? `${i18n.period(range.from)} – ${i18n.period(range.to)}` : ''
  // A panel with nothing in the range says so, and what its latest figure is and when.
  const outsideRange = (m: Multiple) =>
    m.latest.observation
      ? t('compare.outsideRange', {
          region: placeName(m.region),
          range: rangeLabel,
          value: formatObservation(i18n, indicator, m.latest.observation),
          period: observationPeriod(i18n, m.latest.observation),
        })
      : t('parents.noValue', { region: placeName(m.region) })

  return (
    <>
      <div className="compare-period">
        <div className="field">
          <label htmlFor="compare-period">{t('compare.period')}</label>
          <select
            id="compare-period"
            value={view.asked ?? ''}
            onChange={(e) => actions.chooseComparisonPeriod(e.target.value || null)}
          >
            <option value="">
              {t('compare.periodDefault', {
                period: view.common ? i18n.period(view.common) : '–',
                count: common?.count ?? 0,
                total: view.multiples.length,
              })}
            </option>
            {view.held.map((h) => (
              <option key={h.period} value={h.period}>
                {t('compare.periodOption', {
                  period: i18n.period(h.period),
                  count: h.count,
                  total: view.multiples.length,
                })}
              </option>
            ))}
          </select>
        </div>
        {view.unknownPeriod && (
          <p className="notice notice--inline" role="status">
            <span aria-hidden="true">ⓘ </span>
            {t('compare.periodUnknown', {
              period: i18n.period(view.unknownPeriod),
              fallback: periodLabel,
            })}
          </p>
        )}
      </div>
      {ranking && table && (
        <ChartFrame
          title={t('compare.rankingTitle', { indicator: name })}
          subtitle={t('compare.rankingSubtitle', {
            unit: rankingUnit(i18n, indicator, ranking.measure),
            period: periodLabel,
            order: rankingOrder(i18n, indicator, ranking.measure),
          })}
          summary={[
            first
              ? t('compare.rankingSummary', {
                  first: placeName(first.item.region),
                  value: rankedValueText(
                    i18n,
                    indicator,
                    ranking.measure,
                    first.item.reading.observation,
                  ),
                  period: periodLabel,
                })
              : t('compare.noneRanked', { period: periodLabel }),
            tiedNames.length > 0 ? t('compare.ties', { names: tiedNames.join(', ') }) : '',
            noData.length > 0
              ? i18n.plural('compare.unranked', noData.length, {
                  names: names(noData),
                  period: periodLabel,
                })
              : '',
            gradeOnly.length > 0
              ? i18n.plural('compare.unrankedNoScore', gradeOnly.length, {
                  names: names(gradeOnly),
                  period: periodLabel,
                })
              : '',
          ]
            .filter(Boolean)
            .join(' ')}
          rowHeader={t('col.rank')}
          columns={table.columns}
          rows={table.rows}
          csv={table.csv}
          footnotes={chartFootnotes(
            i18n,
            table.judged,
            dataAsOf,
            ranking.measure === 'value' ? 'bars' : 'points',
          )}
          fileName={`${indicator.id}-ranking-${view.period ?? ''}`}
          initialView={filters.view}
          isUpdating={isUpdating}
        >
          {ranking.measure === 'value' ? (
            <RankingChart bars={table.bars()} formatValue={formatChartValue} />
          ) : (
            <ol className="grade-ranking">
              {ranking.ranked.map((r) => (
                <li key={r.item.region.code}>
                  <span className="grade-ranking__rank">{rankLabel(r)}.</span>{' '}
                  {placeName(r.item.region)}: <strong>{r.item.reading.observation.grade}</strong>{' '}
                  <StatusBadge status={r.item.reading.status} />
                </li>
              ))}
            </ol>
          )}
          {ranking.missing.length > 0 && (
            <ul
              className="unranked"
              aria-label={t('compare.unrankedLabel', { period: periodLabel })}
            >
              {ranking.missing.map((place) => (
                <li key={place.region.code}>
                  <strong>{placeName(place.region)}</strong>:{' '}
                  {unrankedText(i18n, indicator, ranking, place)}
                </li>
              ))}
            </ul>
          )}
        </ChartFrame>
      )}
      {!ranking && <p className="state">{t('compare.noneAtAll')}</p>}
      {indicator.valueType === 'number' && range && (
        <section className="multiples" aria-labelledby="multiples-title">
          <h2 id="multiples-title" className="multiples__title">
            {t('compare.multiplesTitle')}
          </h2>
          <RangeControls
            key={`${range.from}-${range.to}`}
            frequency={indicator.frequency}
            shown={range}
            datasetYear={datasetYear(today)}
          />
          <p className="chart-frame__subtitle">
            {t('compare.multiplesSubtitle', {
              unit: unitLabel(i18n, indicator),
              range: rangeLabel,
            })}
          </p>
          <div className="multiples__grid">
            {view.multiples.map((m) => {
              const trend = trendSentence(
                i18n,
                indicator,
                m.shown.map((o) => o.observation),
                placeName(m.region),
              )
              const lines = [{ region: m.region, role: m.role, shown: m.shown }]
              return (
                <ChartFrame
                  key={m.region.code}
                  title={placeName(m.region)}
                  subtitle={rangeLabel}
                  summary={trend ?? outsideRange(m)}
                  rowHeader={t('col.period')}
                  columns={[
                    { key: 'value', label: t('col.value'), numeric: true },
                    { key: 'status', label: t('col.status') },
                  ]}
                  rows={() =>
                    m.shown.map(({ observation: o, status }) => ({
                      key: o.period,
                      header: observationPeriod(i18n, o),
                      cells: {
                        value:
                          formatObservation(i18n, indicator, o) +
                          (o.provenance === 'synthetic' ? ' ◇' : ''),
                        status: <StatusBadge status={status} />,
                      },
                    }))
                  }
                  csv={() =>
                    readingsCsv(
                      i18n,
                      m.shown.map((judged) => ({ region: m.region, indicator, judged })),
                      dataAsOf,
                    )
                  }
                  footnotes={chartFootnotes(i18n, m.shown, dataAsOf)}
                  fileName={`${indicator.id}-${placeName(m.region)}`}
                  initialView={filters.view}
                  isUpdating={isUpdating}
                >
                  {m.points.length > 0 ? (
                    <TrendChart
                      points={m.points}
                      series={trendSeries(lines)}
                      targets={targetSpans(m.series, m.points)}
                      formatValue={formatChartValue}
                      formatTime={formatTime}
                      targetLabel={t('trend.target')}
                      bandLabel={t('trend.band')}
                      height={220}
                      xDomain={view.xDomain}
                      yDomain={view.yDomain}
                    />
                  ) : (
                    <p className="state">{outsideRange(m)}</p>
                  )}
                </ChartFrame>
              )
            })}
          </div>
        </section>
      )}
    </>
  )
}
