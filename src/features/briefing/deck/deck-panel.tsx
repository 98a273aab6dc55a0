import { useState, type ReactNode } from 'react'
import type { Indicator } from '@/api/indicators'
import { cleanMeetingName, DEFAULT_DECK, moveSlide, parseSlideId } from '@/domain/deck'
import { THEMES, useBriefingPrefs, useDeckActions, type Theme } from '@/deck/deck-store'
import { useI18n } from '@/i18n/i18n'
import type { ShellState } from '../offline/shell'
import { slideTitle } from '../slides/slide-view'
import type { RefreshState } from '../snapshot/use-pinned-briefing'
import { MAX_NOTE } from '../snapshot/pinned-store'
import { CopyLink } from './copy-link'
import type { BriefingDeck } from './use-briefing-deck'
import './deck-panel.css'

const INTERVALS = [10, 20, 30, 60, 120] as const

/** Every slide id the snapshot can show, in the order offered. */
function candidates(indicators: ReadonlyArray<Indicator>): string[] {
  return [
    'title',
    ...indicators.flatMap((i) =>
      i.valueType === 'grade'
        ? [i.id, `parents:${i.id}`]
        : [i.id, `breakdown:${i.id}`, `parents:${i.id}`],
    ),
    'programs',
    'directives',
  ]
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="deck-panel__section">
      <h3>{title}</h3>
      {children}
    </section>
  )
}

function MeetingForm({ deck }: { deck: BriefingDeck }) {
  const { t } = useI18n()
  const [name, setName] = useState(deck.meeting.meeting ?? '')
  const [date, setDate] = useState(deck.meeting.date ?? '')
  return (
    <form
      className="deck-panel__meeting"
      onSubmit={(event) => {
        event.preventDefault()
        const cleaned = cleanMeetingName(name)
        deck.changeMeeting(
          cleaned === '' ? null : cleaned,
          /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
        )
      }}
    >
      <label>
        {t('briefing.meeting')}
        <input value={name} maxLength={120} onChange={(event) => setName(event.target.value)} />
      </label>
      <label>
        {t('briefing.meetingDate')}
        <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
      </label>
      <button type="submit" className="briefing__button">
        {t('briefing.saveMeeting')}
      </button>
    </form>
  )
}

function SlideList({ deck }: { deck: BriefingDeck }) {
  const i18n = useI18n()
  const { t } = i18n
  const indicators = deck.snapshot?.indicators ?? []
  const ids = deck.deck
  return (
    <ol className="deck-list">
      {ids.map((id, index) => {
        const title = slideTitle(i18n, parseSlideId(id), indicators)
        const pages = deck.pages.filter((p) => p.id === id).length
        return (
          <li key={id}>
            <div className="deck-list__row">
              <span className="deck-list__title">
                {title}
                {pages > 1 && ` (${i18n.plural('briefing.pages', pages)})`}
              </span>
              <button
                type="button"
                className="briefing__button briefing__button--icon"
                aria-label={t('briefing.moveUp', { slide: title })}
                disabled={index === 0}
                onClick={() => deck.changeDeck(moveSlide(ids, index, -1), deck.current)}
              >
                ↑
              </button>
              <button
                type="button"
                className="briefing__button briefing__button--icon"
                aria-label={t('briefing.moveDown', { slide: title })}
                disabled={index === ids.length - 1}
                onClick={() => deck.changeDeck(moveSlide(ids, index, 1), deck.current)}
              >
                ↓
              </button>
              <button
                type="button"
                className="briefing__button briefing__button--icon"
                aria-label={t('briefing.remove', { slide: title })}
                onClick={() =>
                  deck.changeDeck(
                    ids.filter((d) => d !== id),
                    deck.current,
                  )
                }
              >
                ✕
              </button>
            </div>
            <label className="deck-list__notes">
              <span>{t('briefing.notesFor', { slide: title })}</span>
              <textarea
                key={deck.notes[id] ?? ''}
                defaultValue={deck.notes[id] ?? ''}
                maxLength={MAX_NOTE}
                rows={2}
                onBlur={(event) => {
                  if (event.target.value !== (deck.notes[id] ?? '')) {
                    deck.changeNote(id, event.target.value)
                  }
                }}
              />
            </label>
          </li>
        )
      })}
    </ol>
  )
}

