/**
 * The facts of a reading as small pieces every view composes (card, indicator page, slide): the
 * source with where the figure was read, the age notice, the target with its basis. The words come
 * from src/i18n/format-indicator.ts; these only lay them out.
 */
import type { Citation, Observation } from '@/api/series'
import type { AnyReading } from '@/domain/reading'
import { useI18n } from '@/i18n/i18n'
import { ageNotice, citationLinkLabel, citationNotes, sourceLabel } from '@/i18n/format-indicator'
import './reading.css'

/** "dibaca di ANTARA ↗": a link named by what it opens, with the notes a reader needs. */
export function CitationLink({ citation }: { citation: Citation }) {
  const i18n = useI18n()
  const label = citationLinkLabel(i18n, citation)
  const notes = citationNotes(i18n, citation)
  const text = i18n.t('citation.readIn', { outlet: citation.outlet })
  return (
    <span className="citation">
      {citation.url ? (
        <a href={citation.url} target="_blank" rel="noreferrer noopener" title={label}>
          {text}
          {/* The name says what the link opens, after the visible words (WCAG label in name). */}
          <span className="visually-hidden">: {label}</span>
          <span aria-hidden="true"> ↗</span>
        </a>
      ) : (
        text
      )}
      {notes.length > 0 && <span className="citation__notes"> ({notes.join('; ')})</span>}
    </span>
  )
}

/**
 * "Sumber: BPS, Sakernas Agustus 2023 · terbit 6 November 2023 · dibaca di ANTARA ↗"; for a
 * synthetic value, that it is synthetic and how it was made.
 */
export function SourceLine({ observation }: { observation: Observation }) {
  const i18n = useI18n()
  const { t } = i18n
  return (
    <p className="source-line">
      <span>
        {t('source.label')}: {sourceLabel(i18n, observation)}
      </span>
      {observation.releaseDate && observation.provenance === 'official' && (
        <span>
          {' · '}
          {t('source.usualRelease', { date: i18n.date(observation.releaseDate) })}
        </span>
      )}
      {observation.citation && (
        <span>
          {' · '}
          <CitationLink citation={observation.citation} />
        </span>
      )}
      {observation.method && (
        <span className="source-line__method">
          {' · '}
          {observation.method[i18n.locale]}
        </span>
      )}
    </p>
  )
}

/** A visible notice when the reading trails its publisher's calendar; nothing when it does not. */
export function AgeNotice({
  reading,
  compact = false,
}: {
  reading: AnyReading
  compact?: boolean
}) {
  const i18n = useI18n()
  const notice = ageNotice(i18n, reading)
  if (!notice) return null
  return (
    <p className={compact ? 'age-notice age-notice--compact' : 'age-notice'}>
      <span className="age-notice__title">
        <span aria-hidden="true">⚠ </span>
        {notice.title}
      </span>{' '}
      <span className="age-notice__detail">{notice.detail}</span>
    </p>
  )
}
