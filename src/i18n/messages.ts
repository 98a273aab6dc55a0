import type { Locale } from '@/domain/periods'
import { messagesId, type Messages } from './messages-id'

/**
 * The dictionaries: Indonesian, the default, is part of the first load; English is fetched when a
 * page asks for it (docs/decisions/0037-english-loaded-on-request.md): a few KiB gzip the
 * Indonesian-first scorecard does not carry.
 */
const loaded: Partial<Record<Locale, Messages>> = { id: messagesId }
let english: Promise<Messages> | null = null

export function messagesFor(locale: Locale): Messages | undefined {
  return loaded[locale]
}

export function loadMessages(locale: Locale): Promise<Messages> {
  const ready = loaded[locale]
  if (ready) return Promise.resolve(ready)
  english ??= import('./messages-en').then(({ messagesEn }) => (loaded.en = messagesEn))
  english.catch(() => (english = null))
  return english
}
