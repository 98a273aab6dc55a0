import { expect, test } from 'vitest'
import { createI18n } from './i18n'
import { messagesEn } from './messages-en'

// 03:15 UTC is 10.15 in WIB (UTC+7) and 11.15 in WITA (Gorontalo, UTC+8).
const moment = Date.UTC(2026, 11, 7, 3, 15)

test('the clock says the time in WIB and names it, whatever the zone of the device', () => {
  expect(createI18n('id').clock(moment)).toBe('10.15 WIB')
  expect(createI18n('en', messagesEn).clock(moment)).toBe('10:15 WIB')
})

test('a time of day (the freeze time, "data per") is in the same zone and names it', () => {
  const id = createI18n('id')
  expect(id.date('2026-12-07T10:15:00+07:00', true)).toBe('7 Desember 2026 pukul 10.15 WIB')
  // Written in another zone, said in WIB.
  expect(id.date('2026-12-07T11:15:00+08:00', true)).toBe('7 Desember 2026 pukul 10.15 WIB')
  expect(createI18n('en', messagesEn).date('2026-12-07T10:15:00+07:00', true)).toBe(
    '7 December 2026 at 10:15 WIB',
  )
  // A day alone names no zone; an unreadable stamp is shown as given, with none claimed.
  expect(id.date('2026-12-07')).toBe('7 Desember 2026')
  expect(id.date('kemarin', true)).toBe('kemarin')
})
