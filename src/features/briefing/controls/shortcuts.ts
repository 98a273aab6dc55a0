import type { MessageKey } from '@/i18n/messages-id'

export type BriefingActions = {
  next: () => void
  previous: () => void
  first: () => void
  last: () => void
  blackout: () => void
  whiteout: () => void
  enterFullscreen: () => void
  toggleFullscreen: () => void
  /** Closes an open panel or help, else leaves full screen; never leaves the briefing. */
  escape: () => void
  presenter: () => void
  toggleAutoplay: () => void
  toggleHelp: () => void
}

type ShortcutId = keyof BriefingActions

export type Shortcut = {
  id: ShortcutId
  /** Key names as shown in the help overlay (`key.*` are translated). */
  keys: ReadonlyArray<string>
  label: MessageKey
  test: (event: KeyboardEvent) => boolean
}

const is =
  (...keys: string[]) =>
  (e: KeyboardEvent) =>
    keys.includes(e.key)

/**
 * The briefing's keys as data: the key handler and the help overlay read this one table.
 * Presentation clickers send PageDown/PageUp (some send arrows or Space), and their "start/stop"
 * button F5 and Esc in turn: F5 enters full screen (no reload), Esc only leaves it. B and . black
 * the screen out as in PowerPoint, W and , white it out; the same key brings the slide back.
 */
export const SHORTCUTS: ReadonlyArray<Shortcut> = [
  {
    id: 'next',
    keys: ['→', '↓', 'PageDown', 'key.space', 'N'],
    label: 'keys.next',
    test: (e) =>
      ['ArrowRight', 'ArrowDown', 'PageDown', 'n', 'N'].includes(e.key) ||
      (e.key === ' ' && !e.shiftKey),
  },
  {
    id: 'previous',
    keys: ['←', '↑', 'PageUp', 'key.shiftSpace'],
    label: 'keys.previous',
    test: (e) =>
      ['ArrowLeft', 'ArrowUp', 'PageUp'].includes(e.key) || (e.key === ' ' && e.shiftKey),
  },
  { id: 'first', keys: ['Home'], label: 'keys.first', test: is('Home') },
  { id: 'last', keys: ['End'], label: 'keys.last', test: is('End') },
  { id: 'blackout', keys: ['B', '.'], label: 'keys.blank', test: is('b', 'B', '.') },
  { id: 'whiteout', keys: ['W', ','], label: 'keys.white', test: is('w', 'W', ',') },
  { id: 'toggleFullscreen', keys: ['F'], label: 'keys.fullscreen', test: is('f', 'F') },
  { id: 'enterFullscreen', keys: ['F5'], label: 'keys.fullscreen', test: is('F5') },
  { id: 'escape', keys: ['Esc'], label: 'keys.exit', test: is('Escape') },
  { id: 'presenter', keys: ['P'], label: 'keys.presenter', test: is('p', 'P') },
  { id: 'toggleAutoplay', keys: ['A'], label: 'keys.autoplay', test: is('a', 'A') },
  { id: 'toggleHelp', keys: ['?', 'H'], label: 'keys.help', test: is('?', 'h', 'H') },
]

/** The shortcut a key press means, if any; browser shortcuts (Ctrl, Alt, Meta) are left alone. */
export function shortcutFor(event: KeyboardEvent): Shortcut | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined
  return SHORTCUTS.find((shortcut) => shortcut.test(event))
}

/** The help overlay's rows: one per label, its keys together (F and F5 share a row). */
export function helpRows(): Array<{ label: MessageKey; keys: string[] }> {
  const rows: Array<{ label: MessageKey; keys: string[] }> = []
  for (const shortcut of SHORTCUTS) {
    const row = rows.find((r) => r.label === shortcut.label)
    if (row) row.keys.push(...shortcut.keys)
    else rows.push({ label: shortcut.label, keys: [...shortcut.keys] })
  }
  return rows
}
