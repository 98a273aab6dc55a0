import { useId } from 'react'
import { useFilterActions } from '@/filters/use-filters'
import { useI18n } from '@/i18n/i18n'

/** The evaluation year, written to the URL as the view's period (`period=2024`). */
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
  const { choosePeriod } = useFilterActions()
  return (
    <div className="field">
      <label htmlFor={id}>{label ?? t('agencies.year.label')}</label>
      <select id={id} value={String(value)} onChange={(event) => choosePeriod(event.target.value)}>
        {years.map((year) => (
          <option key={year} value={String(year)}>
            {year}
          </option>
        ))}
      </select>
    </div>
  )
}
