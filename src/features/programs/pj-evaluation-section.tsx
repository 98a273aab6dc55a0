import type { PjEvaluationsResponse } from '@/api/pj-evaluations'
import { ChartFrame } from '@/components/charts/chart-frame'
import { TrendChart } from '@/components/charts/trend-chart'
import { ProvenanceBadge } from '@/components/ui/provenance-badge'
import { TableScroll } from '@/components/ui/table-scroll'
import { useFilters } from '@/filters/use-filters'
import { periodKeyMidpoint } from '@/domain/periods'
import { pjEvaluationCsv, type CsvPlace } from '@/analysis/export-rows'
import { useNumberFormatter, useTimeFormatter } from '@/i18n/format-indicator'
import { useI18n } from '@/i18n/i18n'

/** Kemendagri's quarterly evaluation of the acting mayor: the overall trend and the last quarter. */
export function PjEvaluationSection({
  data,
  place,
}: {
  data: PjEvaluationsResponse
  /** The region, with its name as shown. */
  place: CsvPlace
}) {
  const i18n = useI18n()
  const { filters } = useFilters()
  const { t, locale } = i18n
  const regionName = place.name
  const formatScore = useNumberFormatter(0)
  const formatTime = useTimeFormatter()
  const first = data.quarters[0]
  const last = data.quarters.at(-1)
  const previous = data.quarters.at(-2)
  const score = (value: number) => i18n.number(value, 2)
  const nameOf = (id: string) => data.indicators.find((i) => i.id === id)?.name[locale] ?? id
  const signed = (value: number) =>
    `${value > 0 ? '+' : value < 0 ? '−' : '±'}${i18n.number(Math.abs(value), 2)}`
  const short = i18n.periodShort

  let content = <p className="state">{t('pj.empty', { region: regionName })}</p>
  if (first && last) {
    const scored = data.indicators.flatMap((indicator) => {
      const value = last.scores[indicator.id]
      return value === null || value === undefined ? [] : [{ indicator, value }]
    })
    const weakest = [...scored].sort((a, b) => a.value - b.value)[0]
    const summary = t('pj.summary', {
      first: score(first.overall),
      firstPeriod: i18n.period(first.period),
      last: score(last.overall),
      lastPeriod: i18n.period(last.period),
      weakest: weakest ? weakest.indicator.name[locale] : '–',
      weakestScore: weakest ? score(weakest.value) : '–',
    })
    content = (
      <>
        <ChartFrame
          title={t('pj.title', { region: regionName })}
          subtitle={t('pj.subtitle', {
            from: i18n.period(first.period),
            to: i18n.period(last.period),
          })}
          summary={summary}
          rowHeader={t('pj.quarter')}
          columns={[
            { key: 'overall', label: t('pj.overall'), numeric: true },
            { key: 'evaluatedOn', label: t('pj.evaluatedOn') },
          ]}
          rows={() =>
            data.quarters.map((quarter) => ({
              key: quarter.period,
              header: i18n.period(quarter.period),
              cells: {
                overall: score(quarter.overall),
                evaluatedOn: i18n.date(quarter.evaluatedOn),
              },
            }))
          }
          csv={() => pjEvaluationCsv(i18n, place, data)}
          footnotes={[
            t('pj.evaluator', { evaluator: data.evaluator[locale] }),
            t('programs.source'),
            t('overview.dataAsOf', { date: i18n.date(data.dataAsOf, true) }),
            t('pj.note'),
          ]}
          fileName={`evaluasi-pj-${regionName}`}
          initialView={filters.view}
        >
          <TrendChart
            points={data.quarters.map((quarter) => ({
              t: periodKeyMidpoint(quarter.period) ?? 0,
              key: quarter.period,
              label: i18n.period(quarter.period),
              values: { overall: quarter.overall },
              synthetic: { overall: data.provenance === 'synthetic' },
            }))}
            series={[{ id: 'overall', label: t('pj.overall'), role: 'region' }]}
            formatValue={formatScore}
            formatTime={formatTime}
            height={260}
          />
        </ChartFrame>
        <TableScroll labelledBy="pj-matrix-caption">
          <table className="data-table pj-matrix">
            <caption id="pj-matrix-caption">
              {t('pj.matrixCaption', {
                from: i18n.period(first.period),
                to: i18n.period(last.period),
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('pj.indicator')}</th>
                {data.quarters.map((quarter) => (
                  <th key={quarter.period} scope="col" className="num">
                    {short(quarter.period)}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('pj.change')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.indicators.map((indicator) => {
                const now = last.scores[indicator.id]
                const before = previous?.scores[indicator.id]
                const change =
                  now === null || now === undefined || before === null || before === undefined
                    ? null
                    : now - before
                return (
                  <tr key={indicator.id}>
                    <th scope="row">{nameOf(indicator.id)}</th>
                    {data.quarters.map((quarter) => {
                      const value = quarter.scores[indicator.id]
                      return (
                        <td key={quarter.period} className="num">
                          {value === null || value === undefined ? '–' : score(value)}
                        </td>
                      )
                    })}
                    <td className="num">{change === null ? '–' : signed(change)}</td>
                  </tr>
                )
              })}
              <tr className="pj-matrix__overall">
                <th scope="row">{t('pj.overall')}</th>
                {data.quarters.map((quarter) => (
                  <td key={quarter.period} className="num">
                    {score(quarter.overall)}
                  </td>
                ))}
                <td className="num">{previous ? signed(last.overall - previous.overall) : '–'}</td>
              </tr>
            </tbody>
          </table>
        </TableScroll>
      </>
    )
  }

  return (
    <section aria-labelledby="pj-title" className="section">
      <h2 id="pj-title">
        {t('pj.heading')} <ProvenanceBadge provenance={data.provenance} />
      </h2>
      <p className="section__note">{t('pj.cityWide')}</p>
      {content}
    </section>
  )
}
