import type { AboutKey } from './about-id'

export const aboutEn: Record<AboutKey, string> = {
  'about.intro':
    'Kinerja shows the figures a local government is judged on. Every figure says where it comes from: an official figure from its publisher, or a synthetic one generated for the demo.',
  'about.official.title': 'Official figures',
  'about.official.text':
    'Figures marked official are published by BPS, the Ministry of Health, KemenPAN-RB and BPK. Most were read in news articles quoting the publisher, so every figure says two things: its publisher and publication (“Source: BPS, Sakernas Agustus 2023”) and where it was read (“read in ANTARA”). Links open the page where the figure was read.',
  'about.calendar.title': 'Indicators, publishers and release calendars',
  'about.calendar.caption': 'Kinerja’s indicators: publisher, frequency and release calendar',
  'about.col.indicator': 'Indicator',
  'about.col.source': 'Publisher and publication',
  'about.col.frequency': 'Frequency',
  'about.col.release': 'Release calendar',
  'about.calendar.note':
    'A figure behind its release calendar is marked “Behind”, with the release that should already exist.',
  'about.synthetic.title': 'Synthetic data',
  'about.synthetic.text':
    'For the demo, gaps between official figures, district figures, the cities’ RPJMD and RKPD targets, agencies, programs and directives are generated from fixed seeds. All of it is marked “◇ Synthetic” on cards, charts, tables, slides, CSV, PNG and PowerPoint, and every synthetic figure says how it was made.',
  'about.map.title': 'The map of regions',
  'about.map.text':
    '38 provinces, 514 regencies and cities and 7,285 districts with their Kemendagri names and codes come from the package idn-area-data 4.0.1 (code © fityannugroho, MIT licence; data under the Open Database License 1.0). BPS codes are used where known; links accept either kind of code.',
  'about.map.link': 'idn-area-data on GitHub',
  'about.map.linkLabel': 'open the idn-area-data package page on GitHub (external site)',
  'about.dataAsOf': 'Data as of {date}.',
}
