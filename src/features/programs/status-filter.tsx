import { useId } from 'react'
import { PROGRAM_STATUSES, type ProgramStatus } from '@/domain/program-status'
import { useFilterActions, useFilters } from '@/filters/use-filters'
import { useI18n } from '@/i18n/i18n'

/** The program status the list narrows to, in the URL's `status` parameter. */
export function StatusFilter() {
  const { t } = useI18n()
  const id = useId()
  const { filters } = useFilters()
  const { chooseStatus } = useFilterActions()
  return (
    <div className="field">
      <label htmlFor={id}>{t('programs.filter.status')}</label>
      <select
        id={id}
        value={filters.status ?? ''}
        onChange={(event) => chooseStatus((event.target.value || null) as ProgramStatus | null)}
      >
        <option value="">{t('programs.filter.allStatuses')}</option>
        {PROGRAM_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`programStatus.${status}`)}
          </option>
        ))}
      </select>
    </div>
  )
}
