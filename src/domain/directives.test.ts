import { expect, test } from 'vitest'
import type { Directive } from '@/api/directives'
import { directiveRows, directiveSummary } from './directives'

function directive(dueDate: string, status: Directive['status']): Directive {
  return {
    id: `d-${dueDate}-${status}`,
    regionCode: '3271',
    text: { id: 'Arahan', en: 'Directive' },
    briefingDate: '2026-09-10',
    agency: { id: '3271-dinkes', name: 'Dinas Kesehatan', abbreviation: 'Dinkes' },
    dueDate,
    status,
    completedOn: status === 'done' ? dueDate : null,
    followUps: [],
    provenance: 'synthetic',
  }
}

test("a directive past its due date and not done is overdue by the days since, on the data's day", () => {
  const rows = directiveRows(
    [
      directive('2026-10-10', 'in-progress'),
      directive('2026-10-10', 'done'),
      directive('2026-11-01', 'not-started'),
      directive('2026-10-31', 'not-started'),
    ],
    '2026-11-01',
  )
  expect(rows.map((r) => r.overdueDays)).toEqual([22, null, null, 1])
  expect(directiveSummary(rows)).toEqual({ total: 4, done: 1, overdue: 2 })
})
