import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { Locale } from '@/domain/periods'
import { formatPeriodKey, formatPeriodKeyShort, INTL_LOCALE } from '@/domain/periods'
import { formatClock, formatDate, formatNumber, formatPercent } from './format'
import { loadMessages, messagesFor } from './messages'
import { messagesId, type MessageKey, type Messages } from './messages-id'

type TranslateValues = Record<string, string | number>

/** Dictionaries a route brought with it (the briefing's), registered as its chunk loads. */
const LATE: Record<Locale, Record<string, string>> = { id: {}, en: {} }

/**
 * Adds a route's own strings, so they stay out of the first load: the route's chunk registers
 * them when it is evaluated, before it renders. Their keys are part of MessageKey (type only).
 */
export function registerMessages(locale: Locale, messages: Readonly<Record<string, string>>) {
  Object.assign(LATE[locale], messages)
}

/** Keys that come in plural forms: `key.one` and `key.other` (Intl.PluralRules decides). */
type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.other`
    ? `${Base}.one` extends MessageKey
      ? Base
      : never
    : never
}[MessageKey]

export type I18n = {
  locale: Locale
  t: (key: MessageKey, values?: TranslateValues) => string
  /** A counted phrase, "1 release behind" / "5 releases behind": `{count}` is filled in. */
  plural: (key: PluralKey, count: number, values?: TranslateValues) => string
  number: (value: number, decimals?: number) => string
  percent: (value: number, decimals?: number) => string
  period: (key: string) => string
  /** Axis label: "Agu 2023", "TW III 2024". */
  periodShort: (key: string) => string
  /** "1 November 2026"; with the time, "1 November 2026 pukul 10.15 WIB" (the zone said). */
  date: (iso: string, withTime?: boolean) => string
  /** A wall clock's time in the same zone, named: "10.15 WIB". */
  clock: (epochMs: number) => string
}

function translate(
  locale: Locale,
  messages: Messages,
  key: MessageKey,
  values?: TranslateValues,
): string {
  const template = (messages as Readonly<Record<string, string>>)[key] ?? LATE[locale][key] ?? key
  if (!values) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  )
}

const pluralRules = new Map<Locale, Intl.PluralRules>()

function pluralCategory(locale: Locale, count: number): 'one' | 'other' {
  let rules = pluralRules.get(locale)
  if (!rules) {
    rules = new Intl.PluralRules(INTL_LOCALE[locale])
    pluralRules.set(locale, rules)
  }
  return rules.select(count) === 'one' ? 'one' : 'other'
}

/** Formatting in `locale` with its dictionary (Indonesian until another is given). */
export function createI18n(locale: Locale, messages: Messages = messagesId): I18n {
  const zone = () => translate(locale, messages, 'time.zone')
  return {
    locale,
    t: (key, values) => translate(locale, messages, key, values),
    plural: (key, count, values) =>
      translate(locale, messages, `${key}.${pluralCategory(locale, count)}` as MessageKey, {
        ...values,
        count: formatNumber(count, locale, 0),
      }),
    number: (value, decimals) => formatNumber(value, locale, decimals),
    percent: (value, decimals) => formatPercent(value, locale, decimals),
    period: (key) => formatPeriodKey(key, locale),
    periodShort: (key) => formatPeriodKeyShort(key, locale),
    date: (iso, withTime) => {
      const date = formatDate(iso, locale, withTime)
      // An unreadable stamp comes back as it was given: no zone is claimed for it.
      return withTime && date !== iso ? `${date} ${zone()}` : date
    },
    clock: (epochMs) => `${formatClock(epochMs, locale)} ${zone()}`,
  }
}

const I18nContext = createContext<I18n>(createI18n('id'))

/**
 * The language of the link. A dictionary not yet loaded (English, on first use) is fetched; until
 * it arrives the page keeps the language it had, so no page shows a mix of both.
 */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const [loadedAt, setLoaded] = useState<{ locale: Locale; dictionary: Messages }>(() => {
    const dictionary = messagesFor(locale)
    return dictionary ? { locale, dictionary } : { locale: 'id', dictionary: messagesId }
  })
  const ready = messagesFor(locale)
  const shown = ready ? { locale, dictionary: ready } : loadedAt
  if (ready && loadedAt.locale !== locale) setLoaded({ locale, dictionary: ready })
  useEffect(() => {
    if (messagesFor(locale)) return
    let active = true
    void loadMessages(locale).then(
      (dictionary) => active && setLoaded({ locale, dictionary }),
      (error: unknown) => console.warn('[kinerja] dictionary could not load', error),
    )
    return () => {
      active = false
    }
  }, [locale])
  const value = useMemo(
    () => createI18n(shown.locale, shown.dictionary),
    [shown.locale, shown.dictionary],
  )
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18n {
  return useContext(I18nContext)
}
