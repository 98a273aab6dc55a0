import { useEffect, useRef, useState, type ComponentType } from 'react'
import { placeName } from '@/domain/places'
import { useI18n } from '@/i18n/i18n'
import type { RegionPickerProps } from './region-picker-props'

type Combobox = ComponentType<RegionPickerProps & { initialInput?: string; autoFocus?: boolean }>

let loaded: Combobox | null = null
let pending: Promise<Combobox> | null = null

function loadCombobox(): Promise<Combobox> {
  pending ??= import('./region-combobox').then((module) => (loaded = module.RegionCombobox))
  pending.catch(() => (pending = null))
  return pending
}

/**
 * The region field of the filter bar and of /compare. The first paint shows a plain field with the
 * region's name (no library in the scorecard's first load); the combobox (./region-combobox,
 * downshift) is fetched once the page is idle, or at once when the field is focused, and takes the
 * field's place — with what was typed so far and the focus.
 */
export function RegionPicker(props: RegionPickerProps) {
  const { t } = useI18n()
  const [Component, setComponent] = useState<Combobox | null>(() => loaded)
  // What was typed before the combobox arrived (null: nothing, the field shows the region).
  const [early, setEarly] = useState<{ text: string | null; focused: boolean }>({
    text: null,
    focused: false,
  })
  const requested = useRef(false)

  function request() {
    if (requested.current || Component) return
    requested.current = true
    loadCombobox().then(
      (next) => setComponent(() => next),
      (error: unknown) => console.warn('[kinerja] region picker could not load', error),
    )
  }

  useEffect(() => {
    if (Component) return
    // When the page is idle (or soon, where there is no idle callback).
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(() => request())
      return () => window.cancelIdleCallback(handle)
    }
    const timer = window.setTimeout(() => request(), 200)
    return () => window.clearTimeout(timer)
  })

  if (Component) {
    return <Component {...props} initialInput={early.text ?? ''} autoFocus={early.focused} />
  }
  return (
    <div className="picker">
      <label className="field__label" htmlFor={props.id}>
        {props.label}
      </label>
      <input
        id={props.id}
        className="picker__input"
        value={early.text ?? (props.value ? placeName(props.value) : '')}
        placeholder={props.placeholder ?? t('picker.placeholder')}
        autoComplete="off"
        spellCheck={false}
        onFocus={(event) => {
          // As the combobox does: the name is selected, so typing replaces it.
          event.currentTarget.select()
          setEarly((e) => ({ ...e, focused: true }))
          request()
        }}
        onBlur={() => setEarly((e) => ({ ...e, focused: false }))}
        onChange={(event) => setEarly({ text: event.target.value, focused: true })}
      />
    </div>
  )
}
