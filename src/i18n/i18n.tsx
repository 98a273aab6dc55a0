import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { Locale } from '@/domain/periods'
import { formatPeriodKey, formatPeriodKeyShort } from '@/domain/periods'
import { formatDate, formatNumber, formatPercent } from './format'
import { messagesEn } from './messages-en'
import { messagesId, type MessageKey, type Messages } from './messages-id'

const MESSAGES: Record<Locale, Messages> = { id: messagesId, en: messagesEn }

export type TranslateValues = Record<string, string | number>

export type I18n = {
  locale: Locale
  t: (key: MessageKey, values?: TranslateValues) => string
  number: (value: number, decimals?: number) => string
  percent: (value: number, decimals?: number) => string
  period: (key: string) => string
  /** Axis label: "Agu 2023", "TW III 2024". */
  periodShort: (key: string) => string
  date: (iso: string, withTime?: boolean) => string
}

export function translate(locale: Locale, key: MessageKey, values?: TranslateValues): string {
  const template = MESSAGES[locale][key]
  if (!values) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  )
}

export function createI18n(locale: Locale): I18n {
  return {
    locale,
    t: (key, values) => translate(locale, key, values),
    number: (value, decimals) => formatNumber(value, locale, decimals),
    percent: (value, decimals) => formatPercent(value, locale, decimals),
    period: (key) => formatPeriodKey(key, locale),
    periodShort: (key) => formatPeriodKeyShort(key, locale),
    date: (iso, withTime) => formatDate(iso, locale, withTime),
  }
}

const I18nContext = createContext<I18n>(createI18n('id'))

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => createI18n(locale), [locale])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18n {
  return useContext(I18nContext)
}
