import { useEffect, useEffectEvent } from 'react'
import { shortcutFor, type BriefingActions } from './shortcuts'

function isTextEntry(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  )
}

/**
 * The briefing's keys (./shortcuts.ts) on the window. Typing in a field is left alone (Esc
 * excepted, which closes the panel); Space and Enter on a focused button press the button.
 * `anyKey` runs first for every other key press: a blanked screen comes back on any key.
 */
export function useShortcutKeys(actions: BriefingActions, anyKey?: () => boolean) {
  const handle = useEffectEvent((event: KeyboardEvent) => {
    const shortcut = shortcutFor(event)
    if (isTextEntry(event.target) && shortcut?.id !== 'escape') return
    if (event.target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter')) {
      return
    }
    if (shortcut && shortcut.id !== 'blackout' && shortcut.id !== 'whiteout' && anyKey?.()) {
      event.preventDefault()
      return
    }
    if (!shortcut) return
    event.preventDefault()
    actions[shortcut.id]()
  })
  useEffect(() => {
    window.addEventListener('keydown', handle)
    return () => window.removeEventListener('keydown', handle)
  }, [])
}
