import { expect, test } from 'vitest'
import { makeIndicator } from '@/testing/fixtures'
import { PinnedBriefingSchema, type PinnedBriefing } from './pinned-store'

const pinned: PinnedBriefing = {
  version: 1,
  deck: ['title', 'tpt'],
  meeting: 'Rapat Desember',
  date: '2026-12-01',
  notes: { tpt: 'Sebut target RPJMD.' },
  snapshot: {
    region: '3271',
    takenAt: '2026-11-29T07:20:00.000Z',
    dataAsOf: '2026-11-01T08:00:00+07:00',
    indicators: [makeIndicator()],
    regions: [],
    series: [],
    children: [],
    programs: null,
    directives: null,
  },
}

test('a pinned briefing as kept reads back whole', () => {
  const copy = structuredClone(pinned)
  expect(PinnedBriefingSchema.parse(copy)).toEqual(pinned)
})

test('a damaged or older record does not parse (it is discarded and fetched again)', () => {
  const damaged: unknown[] = [
    null,
    'text',
    { ...pinned, version: 0 },
    { ...pinned, snapshot: { ...pinned.snapshot, takenAt: 'yesterday' } },
    { ...pinned, snapshot: { ...pinned.snapshot, indicators: [{ id: 'tpt' }] } },
    { ...pinned, notes: { tpt: 42 } },
    { ...pinned, deck: 'title,tpt' },
    { ...pinned, notes: { tpt: 'x'.repeat(5000) } },
  ]
  for (const value of damaged) expect(PinnedBriefingSchema.safeParse(value).success).toBe(false)
})
