import { createContext, useContext, useState, type ReactNode } from 'react'
import { z } from 'zod/mini'
import { createStore, useStore, type StoreApi } from 'zustand'
import { DEFAULT_DECK, parseDeck } from '@/domain/deck'

/**
 * What the briefing remembers on this device: the deck per region and the projector preferences.
 * UI-only state (never server data). Loaded through a schema: corrupt or old-format storage is
 * discarded with a notice, never a crash.
 */
const STORAGE_KEY = 'kinerja.briefing'

export const THEMES = ['light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

const StoredSchema = z.object({
  version: z.literal(1),
  decks: z.record(
    z.string().check(z.regex(/^(0000|\d{2}|\d{4}|\d{7})$/)),
    z.array(z.string()).check(z.maxLength(30)),
  ),
  prefs: z.object({
    theme: z.enum(THEMES),
    intervalSeconds: z.int().check(z.minimum(5), z.maximum(600)),
  }),
})
type Stored = z.infer<typeof StoredSchema>

const INITIAL: Stored = { version: 1, decks: {}, prefs: { theme: 'light', intervalSeconds: 20 } }

export function loadStored(storage: Pick<Storage, 'getItem' | 'removeItem'>): {
  stored: Stored
  discarded: boolean
} {
  let raw: string | null
  try {
    raw = storage.getItem(STORAGE_KEY)
  } catch {
    return { stored: INITIAL, discarded: false }
  }
  if (raw === null) return { stored: INITIAL, discarded: false }
  try {
    const parsed = StoredSchema.safeParse(JSON.parse(raw))
    if (parsed.success) {
      const decks = Object.fromEntries(
        Object.entries(parsed.data.decks).map(([region, deck]) => [
          region,
          parseDeck(deck.join(',')).slides,
        ]),
      )
      return { stored: { ...parsed.data, decks }, discarded: false }
    }
  } catch {
    // not JSON: discarded below
  }
  storage.removeItem(STORAGE_KEY)
  return { stored: INITIAL, discarded: true }
}

type DeckState = Stored & {
  storageDiscarded: boolean
  saveDeck: (region: string, deck: string[]) => void
  addSlide: (region: string, slide: string) => void
  chooseTheme: (theme: Theme) => void
  chooseInterval: (seconds: number) => void
  dismissStorageNotice: () => void
}

function createDeckStore(): StoreApi<DeckState> {
  const { stored, discarded } = loadStored(window.localStorage)
  const store = createStore<DeckState>()((set, get) => ({
    ...stored,
    storageDiscarded: discarded,
    saveDeck: (region, deck) => set({ decks: { ...get().decks, [region]: deck } }),
    addSlide: (region, slide) => {
      const current = get().decks[region] ?? [...DEFAULT_DECK]
      if (current.includes(slide)) return
      set({ decks: { ...get().decks, [region]: [...current, slide] } })
    },
    chooseTheme: (theme) => set({ prefs: { ...get().prefs, theme } }),
    chooseInterval: (intervalSeconds) => set({ prefs: { ...get().prefs, intervalSeconds } }),
    dismissStorageNotice: () => set({ storageDiscarded: false }),
  }))
  store.subscribe((state) => {
    const data: Stored = { version: 1, decks: state.decks, prefs: state.prefs }
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(data))
    } catch {
      // Storage full or blocked: the deck still lives in the URL.
    }
  })
  return store
}

const DeckStoreContext = createContext<StoreApi<DeckState> | null>(null)

export function DeckStoreProvider({ children }: { children: ReactNode }) {
  const [store] = useState(createDeckStore)
  return <DeckStoreContext.Provider value={store}>{children}</DeckStoreContext.Provider>
}

function useDeckStore<T>(selector: (state: DeckState) => T): T {
  const store = useContext(DeckStoreContext)
  if (!store) throw new Error('DeckStoreProvider is missing')
  return useStore(store, selector)
}

export function useStoredDeck(region: string): string[] | undefined {
  return useDeckStore((state) => state.decks[region])
}

export function useBriefingPrefs() {
  return useDeckStore((state) => state.prefs)
}

export function useStorageDiscarded(): boolean {
  return useDeckStore((state) => state.storageDiscarded)
}

export function useDeckActions() {
  const saveDeck = useDeckStore((state) => state.saveDeck)
  const addSlide = useDeckStore((state) => state.addSlide)
  const chooseTheme = useDeckStore((state) => state.chooseTheme)
  const chooseInterval = useDeckStore((state) => state.chooseInterval)
  const dismissStorageNotice = useDeckStore((state) => state.dismissStorageNotice)
  return { saveDeck, addSlide, chooseTheme, chooseInterval, dismissStorageNotice }
}
