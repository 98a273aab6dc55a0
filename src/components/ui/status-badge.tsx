import type { Status } from '@/domain/status'
import { useI18n } from '@/i18n/i18n'

/** Text and a shape, never colour alone. */
const ICONS: Record<Status, string> = {
  achieved: '✓',
  near: '◐',
  off: '✗',
  'no-target': '–',
  'no-data': '∅',
}

export function StatusBadge({ status }: { status: Status }) {
  const { t } = useI18n()
  return (
    <span className={`status status--${status}`}>
      <span aria-hidden="true" className="status__icon">
        {ICONS[status]}
      </span>
      {t(`status.${status}`)}
    </span>
  )
}
