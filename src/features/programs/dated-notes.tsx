import type { LocalizedText } from '@/api/common'
import { useI18n } from '@/i18n/i18n'

/** Dated notes, oldest first: a program's updates or a directive's follow-ups. */
export function DatedNotes({
  notes,
}: {
  notes: ReadonlyArray<{ date: string; note: LocalizedText }>
}) {
  const i18n = useI18n()
  return (
    <ul className="follow-ups">
      {notes.map((item) => (
        <li key={item.date + item.note.id}>
          <time dateTime={item.date}>{i18n.date(item.date)}</time>: {item.note[i18n.locale]}
        </li>
      ))}
    </ul>
  )
}
