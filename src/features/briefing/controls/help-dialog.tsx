import { useEffect, useRef } from 'react'
import { useI18n } from '@/i18n/i18n'
import { helpRows } from './shortcuts'

/** The keys, read from the same table as the key handler. Esc or "Tutup" closes it. */
export function HelpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n()
  const close = useRef<HTMLButtonElement>(null)
  useEffect(() => close.current?.focus(), [])
  return (
    <div className="briefing__help" role="dialog" aria-modal="true" aria-labelledby="help-title">
      <h2 id="help-title">{t('briefing.helpTitle')}</h2>
      <table>
        <tbody>
          {helpRows().map((row) => (
            <tr key={row.label}>
              <th scope="row">
                {row.keys.map((key) => (
                  <kbd key={key}>{key.startsWith('key.') ? t(key as 'key.space') : key}</kbd>
                ))}
              </th>
              <td>{t(row.label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button ref={close} type="button" className="briefing__button" onClick={onClose}>
        {t('briefing.close')}
      </button>
    </div>
  )
}
