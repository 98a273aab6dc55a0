import { useEffect, useRef, useState } from 'react'
import { useI18n } from '@/i18n/i18n'

/** The link to share: this briefing's deck, title and region, from its first slide. */
function shareLink(href: string): string {
  const url = new URL(href)
  url.searchParams.delete('slide')
  return url.toString()
}

/**
 * "Salin tautan": copies the briefing's link with the Clipboard API. When the browser refuses (no
 * permission, an insecure origin), the link is shown selected in a field to copy by hand.
 */
export function CopyLink() {
  const { t } = useI18n()
  const [state, setState] = useState<'idle' | 'copied' | 'refused'>('idle')
  const [link, setLink] = useState('')
  const field = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (state === 'refused') field.current?.select()
  }, [state])
  async function copy() {
    const text = shareLink(window.location.href)
    setLink(text)
    try {
      if (!navigator.clipboard) throw new Error('no clipboard')
      await navigator.clipboard.writeText(text)
      setState('copied')
    } catch {
      setState('refused')
    }
  }
  return (
    <div className="copy-link">
      <button type="button" className="briefing__button" onClick={() => void copy()}>
        <span aria-hidden="true">⧉ </span>
        {t('briefing.copyLink')}
      </button>
      <p role="status" className="copy-link__status">
        {state === 'copied' && t('briefing.copied')}
        {state === 'refused' && t('briefing.copyFallback')}
      </p>
      {state === 'refused' && (
        <input
          ref={field}
          className="copy-link__field"
          readOnly
          value={link}
          aria-label={t('briefing.linkLabel')}
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
    </div>
  )
}