function AddSlide({ deck }: { deck: BriefingDeck }) {
  const i18n = useI18n()
  const { t } = i18n
  const indicators = deck.snapshot?.indicators ?? []
  const offered = candidates(indicators).filter((id) => !deck.deck.includes(id))
  const [choice, setChoice] = useState('')
  const picked = offered.includes(choice) ? choice : (offered[0] ?? '')
  if (offered.length === 0) return null
  return (
    <div className="deck-panel__add">
      <label>
        {t('briefing.addSlide')}
        <select value={picked} onChange={(event) => setChoice(event.target.value)}>
          {offered.map((id) => (
            <option key={id} value={id}>
              {slideTitle(i18n, parseSlideId(id), indicators)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="briefing__button"
        onClick={() => picked && deck.changeDeck([...deck.deck, picked], deck.current)}
      >
        {t('briefing.add')}
      </button>
    </div>
  )
}

type PanelProps = {
  deck: BriefingDeck
  shell: ShellState
  onPrint: () => void
  onExport: () => void
  exportState: 'idle' | 'running' | 'done' | 'failed'
}

/** "Kembalikan susunan bawaan": the default deck back. */
export function ResetDeck({ deck }: { deck: BriefingDeck }) {
  const { t } = useI18n()
  return (
    <button
      type="button"
      className="briefing__button"
      onClick={() => deck.changeDeck([...DEFAULT_DECK])}
    >
      {t('briefing.reset')}
    </button>
  )
}

function DataSection({ deck, shell, onPrint, onExport, exportState }: PanelProps) {
  const i18n = useI18n()
  const { t } = i18n
  const state = deck.state
  if (state.status !== 'ready') return null
  const refresh: RefreshState = state.refreshState
  const time = (iso: string) => i18n.date(iso, true)
  const kept = !state.kept
    ? t('briefing.pinFailed')
    : shell === 'pending'
      ? t('briefing.pinning')
      : shell === 'ready'
        ? t('briefing.pinned')
        : t('briefing.pinnedDataOnly')
  return (
    <>
      <p>{t('briefing.frozenAt', { time: time(state.pinned.snapshot.takenAt) })}</p>
      <p className="deck-panel__kept">{kept}</p>
      <div className="deck-panel__actions">
        <button
          type="button"
          className="briefing__button"
          disabled={refresh.status === 'running'}
          onClick={deck.refresh}
        >
          <span aria-hidden="true">↻ </span>
          {t('briefing.refresh')}
        </button>
      </div>
      <p role="status" className="deck-panel__status">
        {refresh.status === 'running' && t('briefing.refreshing')}
        {refresh.status === 'done' &&
          t('briefing.refreshed', { old: time(refresh.before), new: time(refresh.after) })}
        {refresh.status === 'failed' && t('briefing.refreshFailed', { old: time(refresh.before) })}
      </p>
      <CopyLink />
      <div className="deck-panel__actions">
        <button type="button" className="briefing__button" onClick={onPrint}>
          <span aria-hidden="true">⎙ </span>
          {t('briefing.print')}
        </button>
        <button
          type="button"
          className="briefing__button"
          disabled={exportState === 'running' || deck.total === 0}
          onClick={onExport}
        >
          <span aria-hidden="true">⇩ </span>
          {t('briefing.exportPptx')}
        </button>
      </div>
      <p role="status" className="deck-panel__status">
        {exportState === 'running' && t('briefing.exporting')}
        {exportState === 'done' && t('briefing.exported')}
        {exportState === 'failed' && t('briefing.exportFailed')}
      </p>
    </>
  )
}

function DisplaySection() {
  const { t } = useI18n()
  const prefs = useBriefingPrefs()
  const { chooseTheme, chooseInterval } = useDeckActions()
  return (
    <div className="deck-panel__display">
      <label>
        {t('briefing.theme')}
        <select value={prefs.theme} onChange={(e) => chooseTheme(e.target.value as Theme)}>
          {THEMES.map((option) => (
            <option key={option} value={option}>
              {option === 'light' ? t('briefing.themeLight') : t('briefing.themeDark')}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('briefing.interval')}
        <select
          value={prefs.intervalSeconds}
          onChange={(e) => chooseInterval(Number(e.target.value))}
        >
          {INTERVALS.map((seconds) => (
            <option key={seconds} value={seconds}>
              {seconds}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}

/**
 * The deck panel: the title slide's meeting and day, the slides (order, removal, speaker notes,
 * adding), the frozen data (its freeze time, "Perbarui data", whether it is kept on this device),
 * sharing (copy the link, print/PDF, PowerPoint) and the display (theme, autoplay interval).
 */
export function DeckPanel(props: PanelProps) {
  const { t } = useI18n()
  const { deck } = props
  return (
    <section className="briefing__panel deck-panel" aria-labelledby="deck-title">
      <h2 id="deck-title">{t('briefing.deck')}</h2>
      <Section title={t('briefing.deckMeeting')}>
        <MeetingForm deck={deck} />
      </Section>
      <Section title={t('briefing.deckSlides')}>
        <SlideList deck={deck} />
        <AddSlide deck={deck} />
        <ResetDeck deck={deck} />
      </Section>
      <Section title={t('briefing.deckData')}>
        <DataSection {...props} />
      </Section>
      <Section title={t('briefing.deckDisplay')}>
        <DisplaySection />
      </Section>
    </section>
  )
}
