import './messages'
import { useEffect, useEffectEvent, useState } from 'react'
import { useNavigate } from 'react-router'
import { ErrorState } from '@/components/ui/query-state'
import { usePageTitle } from '@/components/ui/use-page-title'
import { usePrinting } from '@/components/ui/use-printing'
import { placeName } from '@/domain/places'
import { useBriefingPrefs, useDeckActions, useStorageDiscarded } from '@/deck/deck-store'
import { useFilterSearch } from '@/filters/use-filters'
import { useI18n } from '@/i18n/i18n'
import { SlideStage } from './canvas/slide-stage'
import { ControlBar } from './controls/control-bar'
import { HelpDialog } from './controls/help-dialog'
import type { BriefingActions } from './controls/shortcuts'
import { useFullscreen } from './controls/use-fullscreen'
import { useIdle } from './controls/use-idle'
import { useShortcutKeys } from './controls/use-shortcut-keys'
import { DeckPanel, ResetDeck } from './deck/deck-panel'
import { useBriefingDeck, type BriefingDeck } from './deck/use-briefing-deck'
import { useSlideSteps } from './controls/use-slide-steps'
import { useOfflineShell } from './offline/use-offline-shell'
import { useBriefingChannel, type Blank, type ChannelMessage } from './presenter/channel'
import { DeckSlide } from './slides/deck-slide'
import { snapshotRegion } from './slides/slide-data'
import 'virtual:tokens-briefing.css'
import './briefing.css'

type ExportState = 'idle' | 'running' | 'done' | 'failed'

/** The meeting's name as the document's title, and exactly that while printing (the PDF's title). */
function useMeetingTitle(meetingName: string) {
  usePageTitle(meetingName)
  useEffect(() => {
    let saved = document.title
    const before = () => {
      if (document.title !== meetingName) saved = document.title
      document.title = meetingName
    }
    const after = () => {
      document.title = saved
    }
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
    }
  }, [meetingName])
}

function openPresenter(): boolean {
  const url = `/briefing/presenter${window.location.search}`
  return window.open(url, 'kinerja-presenter', 'popup,width=1280,height=800') !== null
}

