/**
 * The indicator catalogue served by GET /indicators. Owner agencies are Pemkot Bogor OPD from
 * agencies.csv (abbreviations there are common usage, not from the source). The order here is the
 * order of the catalogue and of the series in /series responses.
 */
import type { Indicator } from '@/api/indicators'

export const INDICATOR_IDS = [
  'tpt',
  'stunting',
  'inflation',
  'poverty',
  'sakip',
  'audit-opinion',
  'program-100',
] as const
export type IndicatorId = (typeof INDICATOR_IDS)[number]

export function isIndicatorId(id: string): id is IndicatorId {
  return (INDICATOR_IDS as ReadonlyArray<string>).includes(id)
}

export const SAKIP_GRADES = ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA'] as const
export const AUDIT_GRADES = ['TMP', 'TW', 'WDP', 'WTP'] as const

const CATALOG = [
  {
    id: 'tpt',
    name: { id: 'Tingkat Pengangguran Terbuka (TPT)', en: 'Open unemployment rate' },
    shortName: { id: 'TPT', en: 'Unemployment (TPT)' },
    definition: {
      id: 'Persentase penganggur terhadap angkatan kerja (penduduk usia 15 tahun ke atas). Angka kab/kota diamati pada Sakernas Agustus.',
      en: 'Unemployed people as a share of the labour force (people aged 15 and over). Kab/kota figures come from the August Sakernas round.',
    },
    unit: 'percent',
    valueType: 'number',
    polarity: 'lower',
    frequency: 'year',
    decimals: 2,
    gradeScale: null,
    source: {
      id: 'BPS, Survei Angkatan Kerja Nasional (Sakernas)',
      en: 'BPS, National Labour Force Survey (Sakernas)',
    },
    ownerAgency: 'Disnaker',
    missionGroup: 'sejahtera',
    seriesBreaks: [],
  },
  {
    id: 'stunting',
    name: { id: 'Prevalensi balita stunting', en: 'Stunting prevalence (under-fives)' },
    shortName: { id: 'Stunting', en: 'Stunting' },
    definition: {
      id: 'Persentase balita dengan tinggi badan menurut umur di bawah −2 simpangan baku standar WHO.',
      en: 'Share of children under five whose height-for-age is below −2 standard deviations of the WHO standard.',
    },
    unit: 'percent',
    valueType: 'number',
    polarity: 'lower',
    frequency: 'year',
    decimals: 1,
    gradeScale: null,
    source: {
      id: 'Kemenkes, Survei Status Gizi Indonesia (SSGI) / Survei Kesehatan Indonesia (SKI)',
      en: 'Ministry of Health, Indonesian Nutrition Status Survey (SSGI) / Indonesian Health Survey (SKI)',
    },
    ownerAgency: 'Dinkes',
    missionGroup: 'sehat',
    seriesBreaks: [
      {
        period: '2023',
        label: { id: 'SSGI → SKI 2023: survei berbeda', en: 'SSGI → SKI 2023: different survey' },
      },
      { period: '2024', label: { id: 'SKI 2023 → SSGI 2024', en: 'SKI 2023 → SSGI 2024' } },
    ],
  },
  {
    id: 'inflation',
    name: { id: 'Inflasi tahunan (y-on-y)', en: 'Year-on-year inflation' },
    shortName: { id: 'Inflasi', en: 'Inflation' },
    definition: {
      id: 'Perubahan Indeks Harga Konsumen (IHK) dibandingkan bulan yang sama tahun sebelumnya.',
      en: 'Change in the Consumer Price Index (CPI) against the same month a year earlier.',
    },
    unit: 'percent',
    valueType: 'number',
    polarity: 'band',
    frequency: 'month',
    decimals: 2,
    gradeScale: null,
    source: { id: 'BPS, Indeks Harga Konsumen', en: 'BPS, Consumer Price Index' },
    // agencies.csv lists "Dinas Perindustrian dan Perdagangan" for Kota Bogor without an
    // abbreviation; Disperindag is the usual one.
    ownerAgency: 'Disperindag',
    missionGroup: 'sejahtera',
    seriesBreaks: [],
  },
  {
    id: 'poverty',
    name: { id: 'Persentase penduduk miskin (P0)', en: 'Poverty rate' },
    shortName: { id: 'Kemiskinan', en: 'Poverty' },
    definition: {
      id: 'Persentase penduduk dengan pengeluaran per kapita di bawah garis kemiskinan BPS.',
      en: 'Share of the population whose per-capita expenditure is below the BPS poverty line.',
    },
    unit: 'percent',
    valueType: 'number',
    polarity: 'lower',
    frequency: 'year',
    decimals: 2,
    gradeScale: null,
    source: {
      id: 'BPS, Survei Sosial Ekonomi Nasional (Susenas)',
      en: 'BPS, National Socio-Economic Survey (Susenas)',
    },
    ownerAgency: 'Bapperida',
    missionGroup: 'sejahtera',
    seriesBreaks: [],
  },
  {
    id: 'sakip',
    name: { id: 'Nilai & predikat SAKIP', en: 'SAKIP score & predicate' },
    shortName: { id: 'SAKIP', en: 'SAKIP' },
    definition: {
      id: 'Hasil evaluasi Sistem Akuntabilitas Kinerja Instansi Pemerintah: nilai 0–100 dan predikat D sampai AA.',
      en: 'Result of the evaluation of the Government Performance Accountability System: a 0–100 score and a predicate from D to AA.',
    },
    unit: 'grade',
    valueType: 'grade',
    polarity: 'higher',
    frequency: 'year',
    decimals: 2,
    gradeScale: [...SAKIP_GRADES],
    source: { id: 'KemenPAN-RB, evaluasi SAKIP', en: 'KemenPAN-RB, SAKIP evaluation' },
    ownerAgency: 'Bapperida',
    missionGroup: 'tata-kelola',
    seriesBreaks: [],
  },
  {
    id: 'audit-opinion',
    name: { id: 'Opini BPK atas LKPD', en: 'BPK audit opinion' },
    shortName: { id: 'Opini BPK', en: 'Audit opinion' },
    definition: {
      id: 'Opini Badan Pemeriksa Keuangan atas Laporan Keuangan Pemerintah Daerah, per tahun anggaran yang diperiksa.',
      en: "The Audit Board's opinion on the regional government's financial statements, by fiscal year audited.",
    },
    unit: 'grade',
    valueType: 'grade',
    polarity: 'higher',
    frequency: 'year',
    decimals: 0,
    gradeScale: [...AUDIT_GRADES],
    source: { id: 'BPK RI', en: 'Audit Board of Indonesia (BPK)' },
    ownerAgency: 'BKAD',
    missionGroup: 'tata-kelola',
    seriesBreaks: [],
  },
  {
    id: 'program-100',
    name: {
      id: 'Capaian program 100 hari & prioritas',
      en: '100-day & priority program delivery',
    },
    shortName: { id: 'Program 100 hari', en: '100-day programs' },
    definition: {
      id: 'Persentase komitmen yang jatuh tempo hingga akhir triwulan dan telah selesai.',
      en: 'Share of the commitments due by the end of the quarter that are done.',
    },
    unit: 'percent',
    valueType: 'number',
    polarity: 'higher',
    frequency: 'quarter',
    decimals: 0,
    gradeScale: null,
    source: { id: 'Pemerintah kota (sintetis)', en: 'City government (synthetic)' },
    ownerAgency: 'Bapperida',
    missionGroup: 'tata-kelola',
    seriesBreaks: [],
  },
] satisfies Array<Indicator & { id: IndicatorId }>

/** A fresh copy of the catalogue, in catalogue order. */
export function buildCatalog(): Indicator[] {
  return structuredClone(CATALOG)
}
