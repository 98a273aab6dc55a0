import type { Status } from '@/domain/status'
import { useI18n } from '@/i18n/i18n'

/** Text and a shape, never colour alone: the one table of status icons. */
const STATUS_ICONS: Record<Status, string> = {
  achieved: '✓',
  near: '◐',
  off: '✗',
  'no-target': '–',
  'no-data': '∅',
}

export function StatusBadge({ status, large = false }: { status: Status; large?: boolean }) {
  const { t } = useI18n()
  return (
    <span className={`status status--${status}${large ? ' status--large' : ''}`}>
      <span aria-hidden="true" className="status__icon">
        {STATUS_ICONS[status]}
      </span>
      {t(`status.${status}`)}
    </span>
  )
}
