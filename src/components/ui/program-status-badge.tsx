import type { ProgramStatus } from '@/domain/program-status'
import { useI18n } from '@/i18n/i18n'
import './status.css'

/** Text and a shape, never colour alone. */
const ICONS: Record<ProgramStatus, string> = {
  'not-started': '○',
  'on-track': '→',
  'at-risk': '◐',
  late: '⚠',
  done: '✓',
}

export function ProgramStatusBadge({ status }: { status: ProgramStatus }) {
  const { t } = useI18n()
  return (
    <span className={`status program-status program-status--${status}`}>
      <span aria-hidden="true" className="status__icon">
        {ICONS[status]}
      </span>
      {t(`programStatus.${status}`)}
    </span>
  )
}
