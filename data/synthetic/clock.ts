/**
 * When the demo dataset was last updated. Its day is "today" for every status, age and "this
 * year" in the demo (docs/decisions/0011-program-status-and-today.md): never the wall clock.
 */
export const DATA_AS_OF = '2026-11-01T08:00:00+07:00'
