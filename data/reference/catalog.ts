/**
 * The indicator catalogue served by GET /indicators. Owner agencies are Pemkot Bogor OPD from
 * agencies.csv (abbreviations there are common usage, not from the source). The order here is the
 * order of the catalogue and of the series in /series responses.
 */
import type { Indicator } from '@/api/indicators'
import { AUDIT_GRADES, SAKIP_GRADES } from './official'

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

type Lags = Indicator['release']['lagDays']
const lags = (given: Partial<Lags>): Lags => ({
  year: null,
  semester: null,
  quarter: null,
  month: null,
  ...given,
})

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
    release: {
      // Sakernas August → BRS early November; February → early May (provinces and the nation).
      lagDays: lags({ month: 67 }),
      note: {
        id: 'BPS merilis Sakernas Agustus pada awal November dan Sakernas Februari pada awal Mei.',
        en: 'BPS releases the August Sakernas in early November and the February round in early May.',
      },
    },
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
    release: {
      lagDays: lags({ year: 150 }),
      note: {
        id: 'Kemenkes menerbitkan hasil survei status gizi sekitar lima bulan setelah tahun survei berakhir.',
        en: 'The Ministry of Health publishes the nutrition survey about five months after the survey year ends.',
      },
    },
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
    release: {
      lagDays: lags({ month: 1 }),
      note: {
        id: 'BPS merilis inflasi bulanan pada hari kerja pertama bulan berikutnya.',
        en: 'BPS releases monthly inflation on the first working day of the next month.',
      },
    },
  },
  {
    id: 'poverty',
    name: { id: 'Persentase penduduk miskin (P0)', en: 'Poverty rate' },
    shortName: { id: 'Kemiskinan', en: 'Poverty' },
    definition: {
      id: 'Persentase penduduk dengan pengeluaran per kapita di bawah garis kemiskinan BPS. Angka tahunan kab/kota berasal dari Susenas Maret, putaran yang sama dengan angka Maret provinsi dan nasional.',
      en: 'Share of the population whose per-capita expenditure is below the BPS poverty line. Yearly kab/kota figures come from the March Susenas round, the same round as the provincial and national March figures.',
    },
    unit: 'percent',
    valueType: 'number',
    polarity: 'lower',
    frequency: 'year',
    // A kab/kota's yearly P0 is the March Susenas round (the province's `YYYY-03`).
    yearRound: 3,
    decimals: 2,
    gradeScale: null,
    source: {
      id: 'BPS, Survei Sosial Ekonomi Nasional (Susenas)',
      en: 'BPS, National Socio-Economic Survey (Susenas)',
    },
    ownerAgency: 'Bapperida',
    missionGroup: 'sejahtera',
    seriesBreaks: [],
    release: {
      // Kab/kota (March survey, keyed by year) mid-January; provinces: March → July, September → January.
      lagDays: lags({ year: 15, month: 106 }),
      note: {
        id: 'BPS merilis kemiskinan kab/kota (Susenas Maret) pada pertengahan Januari tahun berikutnya; angka provinsi Maret pada pertengahan Juli.',
        en: 'BPS releases kab/kota poverty (March Susenas) in mid-January of the next year; provincial March figures in mid-July.',
      },
    },
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
    release: {
      lagDays: lags({ year: 60 }),
      note: {
        id: 'KemenPAN-RB mengumumkan hasil evaluasi SAKIP sekitar dua bulan setelah tahun yang dievaluasi.',
        en: 'KemenPAN-RB announces SAKIP results about two months after the year evaluated.',
      },
    },
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
    release: {
      lagDays: lags({ year: 151 }),
      note: {
        id: 'BPK menyerahkan LHP atas LKPD tahun anggaran sebelumnya pada akhir Mei.',
        en: "BPK hands over its report on the previous fiscal year's statements at the end of May.",
      },
    },
  },
  {
    id: 'program-100',
    name: {
      id: 'Capaian program 100 hari kepala daerah',
      en: "Delivery of the mayor's 100-day program",
    },
    shortName: { id: 'Program 100 hari', en: '100-day program' },
    definition: {
      id: 'Persentase komitmen program 100 hari kepala daerah yang telah selesai, dari seluruh komitmen program itu, pada akhir triwulan. Program prioritas tahunan tidak dihitung di sini.',
      en: "Share of the mayor's 100-day commitments that are done, out of all of that program's commitments, at the end of the quarter. The year's priority programs are not counted here.",
    },
    unit: 'percent',
    valueType: 'number',
    polarity: 'higher',
    frequency: 'quarter',
    decimals: 0,
    gradeScale: null,
    source: {
      id: 'Daftar komitmen program 100 hari pemerintah kota (sintetis)',
      en: "The city government's list of 100-day commitments (synthetic)",
    },
    ownerAgency: 'Bapperida',
    missionGroup: 'tata-kelola',
    seriesBreaks: [],
    release: {
      lagDays: lags({ quarter: 0 }),
      note: {
        id: 'Dihitung pada akhir setiap triwulan; triwulan berjalan bersifat sementara, per tanggal data.',
        en: 'Counted at the end of each quarter; the current quarter is provisional, as of the data date.',
      },
    },
  },
] satisfies Array<Indicator & { id: IndicatorId }>

/** A fresh copy of the catalogue, in catalogue order. */
export function buildCatalog(): Indicator[] {
  return structuredClone(CATALOG)
}
