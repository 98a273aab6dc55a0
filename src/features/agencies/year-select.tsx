import { useId } from 'react'
import { useFilterActions } from '@/filters/use-filters'
import { useI18n } from '@/i18n/i18n'

/**
 * The evaluation year of this page, written to the URL as `year=` — a page-local choice: the global
 * "as of" (`period=`) and every other page stay as they are
 * (docs/decisions/0032-one-period-model.md).
 */
export function YearSelect({
  years,
  value,
  label,
}: {
  years: ReadonlyArray<number>
  value: number
  label?: string
}) {
  const { t } = useI18n()
  const id = useId()
  const { chooseYear } = useFilterActions()
  return (
    <div className="field">
      <label htmlFor={id}>{label ?? t('agencies.year.label')}</label>
      <select
        id={id}
        value={String(value)}
        onChange={(event) => chooseYear(Number(event.target.value))}
      >
        {years.map((year) => (
          <option key={year} value={String(year)}>
            {year}
          </option>
        ))}
      </select>
    </div>
  )
}
