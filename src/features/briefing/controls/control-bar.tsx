import type { MouseEvent, ReactNode } from 'react'
import { useI18n } from '@/i18n/i18n'

/**
 * A mouse click does not move focus to a control: a focus ring left on a clicked button would stay
 * on the audience's screen. Keyboard users still Tab to every control and get a clear ring
 * (`:focus-visible`).
 */
function keepFocus(event: MouseEvent) {
  event.preventDefault()
}

export function BarButton({
  onClick,
  label,
  pressed,
  expanded,
  disabled,
  children,
}: {
  onClick: () => void
  label?: string
  pressed?: boolean
  expanded?: boolean
  disabled?: boolean
  children: ReactNode
}) {
  return (
    <button
      type="button"
      className="briefing__button"
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      aria-expanded={expanded}
      disabled={disabled}
      onMouseDown={keepFocus}
      onClick={onClick}
    >
      {children}
    </button>
  )
}

/** The slide counter, read out as it changes ("3 / 9"); an empty deck says so instead of "1 / 0". */
export function SlideCounter({ current, total }: { current: number; total: number }) {
  const { t } = useI18n()
  return (
    <p className="briefing__counter" role="status" aria-label={t('briefing.counterLabel')}>
      {total === 0 ? t('briefing.counterEmpty') : t('briefing.counter', { current, total })}
    </p>
  )
}

export type ControlBarProps = {
  current: number
  total: number
  fullscreen: boolean
  autoplay: boolean
  panelOpen: boolean
  hidden: boolean
  onPrevious: () => void
  onNext: () => void
  onFullscreen: () => void
  onPresenter: () => void
  onAutoplay: () => void
  onPanel: () => void
  onHelp: () => void
  onExit: () => void
}

/**
 * The presenter's controls, outside the slide canvas (they never cover slide content); in full
 * screen they hide until the mouse moves. Leaving the briefing is this bar's explicit button —
 * no key leaves it.
 */
export function ControlBar(props: ControlBarProps) {
  const { t } = useI18n()
  return (
    <nav
      className={`briefing__controls${props.hidden ? ' briefing__controls--hidden' : ''}`}
      aria-label={t('briefing.controls')}
    >
      <BarButton
        label={t('briefing.previous')}
        onClick={props.onPrevious}
        disabled={props.current <= 1}
      >
        <span aria-hidden="true">◀</span>
      </BarButton>
      <SlideCounter current={props.current} total={props.total} />
      <BarButton
        label={t('briefing.next')}
        onClick={props.onNext}
        disabled={props.current >= props.total}
      >
        <span aria-hidden="true">▶</span>
      </BarButton>
      <span className="briefing__spacer" />
      <BarButton onClick={props.onFullscreen} pressed={props.fullscreen}>
        {props.fullscreen ? t('briefing.exitFullscreen') : t('briefing.fullscreen')}
      </BarButton>
      <BarButton onClick={props.onPresenter}>
        <span aria-hidden="true">▤ </span>
        {t('briefing.presenter')}
      </BarButton>
      <BarButton onClick={props.onAutoplay} pressed={props.autoplay}>
        <span aria-hidden="true">{props.autoplay ? '❚❚ ' : '▷ '}</span>
        {props.autoplay ? t('briefing.pause') : t('briefing.play')}
      </BarButton>
      <BarButton onClick={props.onPanel} expanded={props.panelOpen}>
        <span aria-hidden="true">☰ </span>
        {t('briefing.deck')}
      </BarButton>
      <BarButton label={t('briefing.help')} onClick={props.onHelp}>
        ?
      </BarButton>
      <BarButton label={t('briefing.exitLabel')} onClick={props.onExit}>
        <span aria-hidden="true">✕ </span>
        {t('briefing.exit')}
      </BarButton>
    </nav>
  )
}
