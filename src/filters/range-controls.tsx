import { useState, type FormEvent } from 'react'
import {
  compareKeys,
  formatPeriodKey,
  periodKey,
  type Granularity,
  type Period,
} from '@/domain/periods'
import {
  DEFAULT_PRESET,
  GRANULARITIES,
  isCoarser,
  presetsFor,
  type ViewRange,
} from '@/domain/ranges'
import { useI18n } from '@/i18n/i18n'
import { periodOptions } from './period-options'
import { useFilterActions, useFilters } from './use-filters'
import './range-controls.css'

type RangeControlsProps = {
  /** The native frequency of the indicator on screen. */
  frequency: Granularity
  /** The range currently shown (resolved from the preset or the custom range). */
  shown: ViewRange | null
  /** The dataset's current year (`datasetYear`): the last year the pickers offer. */
  datasetYear: number
}

/**
 * The page's period controls (docs/decisions/0032-one-period-model.md): the relative presets this
 * frequency gives meaning to, a custom from–to range, and how the trend is grouped. The global
 * "as of" stays in the filter bar; nothing here moves it.
 */
export function RangeControls({ frequency, shown, datasetYear }: RangeControlsProps) {
  const { t, locale } = useI18n()
  const { filters } = useFilters()
  const actions = useFilterActions()
  const options = periodOptions(frequency, datasetYear).reverse()
  const [from, setFrom] = useState(
    filters.from ?? shown?.from ?? (options[0] ? periodKey(options[0]) : ''),
  )
  const [to, setTo] = useState(filters.to ?? shown?.to ?? '')
  const [error, setError] = useState<string | null>(null)
  const presets = presetsFor(frequency)
  const activePreset = shown?.preset ?? null
  const granularities = GRANULARITIES.filter((g) => isCoarser(g, frequency))

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
          {presets.map((preset) => (
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
      {granularities.length > 0 && (
        <div className="field">
          <label htmlFor="range-granularity">{t('range.granularity')}</label>
          <select
            id="range-granularity"
            value={filters.granularity ?? ''}
            onChange={(e) =>
              actions.chooseGranularity((e.target.value || null) as Granularity | null)
            }
          >
            <option value="">
              {t('range.granularityNative', { frequency: t(`frequency.${frequency}`) })}
            </option>
            {granularities.map((g) => (
              <option key={g} value={g}>
                {t(`granularity.per.${g}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      {shown && (
        <p className="range-controls__shown" role="status">
          {t('range.showing', {
            from: formatPeriodKey(shown.from, locale),
            to: formatPeriodKey(shown.to, locale),
          })}
        </p>
      )}
      {shown?.ignored && (
        <p className="notice notice--inline" role="status">
          <span aria-hidden="true">ⓘ </span>
          {t('range.ignored', {
            preset: t(`range.preset.${shown.ignored}`),
            frequency: t(`frequency.${frequency}`).toLowerCase(),
            fallback: t(`range.preset.${shown.preset ?? DEFAULT_PRESET}`),
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
