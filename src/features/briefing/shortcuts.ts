import type { MessageKey } from '@/i18n/messages-id'

export type BriefingActions = {
  next: () => void
  previous: () => void
  first: () => void
  last: () => void
  exit: () => void
  toggleHelp: () => void
  toggleFullscreen: () => void
  togglePlay: () => void
}

export type Shortcut = {
  id: keyof BriefingActions
  /** Key names as shown in the help overlay. */
  keys: ReadonlyArray<string>
  label: MessageKey
  test: (event: KeyboardEvent) => boolean
}

/**
 * The briefing's keys as data: the key handler and the help overlay read this one table.
 * Presentation clickers send PageDown/PageUp (sometimes arrows or Space).
 */
export const SHORTCUTS: ReadonlyArray<Shortcut> = [
  {
    id: 'next',
    keys: ['→', 'PageDown', 'key.space'],
    label: 'keys.next',
    test: (e) => (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') && !e.shiftKey,
  },
  {
    id: 'previous',
    keys: ['←', 'PageUp', 'key.shiftSpace'],
    label: 'keys.previous',
    test: (e) => e.key === 'ArrowLeft' || e.key === 'PageUp' || (e.key === ' ' && e.shiftKey),
  },
  { id: 'first', keys: ['Home'], label: 'keys.first', test: (e) => e.key === 'Home' },
  { id: 'last', keys: ['End'], label: 'keys.last', test: (e) => e.key === 'End' },
  {
    id: 'toggleFullscreen',
    keys: ['F'],
    label: 'keys.fullscreen',
    test: (e) => e.key === 'f' || e.key === 'F',
  },
  {
    id: 'togglePlay',
    keys: ['P'],
    label: 'keys.pause',
    test: (e) => e.key === 'p' || e.key === 'P',
  },
  {
    id: 'toggleHelp',
    keys: ['?', 'H'],
    label: 'keys.help',
    test: (e) => e.key === '?' || e.key === 'h' || e.key === 'H',
  },
  { id: 'exit', keys: ['Esc'], label: 'keys.exit', test: (e) => e.key === 'Escape' },
]

export function shortcutFor(event: KeyboardEvent): Shortcut | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined
  return SHORTCUTS.find((shortcut) => shortcut.test(event))
}
