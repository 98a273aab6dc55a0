import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { regionQueries, type Region } from '@/api/regions'
import { GRANULARITIES, periodKey, type Granularity, type Locale } from '@/domain/periods'
import { ErrorState } from '@/components/ui/query-state'
import { useI18n } from '@/i18n/i18n'
import { LOCALES } from './filters'
import { granularityOfKey, LAST_YEAR, periodOption, periodOptions } from './period-options'
import { useFilterActions, useFilters } from './use-filters'
import { useResolvedRegion } from './use-region'

const SEED_REGIONS = ['0000', '3271', '7571', '31']

/** The region, its ancestors, siblings and children, the provinces and the seed cities. */
function useNearbyRegions(region: Region | undefined): Region[] | undefined {
  const seeds = useQuery(regionQueries.byCodes(SEED_REGIONS))
  const provinces = useQuery(regionQueries.children('0000'))
  const siblings = useQuery({
    ...regionQueries.children(region?.parentCode ?? '0000'),
    enabled: region?.parentCode != null,
  })
  const children = useQuery({
    ...regionQueries.children(region?.code ?? '0000'),
    enabled: region !== undefined && region.childCount > 0,
  })
  if (!seeds.data || !region) return undefined
  const all = [
    ...seeds.data.regions,
    ...(provinces.data?.regions ?? []),
    region,
    ...(siblings.data?.regions ?? []),
    ...(children.data?.regions ?? []),
  ]
  return [...new Map(all.map((r) => [r.code, r])).values()]
}

function groupRegions(regions: ReadonlyArray<Region>) {
  const byParent = new Map<string | null, Region[]>()
  for (const region of regions) {
    const list = byParent.get(region.parentCode) ?? []
    list.push(region)
    byParent.set(region.parentCode, list)
  }
  const national = regions.filter((r) => r.level === 'national')
  const provinces = regions.filter((r) => r.level === 'province')
  const provinceGroups = provinces.map((province) => ({
    label: province.name,
    regions: [province, ...(byParent.get(province.code) ?? [])],
  }))
  const districtGroups = regions
    .filter((r) => r.level !== 'national' && r.level !== 'province' && byParent.has(r.code))
    .map((parent) => ({ parent, regions: byParent.get(parent.code) ?? [] }))
  return { national, provinceGroups, districtGroups }
}

export function FilterBar() {
  const i18n = useI18n()
  const { t, locale } = i18n
  const { filters } = useFilters()
  const { code, region, query: regionsQuery } = useResolvedRegion()
  const regions = useNearbyRegions(region)
  const actions = useFilterActions()
  const [granularity, setGranularity] = useState<Granularity>(granularityOfKey(filters.period))
  const shownGranularity = filters.period ? granularityOfKey(filters.period) : granularity
  const options = periodOptions(shownGranularity, LAST_YEAR)
  const groups = regions ? groupRegions(regions) : null

  function handleGranularityChange(next: Granularity) {
    setGranularity(next)
    if (!filters.period) return
    // Keep the same moment: the period of the new granularity that ends with the current one.
    const first = periodOptions(next, LAST_YEAR).find(
      (p) => periodKey(p).slice(0, 4) === filters.period?.slice(0, 4),
    )
    actions.choosePeriod(first ? periodKey(first) : null)
  }

  return (
    <form
      className="filter-bar"
      aria-label={t('filters.label')}
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="field">
        <label htmlFor="filter-region">{t('filters.region')}</label>
        <select
          id="filter-region"
          value={code}
          disabled={!groups}
          onChange={(event) => actions.chooseRegion(event.target.value)}
        >
          {!groups && (
            <option value={code}>{regionsQuery.isError ? code : t('state.loading')}</option>
          )}
          {groups && (
            <>
              <optgroup label={t('region.group.national')}>
                {groups.national.map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.name}
                  </option>
                ))}
              </optgroup>
              {groups.provinceGroups.map((group) => (
                <optgroup key={group.label} label={group.label}>
                  {group.regions.map((r) => (
                    <option key={r.code} value={r.code}>
                      {r.name}
                    </option>
                  ))}
                </optgroup>
              ))}
              {groups.districtGroups.map((group) => (
                <optgroup
                  key={group.parent.code}
                  label={t('region.group.districts', { name: group.parent.name })}
                >
                  {group.regions.map((r) => (
                    <option key={r.code} value={r.code}>
                      {r.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </>
          )}
        </select>
        {regionsQuery.isError && !regions && (
          <ErrorState error={regionsQuery.error} onRetry={() => regionsQuery.refetch()} compact />
        )}
      </div>
      <div className="field">
        <label htmlFor="filter-granularity">{t('filters.granularity')}</label>
        <select
          id="filter-granularity"
          value={shownGranularity}
          onChange={(event) => handleGranularityChange(event.target.value as Granularity)}
        >
          {GRANULARITIES.map((g) => (
            <option key={g} value={g}>
              {t(`granularity.${g}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-period">{t('filters.period')}</label>
        <select
          id="filter-period"
          value={filters.period ?? ''}
          onChange={(event) => actions.choosePeriod(event.target.value || null)}
        >
          <option value="">{t('filters.latest')}</option>
          {options.map((period) => {
            const option = periodOption(period, locale)
            return (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            )
          })}
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
