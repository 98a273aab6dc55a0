import { aboutEn } from '@/i18n/about-en'
import { aboutId } from '@/i18n/about-id'
import { registerMessages } from '@/i18n/i18n'

/** The about page's strings arrive with its chunk and are registered at once. */
registerMessages('id', aboutId)
registerMessages('en', aboutEn)
