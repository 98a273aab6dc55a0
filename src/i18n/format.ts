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
        ? { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Jakarta' }
        : { timeZone: 'UTC' }),
    })
    dateFormats.set(cacheKey, format)
  }
  return format.format(date)
}
