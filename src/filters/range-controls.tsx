import { useState, type FormEvent } from 'react'
import {
  compareKeys,
  formatPeriodKey,
  periodKey,
  type Granularity,
  type Period,
} from '@/domain/periods'
import {
  GRANULARITIES,
  isCoarser,
  RANGE_PRESETS,
  type KeyRange,
  type RangePreset,
} from '@/domain/ranges'
import { useI18n } from '@/i18n/i18n'
import { LAST_YEAR, periodOptions } from './period-options'
import { useFilterActions, useFilters } from './use-filters'

type RangeControlsProps = {
  /** The native frequency of the indicator on screen. */
  frequency: Granularity
  /** The range currently shown (resolved from the preset or the custom range). */
  shown: KeyRange | null
}

/** Period filtering: relative presets, a custom from–to range and the display granularity. */
export function RangeControls({ frequency, shown }: RangeControlsProps) {
  const { t, locale } = useI18n()
  const { filters } = useFilters()
  const actions = useFilterActions()
  const options = periodOptions(frequency, LAST_YEAR).reverse()
  const [from, setFrom] = useState(
    filters.from ?? shown?.from ?? (options[0] ? periodKey(options[0]) : ''),
  )
  const [to, setTo] = useState(filters.to ?? shown?.to ?? '')
  const [error, setError] = useState<string | null>(null)
  const activePreset: RangePreset | null = filters.from ? null : (filters.range ?? 'last-5-years')
  const granularities = GRANULARITIES.filter((g) => g === frequency || isCoarser(g, frequency))

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!from || !to || compareKeys(from, to) > 0) {
      setError(t('range.invalid'))
      return
    }
    setError(null)
    actions.chooseCustomRange(from, to)
  }

  return (
    <section className="range-controls" aria-label={t('range.label')}>
      <div className="field">
        <span className="field__label" id="range-preset-label">
          {t('range.preset')}
        </span>
        <div className="segmented" role="group" aria-labelledby="range-preset-label">
          {RANGE_PRESETS.map((preset) => (
            <button
              key={preset}
              type="button"
              aria-pressed={activePreset === preset}
              onClick={() => actions.chooseRange(preset)}
            >
              {t(`range.preset.${preset}`)}
            </button>
          ))}
        </div>
      </div>
      <form
        className="range-controls__custom"
        onSubmit={handleSubmit}
        aria-label={t('range.custom')}
      >
        <PeriodSelect
          id="range-from"
          label={t('range.from')}
          value={from}
          options={options}
          onChange={setFrom}
        />
        <PeriodSelect
          id="range-to"
          label={t('range.to')}
          value={to}
          options={options}
          onChange={setTo}
        />
        <button type="submit" className="button">
          {t('range.apply')}
        </button>
        {error && (
          <p role="alert" className="range-controls__error">
            {error}
          </p>
        )}
      </form>
      <div className="field">
        <label htmlFor="range-granularity">{t('range.granularity')}</label>
        <select
          id="range-granularity"
          value={filters.granularity ?? ''}
          onChange={(e) =>
            actions.chooseGranularity((e.target.value || null) as Granularity | null)
          }
        >
          <option value="">{t('range.granularityNative')}</option>
          {granularities.map((g) => (
            <option key={g} value={g}>
              {t(`granularity.${g}`)}
            </option>
          ))}
        </select>
      </div>
      {shown && (
        <p className="range-controls__shown" role="status">
          {t('range.showing', {
            from: formatPeriodKey(shown.from, locale),
            to: formatPeriodKey(shown.to, locale),
          })}
        </p>
      )}
    </section>
  )
}

type PeriodSelectProps = {
  id: string
  label: string
  value: string
  options: ReadonlyArray<Period>
  onChange: (key: string) => void
}

function PeriodSelect({ id, label, value, options, onChange }: PeriodSelectProps) {
  const { locale } = useI18n()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((p) => (
          <option key={periodKey(p)} value={periodKey(p)}>
            {formatPeriodKey(periodKey(p), locale)}
          </option>
        ))}
      </select>
    </div>
  )
}
