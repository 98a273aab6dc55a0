import { useQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { indicatorQueries, type Indicator } from '@/api/indicators'
import { regionQueries, type Region } from '@/api/regions'
import { chartFootnotes, toExportRow, unitLabel } from '@/analysis/chart-notes'
import { rankingTable, rankLabel as rankLabelOf } from '@/analysis/ranking-table'
import { rankRegions, toShownObservations } from '@/analysis/series-view'
import { toTrendPoint } from '@/analysis/trend-point'
import { ChartFrame } from '@/components/charts/chart-frame'
import { RankingChart } from '@/components/charts/ranking-chart'
import { TrendChart } from '@/components/charts/trend-chart'
import { QueryState } from '@/components/ui/query-state'
import { StatusBadge } from '@/components/ui/status-badge'
import { resolveViewRange } from '@/domain/ranges'
import { MAX_COMPARED_REGIONS } from '@/filters/filters'
import { LAST_YEAR } from '@/filters/period-options'
import { RangeControls } from '@/filters/range-controls'
import { useFilterActions, useFilters } from '@/filters/use-filters'
import { useResolvedRegion } from '@/filters/use-region'
import { useI18n } from '@/i18n/i18n'
import { formatObservation, useValueFormatter } from '@/i18n/format-indicator'
import { compareQueries } from './queries'

function orderLabel(indicator: Indicator) {
  if (indicator.polarity === 'band') return 'compare.orderBandFirst' as const
  return indicator.polarity === 'lower'
    ? ('compare.orderLowerFirst' as const)
    : ('compare.orderHigherFirst' as const)
}

export function ComparePage() {
  const i18n = useI18n()
  const { t, locale } = i18n
  const { filters } = useFilters()
  const actions = useFilterActions()
  const { code, region } = useResolvedRegion()
  const catalog = useQuery(indicatorQueries.catalog())
  const { codes, indicatorId, series: seriesQuery } = compareQueries(filters, code)
  const series = useQuery(seriesQuery)
  const [candidate, setCandidate] = useState('')

  const indicator = catalog.data?.indicators.find((i) => i.id === indicatorId)
  const comparedQuery = useQuery(regionQueries.byCodes(codes))
  const compared: Region[] = comparedQuery.data?.regions ?? []
  // Candidates to add (until the searchable picker): the provinces and the region's siblings.
  const provinces = useQuery(regionQueries.children('0000'))
  const siblings = useQuery({
    ...regionQueries.children(region?.parentCode ?? '0000'),
    enabled: region !== undefined,
  })
  const regions = [...(provinces.data?.regions ?? []), ...(siblings.data?.regions ?? [])]
  const regionsQuery = comparedQuery
  const asOfLabel = filters.period ? i18n.period(filters.period) : t('filters.latest').toLowerCase()

  function handleAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!candidate || codes.includes(candidate) || codes.length >= MAX_COMPARED_REGIONS) return
    actions.chooseRegions([...codes, candidate])
    setCandidate('')
  }

  return (
    <section aria-labelledby="page-title" className="page">
      <header className="page__header">
        <h1 id="page-title">{t('compare.title')}</h1>
        <p className="page__meta">{t('compare.intro', { period: asOfLabel })}</p>
      </header>
      <QueryState queries={[catalog, regionsQuery]}>
        {catalog.data && regions && (
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
                    <span>{r.name}</span>
                    <button
                      type="button"
                      className="chip__remove"
                      aria-label={t('compare.remove', { region: r.name })}
                      onClick={() => actions.chooseRegions(codes.filter((c) => c !== r.code))}
                    >
                      <span aria-hidden="true">×</span>
                    </button>
                  </li>
                ))}
              </ul>
              <form className="compare-add" onSubmit={handleAdd}>
                <label htmlFor="compare-add">{t('compare.add')}</label>
                <select
                  id="compare-add"
                  value={candidate}
                  onChange={(e) => setCandidate(e.target.value)}
                >
                  <option value="">—</option>
                  {regions
                    .filter((r) => !codes.includes(r.code))
                    .map((r) => (
                      <option key={r.code} value={r.code}>
                        {r.name}
                      </option>
                    ))}
                </select>
                <button
                  type="submit"
                  className="button"
                  disabled={!candidate || codes.length >= MAX_COMPARED_REGIONS}
                >
                  {t('compare.addButton')}
                </button>
                {codes.length >= MAX_COMPARED_REGIONS && (
                  <p>{t('compare.limit', { max: MAX_COMPARED_REGIONS })}</p>
                )}
              </form>
            </div>
          </div>
        )}
        {indicator && compared.length === 0 && <p className="state">{t('compare.empty')}</p>}
        {indicator && compared.length > 0 && (
          <QueryState queries={[series]}>
            {series.data && (
              <CompareCharts
                indicator={indicator}
                compared={compared}
                series={series.data.series}
                dataAsOf={series.data.dataAsOf}
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
  compared: Region[]
  series: Parameters<typeof rankRegions>[2]
  dataAsOf: string
  isUpdating: boolean
}

function CompareCharts({ indicator, compared, series, dataAsOf, isUpdating }: CompareChartsProps) {
  const i18n = useI18n()
  const { t, locale } = i18n
  const { filters } = useFilters()
  const name = indicator.shortName[locale]
  const formatChartValue = useValueFormatter(indicator)
  const periods = series.flatMap((s) => s.observations.map((o) => o.period))
  const range = resolveViewRange(
    { from: filters.from, to: filters.to, range: filters.range, asOf: filters.period },
    indicator.frequency,
    periods,
  )
  const asOfKey = range?.to ?? filters.period ?? String(LAST_YEAR)
  const { ranked, missing } = rankRegions(indicator, compared, series, asOfKey)
  const valued = ranked.filter((r) => r.rank > 0)
  const rankLabel = (rank: number, tied: boolean) => rankLabelOf(i18n, rank, tied)
  const tiedNames = valued
    .filter((r) => r.tied)
    .map((r) => `${r.item.region.name} (${rankLabel(r.rank, true)})`)
  const first = valued[0]
  const table = rankingTable(i18n, indicator, valued)
  const multiples = compared.map((region) => ({
    region,
    shown: toShownObservations(
      indicator,
      series.find((s) => s.regionCode === region.code),
      range,
      filters.granularity,
    ),
  }))
  const numbers = multiples.flatMap((m) =>
    m.shown.flatMap((o) => (o.value === null ? [] : [o.value])),
  )
  const yDomain: [number, number] | undefined =
    numbers.length > 0 ? [Math.min(0, ...numbers), Math.max(...numbers) * 1.05] : undefined
  const rangeLabel = range ? `${i18n.period(range.from)} – ${i18n.period(range.to)}` : ''

  return (
    <>
      {range && (
        <RangeControls
          key={`${range.from}-${range.to}`}
          frequency={indicator.frequency}
          shown={range}
        />
      )}
      <ChartFrame
        title={t('compare.rankingTitle', { indicator: name })}
        subtitle={t('compare.rankingSubtitle', {
          unit: unitLabel(i18n, indicator),
          period: i18n.period(asOfKey),
          order: t(orderLabel(indicator)),
        })}
        summary={
          first
            ? t('compare.rankingSummary', {
                first: first.item.region.name,
                value: formatObservation(i18n, indicator, first.item.observation),
                ties:
                  tiedNames.length > 0 ? t('compare.ties', { names: tiedNames.join(', ') }) : '',
              }).trim()
            : t('compare.empty')
        }
        rowHeader={t('col.rank')}
        columns={table.columns}
        rows={() => [
          ...table.rows(),
          ...missing.map((region) => ({
            key: region.code,
            header: '–',
            cells: { region: region.name, value: t('compare.noValue') },
          })),
        ]}
        exportRows={table.exportRows}
        footnotes={chartFootnotes(i18n, table.shown, dataAsOf)}
        fileName={`${indicator.id}-ranking-${asOfKey}`}
        initialView={filters.view}
        isUpdating={isUpdating}
      >
        {indicator.valueType === 'number' ? (
          <RankingChart
            bars={valued.map((r) => ({
              key: r.item.region.code,
              label: `${rankLabel(r.rank, r.tied)}. ${r.item.region.name} (${i18n.periodShort(r.item.observation.period)})`,
              value: r.item.observation.value ?? 0,
              synthetic: r.item.observation.provenance === 'synthetic',
            }))}
            formatValue={formatChartValue}
          />
        ) : (
          <ul className="grade-ranking">
            {valued.map((r) => (
              <li key={r.item.region.code}>
                {rankLabel(r.rank, r.tied)}. {r.item.region.name}:{' '}
                <strong>{r.item.observation.grade}</strong>
              </li>
            ))}
          </ul>
        )}
      </ChartFrame>
      {indicator.valueType === 'number' && (
        <section className="multiples" aria-labelledby="multiples-title">
          <h2 id="multiples-title" className="multiples__title">
            {t('compare.multiplesTitle')}
          </h2>
          <p className="chart-frame__subtitle">
            {t('compare.multiplesSubtitle', {
              unit: unitLabel(i18n, indicator),
              range: rangeLabel,
            })}
          </p>
          <div className="multiples__grid">
            {multiples.map(({ region, shown }) => {
              const last = shown.at(-1)
              const points = shown.map((o) => toTrendPoint(i18n, o, o.target, 'v'))
              return (
                <ChartFrame
                  key={region.code}
                  title={region.name}
                  subtitle={rangeLabel}
                  summary={
                    last
                      ? t('parents.valueOf', {
                          region: region.name,
                          value: formatObservation(i18n, indicator, last),
                          period: i18n.period(last.period),
                        })
                      : t('parents.noValue', { region: region.name })
                  }
                  rowHeader={t('col.period')}
                  columns={[
                    { key: 'value', label: t('col.value'), numeric: true },
                    { key: 'status', label: t('col.status') },
                  ]}
                  rows={() =>
                    shown.map((o) => ({
                      key: o.period,
                      header: i18n.period(o.period),
                      cells: {
                        value:
                          formatObservation(i18n, indicator, o) +
                          (o.provenance === 'synthetic' ? ' ◇' : ''),
                        status: <StatusBadge status={o.status} />,
                      },
                    }))
                  }
                  exportRows={() => shown.map((o) => toExportRow(i18n, indicator, region.name, o))}
                  footnotes={chartFootnotes(i18n, shown, dataAsOf)}
                  fileName={`${indicator.id}-${region.name}`}
                  initialView={filters.view}
                  isUpdating={isUpdating}
                >
                  {points.length > 0 ? (
                    <TrendChart
                      points={points}
                      series={[{ id: 'v', label: region.name }]}
                      formatValue={formatChartValue}
                      height={200}
                      yDomain={yDomain}
                    />
                  ) : (
                    <p className="state">{t('compare.noValue')}</p>
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
