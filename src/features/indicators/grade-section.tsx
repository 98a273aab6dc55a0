import type { Indicator } from '@/api/indicators'
import type { Observation } from '@/api/series'
import { ChartFrame, EmptyChartFrame } from '@/components/charts/chart-frame'
import { AddToBriefing } from '@/filters/add-to-briefing'
import { GradeTimeline, type GradeCell } from '@/components/charts/grade-timeline'
import { TrendChart } from '@/components/charts/trend-chart'
import { ProvenanceBadge } from '@/components/ui/provenance-badge'
import { StatusBadge } from '@/components/ui/status-badge'
import type { Status } from '@/domain/status'
import { compareKeys } from '@/domain/periods'
import { useI18n } from '@/i18n/i18n'
import { formatTarget, sourceLabel, useNumberFormatter } from '@/i18n/format-indicator'
import { chartFootnotes, toExportRow } from '@/analysis/chart-notes'
import { gradeStreak, type ShownObservation } from '@/analysis/series-view'

const TONE: Record<Status, GradeCell['tone']> = {
  achieved: 'good',
  near: 'near',
  off: 'bad',
  'no-target': 'neutral',
  'no-data': 'neutral',
}

type GradeSectionProps = {
  indicator: Indicator
  regionName: string
  observations: ShownObservation[]
  /** The whole history, so a streak is counted beyond the range shown. */
  history: ReadonlyArray<Observation>
  dataAsOf: string | undefined
  isUpdating: boolean
  initialView: 'chart' | 'table'
}

/** Grades as grades: a timeline of letters, the WTP streak, and the SAKIP score where one exists. */
export function GradeSection(props: GradeSectionProps) {
  const i18n = useI18n()
  const { t, locale } = i18n
  const { indicator, observations, regionName } = props
  const formatScore = useNumberFormatter(0)
  const name = indicator.shortName[locale]
  const title = t('grades.title', { indicator: name })
  if (observations.length === 0) {
    return (
      <EmptyChartFrame
        title={title}
        message={t('trend.empty', { indicator: name, region: regionName })}
      />
    )
  }
  const last = observations.at(-1)
  let summary = ''
  if (indicator.id === 'audit-opinion' && last) {
    const streak = gradeStreak(
      props.history.filter((o) => compareKeys(o.period, last.period) <= 0),
      'WTP',
    )
    summary = streak
      ? t('grades.summaryStreak', {
          region: regionName,
          count: streak.count,
          from: streak.from,
          to: streak.to,
        })
      : t('grades.summaryNoStreak', {
          region: regionName,
          grade: last.grade ?? '–',
          period: last.period,
        })
  } else if (last) {
    summary = t('grades.summarySakip', {
      region: regionName,
      grade: last.grade ?? t('grades.noGrade'),
      period: i18n.period(last.period),
      count: observations.length,
    })
  }
  const cells: GradeCell[] = observations.map((o) => ({
    key: o.period,
    label: i18n.period(o.period),
    grade: o.grade ?? '—',
    detail: o.value !== null ? i18n.number(o.value, indicator.decimals) : undefined,
    tone: o.grade ? TONE[o.status] : 'neutral',
    synthetic: o.provenance === 'synthetic',
  }))
  const scored = observations.filter((o) => o.value !== null)

  return (
    <>
      <ChartFrame
        title={title}
        subtitle={t('grades.subtitle', { region: regionName })}
        summary={summary}
        rowHeader={t('col.period')}
        columns={[
          { key: 'grade', label: t('col.grade') },
          { key: 'score', label: t('col.score'), numeric: true },
          { key: 'target', label: t('col.target') },
          { key: 'status', label: t('col.status') },
          { key: 'provenance', label: t('col.provenance') },
          { key: 'source', label: t('col.source') },
        ]}
        rows={() =>
          observations.map((o) => ({
            key: o.period,
            header: i18n.period(o.period),
            cells: {
              grade: o.grade ?? t('grades.noGrade'),
              score: o.value !== null ? i18n.number(o.value, indicator.decimals) : '–',
              target: formatTarget(i18n, indicator, o.target) ?? '–',
              status: <StatusBadge status={o.grade ? o.status : 'no-data'} />,
              provenance:
                o.provenance === 'synthetic' ? (
                  <ProvenanceBadge provenance="synthetic" />
                ) : (
                  t('card.official')
                ),
              source: sourceLabel(i18n, o),
            },
          }))
        }
        exportRows={() => observations.map((o) => toExportRow(i18n, indicator, regionName, o))}
        footnotes={chartFootnotes(i18n, observations, props.dataAsOf)}
        fileName={`${indicator.id}-${regionName}`}
        initialView={props.initialView}
        actions={<AddToBriefing slide={indicator.id} />}
        isUpdating={props.isUpdating}
      >
        <GradeTimeline cells={cells} />
      </ChartFrame>
      {scored.length > 1 && (
        <ChartFrame
          title={t('grades.scoreTitle', { region: regionName })}
          subtitle={t('unit.score')}
          summary={scored
            .map(
              (o) => `${i18n.period(o.period)}: ${i18n.number(o.value ?? 0, indicator.decimals)}`,
            )
            .join('; ')}
          rowHeader={t('col.period')}
          columns={[{ key: 'score', label: t('col.score'), numeric: true }]}
          rows={() =>
            scored.map((o) => ({
              key: o.period,
              header: i18n.period(o.period),
              cells: { score: i18n.number(o.value ?? 0, indicator.decimals) },
            }))
          }
          exportRows={() =>
            scored.map((o) => toExportRow(i18n, indicator, regionName, { ...o, grade: null }))
          }
          footnotes={chartFootnotes(i18n, scored, props.dataAsOf)}
          fileName={`${indicator.id}-score-${regionName}`}
          initialView={props.initialView}
          isUpdating={props.isUpdating}
        >
          <TrendChart
            points={scored.map((o) => ({
              key: o.period,
              label: i18n.period(o.period),
              values: { score: o.value },
              synthetic: { score: o.provenance === 'synthetic' },
            }))}
            series={[{ id: 'score', label: t('col.score') }]}
            formatValue={formatScore}
          />
        </ChartFrame>
      )}
    </>
  )
}
