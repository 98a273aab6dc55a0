import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import { ErrorState } from '@/components/ui/query-state'
import { DEFAULT_DECK, moveSlide, parseSlideId } from '@/domain/deck'
import {
  THEMES,
  useBriefingPrefs,
  useDeckActions,
  useStorageDiscarded,
  useStoredDeck,
  type Theme,
} from '@/filters/deck-store'
import { useFilterActions, useFilterSearch, useFilters } from '@/filters/use-filters'
import { useResolvedRegion } from '@/filters/use-region'
import { useI18n } from '@/i18n/i18n'
import { usePageTitle } from '@/components/ui/use-page-title'
import { placeName } from '@/domain/places'
import { SHORTCUTS, shortcutFor, type BriefingActions } from './shortcuts'
import { SlideView, slideTitle } from './slide-view'
import { useSnapshot } from './use-snapshot'

const INTERVALS = [10, 20, 30, 60, 120] as const

function isFormControl(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLSelectElement ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement
  )
}

/**
 * The projector: a deck of slides from a frozen snapshot, walked by keyboard or clicker. The deck
 * and the slide are in the URL (shareable); the deck and preferences are also remembered locally.
 */
export function BriefingPage() {
  const i18n = useI18n()
  const { t } = i18n
  const navigate = useNavigate()
  const { filters } = useFilters()
  const filterActions = useFilterActions()
  const search = useFilterSearch()
  const { code, region } = useResolvedRegion()
  const stored = useStoredDeck(code)
  const prefs = useBriefingPrefs()
  const deckActions = useDeckActions()
  const storageDiscarded = useStorageDiscarded()
  const state = useSnapshot(code)
  const [helpOpen, setHelpOpen] = useState(false)
  const [panelOpen, setPanelOpen] = useState(false)
  const [playing, setPlaying] = useState(false)
  const helpCloseRef = useRef<HTMLButtonElement>(null)

  const deck = (filters.deck ?? stored ?? [...DEFAULT_DECK]).filter((id) => {
    const ref = parseSlideId(id)
    if (!ref || state.status !== 'ready') return ref !== null
    return (
      ref.kind === 'programs' ||
      ref.kind === 'directives' ||
      state.snapshot.indicators.some((i) => i.id === ref.indicator)
    )
  })
  const total = deck.length
  const current = Math.min(Math.max(filters.slide, 1), Math.max(total, 1))
  const theme: Theme = prefs.theme

  const show = useCallback(
    (slide: number) => filterActions.showSlide(Math.min(Math.max(slide, 1), Math.max(total, 1))),
    [filterActions, total],
  )

  const actions: BriefingActions = {
    next: () => {
      if (current >= total) setPlaying(false)
      else show(current + 1)
    },
    previous: () => show(current - 1),
    first: () => show(1),
    last: () => show(total),
    toggleHelp: () => setHelpOpen((open) => !open),
    togglePlay: () => setPlaying((on) => !on),
    toggleFullscreen: () => {
      if (document.fullscreenElement) void document.exitFullscreen?.()
      else void document.documentElement.requestFullscreen?.().catch(() => undefined)
    },
    exit: () => {
      if (helpOpen) setHelpOpen(false)
      else if (panelOpen) setPanelOpen(false)
      else if (document.fullscreenElement) void document.exitFullscreen?.()
      else void navigate({ pathname: '/', search })
    },
  }
  const handleKey = useEffectEvent((event: KeyboardEvent) => {
    const shortcut = shortcutFor(event)
    if (!shortcut) return
    if (isFormControl(event.target) && shortcut.id !== 'exit') return
    if (event.target instanceof HTMLButtonElement && event.key === ' ') return
    event.preventDefault()
    actions[shortcut.id]()
  })
  const advance = useEffectEvent(() => actions.next())

  useEffect(() => {
    window.addEventListener('keydown', handleKey)
    return () => window.removeEventListener('keydown', handleKey)
  }, [])

  useEffect(() => {
    if (!playing) return
    const timer = setInterval(advance, prefs.intervalSeconds * 1000)
    return () => clearInterval(timer)
  }, [playing, prefs.intervalSeconds])

  useEffect(() => {
    if (helpOpen) helpCloseRef.current?.focus()
  }, [helpOpen])

  function changeDeck(next: string[]) {
    filterActions.chooseDeck(next, Math.min(current, Math.max(next.length, 1)))
    deckActions.saveDeck(code, next)
  }

  const regionName = region ? placeName(region) : code
  usePageTitle(t('briefing.title', { region: regionName }))
  const indicators = state.status === 'ready' ? state.snapshot.indicators : []

  return (
    <div className={`briefing briefing--${theme}`}>
      <h1 className="visually-hidden">{t('briefing.title', { region: regionName })}</h1>
      {storageDiscarded && (
        <div className="briefing__notice" role="status">
          <p>{t('briefing.storedDiscarded')}</p>
          <button
            type="button"
            className="briefing__button"
            onClick={deckActions.dismissStorageNotice}
          >
            {t('notice.dismiss')}
          </button>
        </div>
      )}
      {state.status === 'loading' && (
        <p className="briefing__loading" role="status">
          {t('briefing.starting')}
        </p>
      )}
      {state.status === 'error' && (
        <div className="briefing__loading">
          <p>{t('briefing.failed')}</p>
          <ErrorState error={state.error} onRetry={state.retry} />
        </div>
      )}
      {state.status === 'ready' && (
        <div className="briefing__stage">
          {total === 0 && <p className="slide__headline">{t('briefing.empty')}</p>}
          {deck.map((id, index) => (
            <section
              key={id}
              className="slide"
              hidden={index + 1 !== current}
              aria-label={`${slideTitle(i18n, parseSlideId(id), indicators)} (${index + 1} / ${total})`}
            >
              <SlideView id={id} snapshot={state.snapshot} theme={theme} />
            </section>
          ))}
        </div>
      )}
      <nav className="briefing__controls" aria-label={t('briefing.title', { region: regionName })}>
        <button
          type="button"
          className="briefing__button"
          aria-label={t('briefing.previous')}
          onClick={actions.previous}
          disabled={current <= 1}
        >
          <span aria-hidden="true">◀</span>
        </button>
        <p className="briefing__counter" role="status" aria-label={t('briefing.counterLabel')}>
          {t('briefing.counter', { current, total })}
        </p>
        <button
          type="button"
          className="briefing__button"
          aria-label={t('briefing.next')}
          onClick={actions.next}
          disabled={current >= total}
        >
          <span aria-hidden="true">▶</span>
        </button>
        <button
          type="button"
          className="briefing__button"
          aria-pressed={playing}
          onClick={actions.togglePlay}
        >
          <span aria-hidden="true">{playing ? '❚❚ ' : '▶ '}</span>
          {playing ? t('briefing.pause') : t('briefing.play')}
        </button>
        <button type="button" className="briefing__button" onClick={actions.toggleFullscreen}>
          {t('briefing.fullscreen')}
        </button>
        <button
          type="button"
          className="briefing__button"
          aria-expanded={panelOpen}
          onClick={() => setPanelOpen((o) => !o)}
        >
          <span aria-hidden="true">☰ </span>
          {t('briefing.deck')}
        </button>
        <button
          type="button"
          className="briefing__button"
          aria-label={t('briefing.help')}
          onClick={actions.toggleHelp}
        >
          ?
        </button>
        <button
          type="button"
          className="briefing__button"
          onClick={() => void navigate({ pathname: '/', search })}
        >
          <span aria-hidden="true">✕ </span>
          {t('briefing.exit')}
        </button>
      </nav>
      {panelOpen && (
        <section className="briefing__panel" aria-labelledby="deck-title">
          <h2 id="deck-title">{t('briefing.deck')}</h2>
          <ol className="deck-list">
            {deck.map((id, index) => {
              const title = slideTitle(i18n, parseSlideId(id), indicators)
              return (
                <li key={id}>
                  <span>{title}</span>
                  <button
                    type="button"
                    className="briefing__button"
                    aria-label={t('briefing.moveUp', { slide: title })}
                    disabled={index === 0}
                    onClick={() => changeDeck(moveSlide(deck, index, -1))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="briefing__button"
                    aria-label={t('briefing.moveDown', { slide: title })}
                    disabled={index === deck.length - 1}
                    onClick={() => changeDeck(moveSlide(deck, index, 1))}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="briefing__button"
                    aria-label={t('briefing.remove', { slide: title })}
                    onClick={() => changeDeck(deck.filter((d) => d !== id))}
                  >
                    ✕
                  </button>
                </li>
              )
            })}
          </ol>
          <div className="briefing__settings">
            <button
              type="button"
              className="briefing__button"
              onClick={() => changeDeck([...DEFAULT_DECK])}
            >
              {t('briefing.reset')}
            </button>
            <label>
              {t('briefing.interval')}{' '}
              <select
                value={prefs.intervalSeconds}
                onChange={(e) => deckActions.chooseInterval(Number(e.target.value))}
              >
                {INTERVALS.map((seconds) => (
                  <option key={seconds} value={seconds}>
                    {seconds}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('briefing.theme')}{' '}
              <select
                value={theme}
                onChange={(e) => deckActions.chooseTheme(e.target.value as Theme)}
              >
                {THEMES.map((option) => (
                  <option key={option} value={option}>
                    {option === 'light' ? t('briefing.themeLight') : t('briefing.themeDark')}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="briefing__button" onClick={() => window.print()}>
              {t('briefing.print')}
            </button>
          </div>
        </section>
      )}
      {helpOpen && (
        <div
          className="briefing__help"
          role="dialog"
          aria-modal="true"
          aria-labelledby="help-title"
        >
          <h2 id="help-title">{t('briefing.helpTitle')}</h2>
          <table>
            <tbody>
              {SHORTCUTS.map((shortcut) => (
                <tr key={shortcut.id}>
                  <th scope="row">
                    {shortcut.keys.map((key) => (
                      <kbd key={key}>
                        {key === 'key.space' || key === 'key.shiftSpace' ? t(key) : key}
                      </kbd>
                    ))}
                  </th>
                  <td>{t(shortcut.label)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            ref={helpCloseRef}
            type="button"
            className="briefing__button"
            onClick={() => setHelpOpen(false)}
          >
            {t('briefing.close')}
          </button>
        </div>
      )}
    </div>
  )
}
