import { INTL_LOCALE, type Locale } from '@/domain/periods'

const numberFormats = new Map<string, Intl.NumberFormat>()

export function formatNumber(value: number, locale: Locale, decimals = 2): string {
  const cacheKey = `${locale}:${decimals}`
  let format = numberFormats.get(cacheKey)
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      // A value that rounds to zero prints "0,00", never "-0,00": a sign only for a printed number.
      signDisplay: 'negative',
    })
    numberFormats.set(cacheKey, format)
  }
  return format.format(value)
}

/** "9,39 %" in Indonesian (a no-break space before the sign, as BPS writes it); "9.39%" in English. */
export function formatPercent(value: number, locale: Locale, decimals = 2): string {
  const number = formatNumber(value, locale, decimals)
  return locale === 'id' ? `${number}\u00a0%` : `${number}%`
}

/**
 * The one zone Kinerja says times of day in: WIB (UTC+7), the zone freeze times and "data per"
 * are written in (docs/decisions/0081-times-of-day-in-wib.md). Every time of day shown names it (the dictionaries'
 * `time.zone`), the presenter's clock too.
 */
const TIME_ZONE = 'Asia/Jakarta'

const dateFormats = new Map<string, Intl.DateTimeFormat>()

/** "1 November 2026" / "1 November 2026" from an ISO date or date-time. */
export function formatDate(iso: string, locale: Locale, withTime = false): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)
  if (Number.isNaN(date.getTime())) return iso
  // Built once per locale and kind: creating an Intl formatter costs far more than using one.
  const cacheKey = `${locale}:${withTime}`
  let format = dateFormats.get(cacheKey)
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      ...(withTime
        ? { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE }
        : { timeZone: 'UTC' }),
    })
    dateFormats.set(cacheKey, format)
  }
  return format.format(date)
}

const clockFormats = new Map<Locale, Intl.DateTimeFormat>()

/** A wall clock's time of day in WIB, whatever the device's zone: "10.15" / "10:15". */
export function formatClock(epochMs: number, locale: Locale): string {
  let format = clockFormats.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: TIME_ZONE,
    })
    clockFormats.set(locale, format)
  }
  return format.format(new Date(epochMs))
}
