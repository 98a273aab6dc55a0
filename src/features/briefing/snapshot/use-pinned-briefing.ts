import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useEffectEvent, useLayoutEffect, useRef, useState } from 'react'
import { loadPinned, savePinned, type PinnedBriefing } from './pinned-store'
import { takeSnapshot } from './snapshot'

export type RefreshState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; before: string; after: string }
  | { status: 'failed'; before: string }

export type PinnedState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry: () => void }
  | {
      status: 'ready'
      pinned: PinnedBriefing
      /** Kept on this device (false when the browser refused to store it). */
      kept: boolean
      /** A damaged stored copy was thrown away and the data fetched again. */
      discarded: boolean
      refreshState: RefreshState
    }

export type PinnedActions = {
  /** Fetches the data anew and re-pins it; the notes, title and deck stay. */
  refresh: () => void
  /** Changes the pinned deck, title or notes (and keeps them). */
  update: (patch: Partial<Pick<PinnedBriefing, 'deck' | 'meeting' | 'date' | 'notes'>>) => void
}

type Loaded = { key: string; value: PinnedState }

/**
 * The briefing of a region, pinned: a kept copy is shown as it is (same numbers, same freeze time,
 * no request); without one the data is fetched, frozen and kept. `initial` seeds a new pin's deck
 * and title from the link.
 */
export function usePinnedBriefing(
  region: string,
  initial: () => Pick<PinnedBriefing, 'deck' | 'meeting' | 'date'>,
): [PinnedState, PinnedActions] {
  const client = useQueryClient()
  const [attempt, setAttempt] = useState(0)
  const key = `${region}#${attempt}`
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const seed = useEffectEvent(initial)

  useEffect(() => {
    let cancelled = false
    const settle = (value: PinnedState) => {
      if (!cancelled) setLoaded({ key: `${region}#${attempt}`, value })
    }
    void (async () => {
      const { pinned, discarded } = await loadPinned(region)
      if (pinned) {
        settle({ status: 'ready', pinned, kept: true, discarded, refreshState: { status: 'idle' } })
        return
      }
      try {
        const snapshot = await takeSnapshot(client, region)
        const fresh: PinnedBriefing = { version: 1, snapshot, notes: {}, ...seed() }
        const kept = await savePinned(region, fresh)
        settle({
          status: 'ready',
          pinned: fresh,
          kept,
          discarded,
          refreshState: { status: 'idle' },
        })
      } catch (error) {
        settle({ status: 'error', error, retry: () => setAttempt((n) => n + 1) })
      }
    })()
    return () => {
      cancelled = true
    }
  }, [client, region, attempt])

  const state: PinnedState = loaded?.key === key ? loaded.value : { status: 'loading' }
  // The callbacks read the state they act on when they run, not when they were made.
  const current = useRef(state)
  useLayoutEffect(() => {
    current.current = state
  })

  const replace = useCallback(
    (change: (ready: Extract<PinnedState, { status: 'ready' }>) => PinnedState) =>
      setLoaded((now) =>
        now && now.value.status === 'ready' ? { key: now.key, value: change(now.value) } : now,
      ),
    [],
  )

  const update = useCallback<PinnedActions['update']>(
    (patch) => {
      const now = current.current
      if (now.status !== 'ready') return
      const pinned = { ...now.pinned, ...patch }
      replace((ready) => ({ ...ready, pinned }))
      void savePinned(region, pinned).then((kept) => replace((ready) => ({ ...ready, kept })))
    },
    [region, replace],
  )

  const refresh = useCallback(() => {
    const now = current.current
    if (now.status !== 'ready' || now.refreshState.status === 'running') return
    const before = now.pinned.snapshot.takenAt
    replace((ready) => ({ ...ready, refreshState: { status: 'running' } }))
    void (async () => {
      try {
        const snapshot = await takeSnapshot(client, region, { fresh: true })
        const latest = current.current
        if (latest.status !== 'ready') return
        const pinned = { ...latest.pinned, snapshot }
        const kept = await savePinned(region, pinned)
        replace((ready) => ({
          ...ready,
          pinned,
          kept,
          refreshState: { status: 'done', before, after: snapshot.takenAt },
        }))
      } catch (error) {
        console.warn('[kinerja] briefing refresh failed', error)
        replace((ready) => ({ ...ready, refreshState: { status: 'failed', before } }))
      }
    })()
  }, [client, region, replace])

  return [state, { refresh, update }]
}
