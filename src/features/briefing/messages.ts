import { briefingDeckEn } from '@/i18n/briefing-deck-en'
import { briefingDeckId } from '@/i18n/briefing-deck-id'
import { registerMessages } from '@/i18n/i18n'

/** The briefing's strings arrive with its chunk (not the first page's) and are registered at once. */
registerMessages('id', briefingDeckId)
registerMessages('en', briefingDeckEn)
