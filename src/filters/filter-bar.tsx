import { useQuery } from '@tanstack/react-query'
import { datasetYear } from '@/domain/dates'
import { useCallback } from 'react'
import { indicatorQueries } from '@/api/indicators'
import { ErrorState } from '@/components/ui/query-state'
import { parsePeriod, periodKey, type Locale, type Period } from '@/domain/periods'
import { useI18n } from '@/i18n/i18n'
import { LOCALES } from './filters'
import { FIRST_YEAR, periodOption } from './period-options'
import { useFilterActions, useFilters, usePrefetchFilters } from './use-filters'
import { RegionPicker } from './region-picker'
import { useResolvedRegion } from './use-region'
import './filter-bar.css'

/**
 * The "as of" choices (docs/decisions/0032-one-period-model.md): the latest, then each year from the
 * dataset's year back, with its quarters. One control for one thing: a month or semester key from
 * a link is shown as chosen, in its year.
 */
function asOfGroups(
  lastYear: number,
  current: Period | null,
): Array<{ year: number; periods: Period[] }> {
  const groups: Array<{ year: number; periods: Period[] }> = []
  for (let year = lastYear; year >= FIRST_YEAR; year -= 1) {
    const periods: Period[] = [{ kind: 'year', year }]
    for (const quarter of [4, 3, 2, 1] as const) periods.push({ kind: 'quarter', year, quarter })
    if (
      current &&
      current.year === year &&
      !periods.some((p) => periodKey(p) === periodKey(current))
    )
      periods.push(current)
    groups.push({ year, periods })
  }
  return groups
}

export function FilterBar() {
  const i18n = useI18n()
  const { t, locale } = i18n
  const { filters } = useFilters()
  const { code, region, query: regionsQuery } = useResolvedRegion()
  const catalog = useQuery(indicatorQueries.catalog())
  const lastYear = catalog.data ? datasetYear(catalog.data.dataAsOf) : null
  const current = filters.period ? parsePeriod(filters.period) : null
  const actions = useFilterActions()
  const prefetch = usePrefetchFilters()
  const previewRegion = useCallback((next: string) => prefetch({ region: next }), [prefetch])

  return (
    <form
      className="filter-bar"
      aria-label={t('filters.label')}
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="field field--region">
        <RegionPicker
          id="filter-region"
          label={t('filters.region')}
          value={region}
          onCommit={(next) => {
            if (next !== code) actions.chooseRegion(next)
          }}
          onPreview={previewRegion}
        />
        {regionsQuery.isError && !region && (
          <ErrorState error={regionsQuery.error} onRetry={() => regionsQuery.refetch()} compact />
        )}
      </div>
      <div className="field">
        <label htmlFor="filter-period">{t('filters.period')}</label>
        <select
          id="filter-period"
          value={filters.period ?? ''}
          onChange={(event) => actions.choosePeriod(event.target.value || null)}
        >
          <option value="">{t('filters.latest')}</option>
          {lastYear === null && current && (
            <option value={filters.period ?? ''}>{i18n.period(filters.period ?? '')}</option>
          )}
          {lastYear !== null &&
            asOfGroups(lastYear, current).map((group) => (
              <optgroup key={group.year} label={String(group.year)}>
                {group.periods.map((period) => {
                  const option = periodOption(period, locale)
                  return (
                    <option key={option.value} value={option.value}>
                      {period.kind === 'year'
                        ? t('filters.wholeYear', { year: period.year })
                        : option.label}
                    </option>
                  )
                })}
              </optgroup>
            ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-lang">{t('filters.language')}</label>
        <select
          id="filter-lang"
          value={filters.lang}
          onChange={(event) => actions.chooseLanguage(event.target.value as Locale)}
        >
          {LOCALES.map((lang) => (
            <option key={lang} value={lang} lang={lang}>
              {lang === 'id' ? 'Bahasa Indonesia' : 'English'}
            </option>
          ))}
        </select>
      </div>
    </form>
  )
}
