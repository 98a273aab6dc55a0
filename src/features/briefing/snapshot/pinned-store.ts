import '@/config/zod-config'
import { createStore, del, get, set, type UseStore } from 'idb-keyval'
import { z } from 'zod/mini'
import { MAX_MEETING_NAME, MAX_SLIDES } from '@/domain/deck'
import { SnapshotSchema } from './snapshot'

/** The longest speaker note kept, in characters. */
export const MAX_NOTE = 4000

/**
 * A pinned briefing: its frozen data with its freeze time, its deck, its title slide and its
 * speaker notes, kept in this browser's IndexedDB per region. Opening the briefing again — a
 * reload, a lost network, F5 from a clicker — shows the same numbers with the same freeze time;
 * only "Perbarui data" replaces them. Read through a schema: a damaged or older record is
 * discarded with a notice and fetched again, never a crash.
 */
export const PinnedBriefingSchema = z.object({
  version: z.literal(1),
  snapshot: SnapshotSchema,
  deck: z.array(z.string()).check(z.maxLength(MAX_SLIDES)),
  meeting: z.nullable(z.string().check(z.maxLength(MAX_MEETING_NAME))),
  date: z.nullable(z.iso.date()),
  /** Speaker notes by slide id (a paginated board's pages share their slide's notes). */
  notes: z.record(z.string().check(z.maxLength(60)), z.string().check(z.maxLength(MAX_NOTE))),
})
export type PinnedBriefing = z.infer<typeof PinnedBriefingSchema>

let store: UseStore | null = null

function briefings(): UseStore {
  store ??= createStore('kinerja', 'briefings')
  return store
}

const keyOf = (region: string) => `briefing:${region}`

export type LoadedPinned = { pinned: PinnedBriefing | null; discarded: boolean }

/** The pinned briefing of a region; a damaged record is deleted and reported. */
export async function loadPinned(region: string): Promise<LoadedPinned> {
  let raw: unknown
  try {
    raw = await get(keyOf(region), briefings())
  } catch (error) {
    // No IndexedDB (a private window that refuses it): the briefing works, unpinned.
    console.warn('[kinerja] pinned briefings unavailable', error)
    return { pinned: null, discarded: false }
  }
  if (raw === undefined) return { pinned: null, discarded: false }
  const parsed = PinnedBriefingSchema.safeParse(raw)
  if (parsed.success) return { pinned: parsed.data, discarded: false }
  await del(keyOf(region), briefings()).catch(() => undefined)
  return { pinned: null, discarded: true }
}

/** Keeps the briefing on this device; false when the browser refuses (full, private mode). */
export async function savePinned(region: string, pinned: PinnedBriefing): Promise<boolean> {
  try {
    await set(keyOf(region), pinned, briefings())
    return true
  } catch (error) {
    console.warn('[kinerja] briefing could not be pinned', error)
    return false
  }
}
