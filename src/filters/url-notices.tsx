import { useQuery } from '@tanstack/react-query'
import { indicatorQueries } from '@/api/indicators'
import { useI18n } from '@/i18n/i18n'
import { DEFAULT_FILTERS, type FilterIssue, type FilterParam } from './filters'
import { useFilters } from './use-filters'
import { useResolvedRegion } from './use-region'
import '@/components/ui/feedback.css'

/** Says which parts of the link were replaced by defaults, so a bad link never fails silently. */
export function UrlNotices() {
  const i18n = useI18n()
  const { t } = i18n
  const { issues } = useFilters()
  const { unknownCode, region } = useResolvedRegion()
  const catalog = useQuery(indicatorQueries.catalog())
  const defaultRegionName =
    region?.code === DEFAULT_FILTERS.region ? region.name : DEFAULT_FILTERS.region

  const fallbacks: Record<FilterParam, string> = {
    region: defaultRegionName,
    period: t('filters.latest').toLowerCase(),
    lang: 'Bahasa Indonesia',
    view: t('overview.viewCards').toLowerCase(),
    regions: t('notice.fallbackDefault'),
    indicator: t('notice.fallbackDefault'),
    at: t('notice.fallbackDefault'),
    year: t('notice.fallbackDefault'),
    from: t('notice.fallbackDefault'),
    to: t('notice.fallbackDefault'),
    range: t('notice.fallbackDefault'),
    granularity: t('notice.fallbackDefault'),
    agency: t('agencies.filter.all').toLowerCase(),
    status: t('programs.filter.allStatuses').toLowerCase(),
    deck: t('notice.fallbackDefault'),
    slide: '1',
    meeting: t('notice.fallbackDefault'),
    date: t('notice.fallbackDefault'),
  }
  const message = (issue: FilterIssue) => {
    if (issue.reason === 'unknown') return t('notice.unknownIndicator', { value: issue.value })
    if (issue.reason === 'after-data' && catalog.data) {
      return t('notice.afterData', {
        period: i18n.period(issue.value),
        date: i18n.date(catalog.data.dataAsOf),
      })
    }
    return t('notice.invalidParam', {
      value: issue.value,
      param: issue.param,
      fallback: fallbacks[issue.param],
    })
  }
  const messages = issues.map(message)
  if (unknownCode) {
    messages.push(t('notice.unknownRegion', { value: unknownCode, fallback: defaultRegionName }))
  }
  if (messages.length === 0) return null
  return (
    <div className="notice" role="status">
      <p className="notice__title">
        <span aria-hidden="true">ⓘ </span>
        {t('notice.title')}
      </p>
      <ul>
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  )
}
