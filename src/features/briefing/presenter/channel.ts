import { useCallback, useEffect, useEffectEvent, useRef } from 'react'

export type Blank = 'black' | 'white' | null

/**
 * What the projector window and the presenter window tell each other (BroadcastChannel, same
 * browser and origin). Either side says when its user moved to a slide; the projector answers a
 * new presenter's `hello` with the whole state and says when the deck, its title, the notes or
 * the blank screen change. A side never repeats what it received, so the two cannot echo.
 */
export type ChannelMessage =
  | { type: 'hello' }
  | { type: 'slide'; slide: number }
  | {
      type: 'state'
      slide: number
      deck: string[]
      meeting: string | null
      date: string | null
      notes: Record<string, string>
      blank: Blank
    }
  | { type: 'blank'; blank: Blank }

function isMessage(data: unknown): data is ChannelMessage {
  return (
    typeof data === 'object' && data !== null && 'type' in data && typeof data.type === 'string'
  )
}

function channelName(region: string): string {
  return `kinerja-briefing:${region}`
}

/**
 * A BroadcastChannel for one region's briefing; `post` is stable, and `onMessage` gets it too (to
 * answer). No-op where BroadcastChannel is unsupported.
 */
export function useBriefingChannel(
  region: string,
  onMessage: (message: ChannelMessage, reply: (message: ChannelMessage) => void) => void,
) {
  const channel = useRef<BroadcastChannel | null>(null)
  const receive = useEffectEvent(onMessage)
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const opened = new BroadcastChannel(channelName(region))
    opened.onmessage = (event: MessageEvent) => {
      if (isMessage(event.data)) receive(event.data, (message) => opened.postMessage(message))
    }
    channel.current = opened
    return () => {
      opened.close()
      if (channel.current === opened) channel.current = null
    }
  }, [region])
  return useCallback((message: ChannelMessage) => channel.current?.postMessage(message), [])
}
