import { useId } from 'react'
import { useI18n } from '@/i18n/i18n'
import { useFilterActions, useFilters } from './use-filters'

export type AgencyOption = { id: string; name: string; abbreviation: string | null }

/** Picks one agency of the city (or all) into the URL's `agency` parameter. */
export function AgencyFilter({ agencies }: { agencies: ReadonlyArray<AgencyOption> }) {
  const { t } = useI18n()
  const id = useId()
  const { filters } = useFilters()
  const { chooseAgency } = useFilterActions()
  const known = agencies.some((agency) => agency.id === filters.agency)
  return (
    <div className="field field--wide">
      <label htmlFor={id}>{t('agencies.filter.label')}</label>
      <select
        id={id}
        value={known ? (filters.agency ?? '') : ''}
        onChange={(event) => chooseAgency(event.target.value || null)}
      >
        <option value="">{t('agencies.filter.all')}</option>
        {agencies.map((agency) => (
          <option key={agency.id} value={agency.id}>
            {agency.abbreviation ? `${agency.name} (${agency.abbreviation})` : agency.name}
          </option>
        ))}
      </select>
    </div>
  )
}