/** The projector: the pinned deck on one scaled canvas, walked by keyboard, clicker or a presenter window. */
export function BriefingPage() {
  const i18n = useI18n()
  const { t } = i18n
  const navigate = useNavigate()
  const search = useFilterSearch()
  const deck = useBriefingDeck()
  const prefs = useBriefingPrefs()
  const deckActions = useDeckActions()
  const storageDiscarded = useStorageDiscarded()
  const printing = usePrinting()
  const fullscreen = useFullscreen()
  // Full screen, or a window as large as the screen (F11, a kiosk): the canvas fills it.
  const idle = useIdle(fullscreen.covers)
  const [helpOpen, setHelpOpen] = useState(false)
  const [panelOpen, setPanelOpen] = useState(false)
  const [autoplay, setAutoplay] = useState(false)
  const [blank, setBlank] = useState<Blank>(null)
  const [exportState, setExportState] = useState<ExportState>('idle')
  const [presenterBlocked, setPresenterBlocked] = useState(false)
  const shell = useOfflineShell(deck.state.status === 'ready')
  const { snapshot, pages, current, total } = deck
  const region = snapshot ? snapshotRegion(snapshot) : undefined
  const regionName = region ? placeName(region) : deck.region
  const meetingName = deck.meeting.meeting ?? t('slide.title.default', { region: regionName })
  useMeetingTitle(meetingName)

  const stateMessage = (): ChannelMessage => ({
    type: 'state',
    slide: current,
    deck: deck.deck,
    meeting: deck.meeting.meeting,
    date: deck.meeting.date,
    notes: deck.notes,
    blank,
  })
  const steps = useSlideSteps(current, total, deck.show)
  const post = useBriefingChannel(deck.region, (message, reply) => {
    if (message.type === 'slide') steps.follow(message.slide)
    else if (message.type === 'blank') setBlank(message.blank)
    else if (message.type === 'hello') reply(stateMessage())
  })
  // The presenter view follows what changes here: the deck, its title, the notes, the blank screen.
  const announce = useEffectEvent(() => post(stateMessage()))
  useEffect(() => {
    announce()
  }, [deck.deck, deck.meeting, deck.notes, blank])

  const { at } = steps
  const go = (slide: number) => post({ type: 'slide', slide: steps.go(slide) })

  const actions: BriefingActions = {
    next: () => {
      if (at() >= total) setAutoplay(false)
      else go(at() + 1)
    },
    previous: () => go(at() - 1),
    first: () => go(1),
    last: () => go(total),
    blackout: () => setBlank((now) => (now === 'black' ? null : 'black')),
    whiteout: () => setBlank((now) => (now === 'white' ? null : 'white')),
    enterFullscreen: fullscreen.enter,
    toggleFullscreen: fullscreen.toggle,
    escape: () => {
      if (helpOpen) setHelpOpen(false)
      else if (panelOpen) setPanelOpen(false)
      else fullscreen.exit()
    },
    presenter: () => setPresenterBlocked(!openPresenter()),
    toggleAutoplay: () => setAutoplay((on) => !on),
    toggleHelp: () => setHelpOpen((open) => !open),
  }
  useShortcutKeys(actions, () => {
    if (!blank) return false
    setBlank(null)
    return true
  })

  const advance = useEffectEvent(() => actions.next())
  useEffect(() => {
    if (!autoplay) return
    const timer = setInterval(advance, prefs.intervalSeconds * 1000)
    return () => clearInterval(timer)
  }, [autoplay, prefs.intervalSeconds])

  async function exportPptx() {
    setExportState('running')
    try {
      const { exportDeck } = await import('./export/pptx')
      await exportDeck({ title: meetingName, fileName: meetingName, locale: i18n.locale })
      setExportState('done')
    } catch (error) {
      console.warn('[kinerja] PowerPoint export failed', error)
      setExportState('failed')
    }
  }

  const theme = printing ? 'light' : prefs.theme
  const classes = [
    'briefing',
    `briefing--${prefs.theme}`,
    fullscreen.covers ? 'briefing--fullscreen' : '',
    idle ? 'briefing--idle' : '',
  ]

  return (
    <div className={classes.filter(Boolean).join(' ')}>
      <h1 className="visually-hidden">{t('briefing.title', { region: regionName })}</h1>
      <Notices
        deck={deck}
        storageDiscarded={storageDiscarded}
        onDismissStorage={deckActions.dismissStorageNotice}
        presenterBlocked={presenterBlocked}
      />
      {deck.state.status === 'loading' && (
        <p className="briefing__loading" role="status">
          {t('briefing.starting')}
        </p>
      )}
      {deck.state.status === 'error' && (
        <div className="briefing__loading">
          <p>{t('briefing.failed')}</p>
          <ErrorState error={deck.state.error} onRetry={deck.state.retry} />
        </div>
      )}
      {snapshot && total === 0 && (
        <div className="briefing__loading briefing__empty">
          <p>{t('briefing.empty')}</p>
          <ResetDeck deck={deck} />
        </div>
      )}
      {snapshot && total > 0 && (
        <SlideStage className="briefing__stage">
          {pages.map((page, index) => (
            <section
              key={page.key}
              className="slide-canvas"
              hidden={index + 1 !== current}
              aria-label={`${deck.titles[index] ?? ''} (${index + 1} / ${total})`}
              data-slide={page.key}
            >
              <DeckSlide deck={deck} index={index} theme={theme} />
            </section>
          ))}
          {blank && (
            <div className={`briefing__blank briefing__blank--${blank}`} role="status">
              <span className="visually-hidden">{t('briefing.blanked')}</span>
            </div>
          )}
        </SlideStage>
      )}
      <ControlBar
        current={current}
        total={total}
        fullscreen={fullscreen.on}
        autoplay={autoplay}
        panelOpen={panelOpen}
        hidden={idle}
        onPrevious={actions.previous}
        onNext={actions.next}
        onFullscreen={fullscreen.toggle}
        onPresenter={actions.presenter}
        onAutoplay={actions.toggleAutoplay}
        onPanel={() => setPanelOpen((open) => !open)}
        onHelp={actions.toggleHelp}
        onExit={() => void navigate({ pathname: '/', search })}
      />
      {panelOpen && (
        <DeckPanel
          deck={deck}
          shell={shell}
          onPrint={() => window.print()}
          onExport={() => void exportPptx()}
          exportState={exportState}
        />
      )}
      {helpOpen && <HelpDialog onClose={() => setHelpOpen(false)} />}
    </div>
  )
}

function Notices({
  deck,
  storageDiscarded,
  onDismissStorage,
  presenterBlocked,
}: {
  deck: BriefingDeck
  storageDiscarded: boolean
  onDismissStorage: () => void
  presenterBlocked: boolean
}) {
  const { t } = useI18n()
  const pinnedDiscarded = deck.state.status === 'ready' && deck.state.discarded
  if (!storageDiscarded && !pinnedDiscarded && !presenterBlocked) return null
  return (
    <div className="briefing__notice" role="status">
      {storageDiscarded && (
        <p>
          {t('briefing.storedDiscarded')}{' '}
          <button type="button" className="briefing__button" onClick={onDismissStorage}>
            {t('notice.dismiss')}
          </button>
        </p>
      )}
      {pinnedDiscarded && <p>{t('briefing.pinnedDiscarded')}</p>}
      {presenterBlocked && <p>{t('briefing.presenterBlocked')}</p>}
    </div>
  )
}
