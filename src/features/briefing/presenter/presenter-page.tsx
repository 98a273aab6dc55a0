import '../messages'
import { useEffect, useState } from 'react'
import { usePageTitle } from '@/components/ui/use-page-title'
import { placeName } from '@/domain/places'
import { useBriefingPrefs } from '@/deck/deck-store'
import { useFilterActions } from '@/filters/use-filters'
import { useI18n } from '@/i18n/i18n'
import { SlideStage } from '../canvas/slide-stage'
import { BarButton, SlideCounter } from '../controls/control-bar'
import { HelpDialog } from '../controls/help-dialog'
import type { BriefingActions } from '../controls/shortcuts'
import { useFullscreen } from '../controls/use-fullscreen'
import { useShortcutKeys } from '../controls/use-shortcut-keys'
import { useSlideSteps } from '../controls/use-slide-steps'
import { useBriefingDeck, type BriefingDeck } from '../deck/use-briefing-deck'
import { snapshotRegion } from '../slides/slide-data'
import { DeckSlide } from '../slides/deck-slide'
import { useBriefingChannel, type Blank, type ChannelMessage } from './channel'
import 'virtual:tokens-briefing.css'
import '../briefing.css'
import '../controls/controls.css'
import './presenter.css'

/** "1:05:09" or "05:09": hours only once there are any. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  const mm = String(minutes).padStart(2, '0')
  const ss = String(seconds).padStart(2, '0')
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`
}

/** The wall clock, once a second (a clock, not data: the one place the briefing reads it). */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  return now
}

function Thumbnail({
  deck,
  index,
  className,
}: {
  deck: BriefingDeck
  index: number
  className: string
}) {
  const { theme } = useBriefingPrefs()
  // The deck's theme, as on the projector: a dark deck's charts are drawn for the dark slide.
  return (
    <SlideStage className={`${className} briefing--${theme}`}>
      <section className="slide-canvas" aria-label={deck.titles[index]}>
        <DeckSlide deck={deck} index={index} theme={theme} />
      </section>
    </SlideStage>
  )
}

/**
 * The presenter view, in a second window: the current and the next slide, the current slide's
 * speaker notes, the elapsed time and the clock. It follows the projector window and leads it
 * (BroadcastChannel, ./channel.ts); the clicker works in either window.
 */
export function PresenterPage() {
  const i18n = useI18n()
  const { t } = i18n
  const deck = useBriefingDeck()
  const filterActions = useFilterActions()
  const fullscreen = useFullscreen()
  const [notes, setNotes] = useState<Record<string, string> | null>(null)
  const [blank, setBlank] = useState<Blank>(null)
  const [helpOpen, setHelpOpen] = useState(false)
  const [started, setStarted] = useState(() => Date.now())
  const now = useNow()
  const { current, total, pages } = deck

  const steps = useSlideSteps(current, total, deck.show)
  const post = useBriefingChannel(deck.region, (message: ChannelMessage) => {
    if (message.type === 'slide') steps.follow(message.slide)
    if (message.type !== 'state') return
    setNotes(message.notes)
    setBlank(message.blank)
    if (message.deck.join(',') !== deck.deck.join(',')) {
      filterActions.chooseDeck(message.deck, message.slide)
    } else if (message.slide !== current) {
      steps.follow(message.slide)
    }
    if (message.meeting !== deck.meeting.meeting || message.date !== deck.meeting.date) {
      filterActions.chooseMeeting(message.meeting, message.date, message.deck)
    }
  })
  // Ask the projector window for its state: the slide it shows, the latest notes.
  useEffect(() => {
    post({ type: 'hello' })
  }, [post])

  const go = (slide: number) => post({ type: 'slide', slide: steps.go(slide) })
  const ask = (next: Blank) => post({ type: 'blank', blank: blank === next ? null : next })
  const actions: BriefingActions = {
    next: () => go(steps.at() + 1),
    previous: () => go(steps.at() - 1),
    first: () => go(1),
    last: () => go(total),
    blackout: () => ask('black'),
    whiteout: () => ask('white'),
    enterFullscreen: fullscreen.enter,
    toggleFullscreen: fullscreen.toggle,
    escape: () => (helpOpen ? setHelpOpen(false) : fullscreen.exit()),
    presenter: () => undefined,
    toggleAutoplay: () => undefined,
    toggleHelp: () => setHelpOpen((open) => !open),
  }
  useShortcutKeys(actions)

  const meetingName =
    deck.meeting.meeting ??
    t('slide.title.default', {
      region: deck.snapshot
        ? placeName(snapshotRegion(deck.snapshot) ?? { name: deck.region, level: 'city' })
        : deck.region,
    })
  usePageTitle(t('presenter.title', { meeting: meetingName }))

  const page = pages[current - 1]
  const next = pages[current]
  const shownNotes = notes ?? deck.notes
  const note = page ? shownNotes[page.id] : undefined
  // In the zone the freeze time is said in (WIB), named, whatever the device's zone.
  const clock = i18n.clock(now)

  return (
    <div className="presenter">
      <header className="presenter__header">
        <h1>{t('presenter.title', { meeting: meetingName })}</h1>
        <SlideCounter current={current} total={total} />
        <p className="presenter__time">
          <span>{t('presenter.elapsed')}</span>{' '}
          <strong className="presenter__elapsed">{formatElapsed(now - started)}</strong>
        </p>
        <p className="presenter__time">
          <span>{t('presenter.clock')}</span> <strong>{clock}</strong>
        </p>
      </header>
      {deck.state.status === 'loading' && <p role="status">{t('briefing.starting')}</p>}
      {deck.state.status === 'error' && <p role="alert">{t('briefing.failed')}</p>}
      {deck.snapshot && (
        <div className="presenter__body">
          <section className="presenter__current" aria-labelledby="presenter-current">
            <h2 id="presenter-current">
              {t('presenter.current')}: {page ? deck.titles[current - 1] : '–'}
            </h2>
            {blank && <p className="presenter__blank">{t('presenter.blanked')}</p>}
            {page && <Thumbnail deck={deck} index={current - 1} className="presenter__stage" />}
          </section>
          <section className="presenter__next" aria-labelledby="presenter-next">
            <h2 id="presenter-next">
              {t('presenter.next')}: {next ? deck.titles[current] : t('presenter.end')}
            </h2>
            {next && (
              <Thumbnail
                deck={deck}
                index={current}
                className="presenter__stage presenter__stage--small"
              />
            )}
          </section>
          <section className="presenter__notes" aria-labelledby="presenter-notes">
            <h2 id="presenter-notes">{t('presenter.notes')}</h2>
            <p className="presenter__note">{note ?? t('presenter.noNotes')}</p>
          </section>
        </div>
      )}
      <nav className="presenter__controls" aria-label={t('briefing.controls')}>
        <BarButton
          label={t('briefing.previous')}
          onClick={actions.previous}
          disabled={current <= 1}
        >
          <span aria-hidden="true">◀</span>
        </BarButton>
        <BarButton label={t('briefing.next')} onClick={actions.next} disabled={current >= total}>
          <span aria-hidden="true">▶</span>
        </BarButton>
        <BarButton onClick={() => setStarted(Date.now())}>{t('presenter.restart')}</BarButton>
        <BarButton onClick={actions.blackout} pressed={blank === 'black'}>
          {t('keys.blank')}
        </BarButton>
        <BarButton label={t('briefing.help')} onClick={actions.toggleHelp}>
          ?
        </BarButton>
      </nav>
      {helpOpen && <HelpDialog onClose={() => setHelpOpen(false)} />}
    </div>
  )
}
