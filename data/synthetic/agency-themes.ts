/**
 * What each kind of agency works on, for the synthetic agency data: its key indicators (IKU), its
 * 100-day commitment and priority program, and the briefing directives it receives. Themes come
 * from the seed articles: online permits at DPMPTSP, stunting and posyandu at Dinkes, market
 * operations for staple prices, digital archives at Diarpus, ASN discipline at BKPSDM, SKCK Goes
 * to School, problems solved at kelurahan level before they escalate (shared/seeds/README.md).
 *
 * An agency's role is read from its official name, so the same themes serve Kota Bogor and Kota
 * Gorontalo, whose agencies are organised differently.
 */
import type { Agency } from '@/api/agencies'
import type { LocalizedText } from '@/api/common'

export type Role =
  | 'secretariat'
  | 'council'
  | 'inspectorate'
  | 'personnel'
  | 'planning'
  | 'finance'
  | 'revenue'
  | 'politics'
  | 'disaster'
  | 'health'
  | 'education'
  | 'permits'
  | 'housing'
  | 'tourism'
  | 'food'
  | 'environment'
  | 'archives'
  | 'public-works'
  | 'fire'
  | 'women-children'
  | 'social'
  | 'labour'
  | 'family-planning'
  | 'trade'
  | 'transport'
  | 'civil-registry'
  | 'order'
  | 'youth-sports'
  | 'communication'
  | 'fisheries'
  | 'kecamatan'

/** An agency of the demo and the role it plays (null: none of the themes). */
export type MockAgency = { agency: Agency; role: Role | null }

/** Name patterns, checked in order (BKPP Gorontalo is personnel before it is education). */
const ROLE_PATTERNS: ReadonlyArray<readonly [RegExp, Role]> = [
  [/^Kecamatan /, 'kecamatan'],
  [/^Sekretariat Daerah/, 'secretariat'],
  [/^Sekretariat DPRD/, 'council'],
  [/^Inspektorat/, 'inspectorate'],
  [/Kepegawaian/, 'personnel'],
  [/Perencanaan/, 'planning'],
  [/Keuangan/, 'finance'],
  [/Pendapatan/, 'revenue'],
  [/Kesatuan Bangsa/, 'politics'],
  [/Bencana/, 'disaster'],
  [/Kesehatan/, 'health'],
  [/Pendidikan/, 'education'],
  [/Penanaman Modal/, 'permits'],
  [/Perumahan/, 'housing'],
  [/Pariwisata/, 'tourism'],
  [/Pangan/, 'food'],
  [/Lingkungan Hidup/, 'environment'],
  [/Arsip|Kearsipan/, 'archives'],
  [/Pekerjaan Umum/, 'public-works'],
  [/Kebakaran/, 'fire'],
  [/Perempuan/, 'women-children'],
  [/Sosial/, 'social'],
  [/Tenaga Kerja/, 'labour'],
  [/Keluarga Berencana/, 'family-planning'],
  [/Perdagangan/, 'trade'],
  [/Perhubungan/, 'transport'],
  [/Kependudukan/, 'civil-registry'],
  [/Polisi Pamong/, 'order'],
  [/Pemuda|Olahraga/, 'youth-sports'],
  [/Komunikasi/, 'communication'],
  [/Perikanan/, 'fisheries'],
]

export function roleOf(name: string): Role | null {
  for (const [pattern, role] of ROLE_PATTERNS) if (pattern.test(name)) return role
  return null
}

/** The catalogue's owner abbreviations (data/reference/catalog.ts) and the role that owns them. */
export const CATALOG_OWNER_ROLES: Readonly<Record<string, Role>> = {
  Disnaker: 'labour',
  Dinkes: 'health',
  Disperindag: 'trade',
  Bapperida: 'planning',
  BKAD: 'finance',
}

const t = (id: string, en: string): LocalizedText => ({ id, en })

// ---------------------------------------------------------------------------------------------
// Key indicators (IKU)
// ---------------------------------------------------------------------------------------------

export type IkuTemplate = {
  id: string
  name: LocalizedText
  unit: 'percent' | 'days' | 'count' | 'index' | 'rupiah-billion'
  polarity: 'higher' | 'lower'
  decimals: number
  /** Target of 2022, and its change per year after. */
  target: number
  step: number
  /** The most the indicator can reach (100 for a percentage). */
  max?: number
}

const iku = (
  id: string,
  name: LocalizedText,
  unit: IkuTemplate['unit'],
  polarity: IkuTemplate['polarity'],
  decimals: number,
  target: number,
  step: number,
  max?: number,
): IkuTemplate => ({
  id,
  name,
  unit,
  polarity,
  decimals,
  target,
  step,
  ...(max === undefined ? (unit === 'percent' ? { max: 100 } : {}) : { max }),
})

export const IKU_TEMPLATES: Readonly<Record<Role, ReadonlyArray<IkuTemplate>>> = {
  secretariat: [
    iku(
      'ikm-kota',
      t(
        'Indeks Kepuasan Masyarakat atas pelayanan publik',
        'Public satisfaction index for public services',
      ),
      'index',
      'higher',
      2,
      80,
      1,
      100,
    ),
    iku(
      'indeks-rb',
      t('Indeks Reformasi Birokrasi', 'Bureaucratic Reform Index'),
      'index',
      'higher',
      2,
      70,
      3,
      100,
    ),
  ],
  council: [
    iku(
      'raperda-ditetapkan',
      t('Persentase rancangan perda yang ditetapkan', 'Share of draft bylaws enacted'),
      'percent',
      'higher',
      1,
      75,
      3,
    ),
  ],
  inspectorate: [
    iku(
      'tl-pengawasan',
      t(
        'Persentase rekomendasi hasil pengawasan yang ditindaklanjuti',
        'Share of audit recommendations followed up',
      ),
      'percent',
      'higher',
      1,
      80,
      4,
    ),
    iku(
      'maturitas-spip',
      t('Level maturitas SPIP', 'Internal control (SPIP) maturity level'),
      'index',
      'higher',
      2,
      3,
      0.15,
      5,
    ),
  ],
  personnel: [
    iku(
      'asn-tepat-waktu',
      t(
        'Persentase ASN hadir tepat waktu (presensi daring)',
        'Share of civil servants on time (online attendance)',
      ),
      'percent',
      'higher',
      1,
      92,
      1,
    ),
    iku(
      'pelanggaran-disiplin',
      t('Jumlah pelanggaran disiplin berat ASN', 'Serious disciplinary breaches by civil servants'),
      'count',
      'lower',
      0,
      12,
      -2,
    ),
    iku(
      'asn-20-jp',
      t(
        'Persentase ASN memenuhi 20 JP pengembangan kompetensi',
        'Share of civil servants with 20 hours of training',
      ),
      'percent',
      'higher',
      1,
      60,
      8,
    ),
  ],
  planning: [
    iku(
      'indikator-rpjmd-tercapai',
      t('Persentase indikator RPJMD yang mencapai target', 'Share of RPJMD indicators on target'),
      'percent',
      'higher',
      1,
      70,
      3,
    ),
    iku(
      'konsistensi-rkpd-apbd',
      t('Konsistensi program RKPD dan APBD', 'Consistency of RKPD programs and the budget'),
      'percent',
      'higher',
      1,
      88,
      2,
    ),
  ],
  finance: [
    iku(
      'realisasi-belanja',
      t('Persentase realisasi belanja APBD', 'Share of the budget spent'),
      'percent',
      'higher',
      2,
      90,
      1,
    ),
    iku(
      'rekomendasi-bpk-terbuka',
      t('Jumlah rekomendasi BPK belum ditindaklanjuti', 'BPK recommendations not yet followed up'),
      'count',
      'lower',
      0,
      20,
      -3,
    ),
  ],
  revenue: [
    iku(
      'realisasi-pad',
      t('Realisasi pendapatan asli daerah', 'Own-source revenue collected'),
      'rupiah-billion',
      'higher',
      0,
      1000,
      80,
    ),
    iku(
      'pajak-daring',
      t('Persentase pajak daerah dibayar secara daring', 'Share of local taxes paid online'),
      'percent',
      'higher',
      1,
      60,
      8,
    ),
  ],
  politics: [
    iku(
      'konflik-tertangani',
      t(
        'Persentase potensi konflik sosial yang tertangani',
        'Share of potential social conflicts handled',
      ),
      'percent',
      'higher',
      1,
      90,
      2,
    ),
  ],
  disaster: [
    iku(
      'bencana-24-jam',
      t(
        'Persentase kejadian bencana tertangani dalam 24 jam',
        'Share of disasters responded to within 24 hours',
      ),
      'percent',
      'higher',
      1,
      90,
      2,
    ),
    iku(
      'kelurahan-tangguh',
      t('Jumlah kelurahan tangguh bencana', 'Disaster-resilient kelurahan'),
      'count',
      'higher',
      0,
      10,
      3,
    ),
  ],
  health: [
    iku(
      'stunting-eppgbm',
      t(
        'Prevalensi balita stunting hasil penimbangan (e-PPGBM)',
        'Stunting prevalence from monthly weighing (e-PPGBM)',
      ),
      'percent',
      'lower',
      2,
      5,
      -0.5,
    ),
    iku(
      'posyandu-aktif',
      t('Persentase posyandu aktif', 'Share of active posyandu'),
      'percent',
      'higher',
      1,
      80,
      3,
    ),
    iku(
      'imunisasi-dasar',
      t('Cakupan imunisasi dasar lengkap', 'Full basic immunisation coverage'),
      'percent',
      'higher',
      1,
      90,
      1,
    ),
  ],
  education: [
    iku(
      'apm-smp',
      t('Angka partisipasi murni SMP/MTs', 'Net enrolment rate, junior secondary'),
      'percent',
      'higher',
      2,
      82,
      1,
    ),
    iku(
      'apk-paud',
      t('Angka partisipasi kasar PAUD', 'Gross enrolment rate, early childhood'),
      'percent',
      'higher',
      2,
      70,
      2,
    ),
  ],
  permits: [
    iku(
      'izin-tepat-waktu',
      t('Persentase izin terbit tepat waktu', 'Share of permits issued on time'),
      'percent',
      'higher',
      1,
      90,
      2,
    ),
    iku(
      'waktu-izin',
      t('Rata-rata waktu penerbitan izin', 'Average time to issue a permit'),
      'days',
      'lower',
      1,
      5,
      -0.5,
    ),
    iku(
      'izin-daring',
      t('Persentase layanan perizinan secara daring', 'Share of permit services online'),
      'percent',
      'higher',
      1,
      70,
      7,
    ),
    iku(
      'realisasi-investasi',
      t('Realisasi investasi', 'Investment realised'),
      'rupiah-billion',
      'higher',
      0,
      3500,
      250,
    ),
  ],
  housing: [
    iku(
      'rtlh-direhab',
      t('Jumlah rumah tidak layak huni yang direhabilitasi', 'Unfit homes repaired'),
      'count',
      'higher',
      0,
      300,
      50,
    ),
  ],
  tourism: [
    iku(
      'kunjungan-wisatawan',
      t('Kunjungan wisatawan (ribu orang)', 'Visitors (thousands)'),
      'count',
      'higher',
      0,
      3500,
      300,
    ),
  ],
  food: [
    iku(
      'skor-pph',
      t('Skor Pola Pangan Harapan', 'Desirable Dietary Pattern score'),
      'index',
      'higher',
      1,
      88,
      1.5,
      100,
    ),
    iku(
      'cadangan-beras',
      t('Cadangan beras pemerintah daerah (ton)', 'Local government rice reserve (tonnes)'),
      'count',
      'higher',
      0,
      50,
      10,
    ),
  ],
  environment: [
    iku(
      'sampah-terkelola',
      t('Persentase sampah terkelola', 'Share of waste managed'),
      'percent',
      'higher',
      1,
      70,
      3,
    ),
    iku(
      'ikplh',
      t('Indeks Kualitas Lingkungan Hidup', 'Environmental Quality Index'),
      'index',
      'higher',
      2,
      55,
      1,
      100,
    ),
  ],
  archives: [
    iku(
      'arsip-vital-digital',
      t('Persentase arsip vital yang didigitalkan', 'Share of vital records digitised'),
      'percent',
      'higher',
      1,
      30,
      15,
    ),
    iku(
      'kunjungan-perpustakaan',
      t('Kunjungan perpustakaan (orang)', 'Library visits (people)'),
      'count',
      'higher',
      0,
      120000,
      10000,
    ),
  ],
  'public-works': [
    iku(
      'jalan-mantap',
      t('Persentase jalan kota dalam kondisi mantap', 'Share of city roads in good condition'),
      'percent',
      'higher',
      2,
      80,
      2,
    ),
    iku(
      'titik-genangan',
      t('Jumlah titik genangan', 'Flooding spots'),
      'count',
      'lower',
      0,
      40,
      -5,
    ),
  ],
  fire: [
    iku(
      'waktu-tanggap-kebakaran',
      t('Waktu tanggap kebakaran (menit)', 'Fire response time (minutes)'),
      'count',
      'lower',
      1,
      15,
      -0.5,
    ),
  ],
  'women-children': [
    iku(
      'kekerasan-tertangani',
      t(
        'Persentase kasus kekerasan terhadap perempuan dan anak yang tertangani',
        'Share of violence cases against women and children handled',
      ),
      'percent',
      'higher',
      1,
      95,
      1,
    ),
  ],
  social: [
    iku(
      'miskin-ekstrem-diintervensi',
      t(
        'Persentase keluarga miskin ekstrem yang diintervensi',
        'Share of extreme-poor families reached',
      ),
      'percent',
      'higher',
      1,
      70,
      7,
    ),
    iku(
      'dtks-padan-nik',
      t('Persentase DTKS padan NIK', 'Share of the social registry matched to NIK'),
      'percent',
      'higher',
      1,
      90,
      2,
    ),
  ],
  labour: [
    iku(
      'pencari-kerja-ditempatkan',
      t('Persentase pencari kerja yang ditempatkan', 'Share of jobseekers placed'),
      'percent',
      'higher',
      1,
      35,
      3,
    ),
    iku(
      'peserta-pelatihan',
      t('Peserta pelatihan berbasis kompetensi', 'Competency-based training participants'),
      'count',
      'higher',
      0,
      800,
      100,
    ),
  ],
  'family-planning': [
    iku(
      'kb-mkjp',
      t(
        'Persentase peserta KB aktif metode jangka panjang',
        'Share of long-acting contraception users',
      ),
      'percent',
      'higher',
      1,
      25,
      1.5,
    ),
    iku(
      'tfr',
      t('Angka kelahiran total (TFR)', 'Total fertility rate'),
      'index',
      'lower',
      2,
      2.1,
      -0.02,
    ),
  ],
  trade: [
    iku(
      'disparitas-harga',
      t('Disparitas harga bahan pokok antarpasar', 'Staple price gap between markets'),
      'percent',
      'lower',
      1,
      12,
      -1,
    ),
    iku(
      'operasi-pasar',
      t('Jumlah operasi pasar murah', 'Low-price market operations held'),
      'count',
      'higher',
      0,
      12,
      4,
    ),
  ],
  transport: [
    iku(
      'titik-kemacetan',
      t('Jumlah titik kemacetan', 'Congestion hot spots'),
      'count',
      'lower',
      0,
      25,
      -2,
    ),
    iku(
      'pengguna-angkutan-umum',
      t('Persentase perjalanan dengan angkutan umum', 'Share of trips by public transport'),
      'percent',
      'higher',
      1,
      20,
      2,
    ),
  ],
  'civil-registry': [
    iku(
      'ktp-el',
      t('Persentase kepemilikan KTP-el', 'Share of residents with an e-ID card'),
      'percent',
      'higher',
      2,
      97,
      0.5,
    ),
    iku(
      'akta-kelahiran',
      t('Persentase anak memiliki akta kelahiran', 'Share of children with a birth certificate'),
      'percent',
      'higher',
      1,
      92,
      1.5,
    ),
  ],
  order: [
    iku(
      'pelanggaran-perda',
      t('Persentase pelanggaran perda yang ditindaklanjuti', 'Share of bylaw breaches acted on'),
      'percent',
      'higher',
      1,
      80,
      3,
    ),
  ],
  'youth-sports': [
    iku(
      'medali-porprov',
      t('Medali pada pekan olahraga provinsi', 'Medals at the provincial games'),
      'count',
      'higher',
      0,
      60,
      8,
    ),
  ],
  communication: [
    iku(
      'indeks-spbe',
      t('Indeks SPBE', 'e-Government (SPBE) index'),
      'index',
      'higher',
      2,
      3.2,
      0.2,
      5,
    ),
    iku(
      'aduan-tuntas',
      t('Persentase aduan masyarakat yang tuntas', 'Share of citizen complaints resolved'),
      'percent',
      'higher',
      1,
      85,
      2,
    ),
  ],
  fisheries: [
    iku(
      'produksi-perikanan',
      t('Produksi perikanan (ton)', 'Fish production (tonnes)'),
      'count',
      'higher',
      0,
      9000,
      500,
    ),
  ],
  kecamatan: [
    iku(
      'aduan-selesai-di-wilayah',
      t(
        'Persentase aduan warga selesai di tingkat kelurahan dan kecamatan',
        'Share of complaints resolved at kelurahan or kecamatan level',
      ),
      'percent',
      'higher',
      1,
      70,
      4,
    ),
    iku(
      'ikm-paten',
      t(
        'Indeks Kepuasan Masyarakat layanan PATEN',
        'Satisfaction index of PATEN district services',
      ),
      'index',
      'higher',
      2,
      80,
      1,
      100,
    ),
  ],
}

// ---------------------------------------------------------------------------------------------
// Programs
// ---------------------------------------------------------------------------------------------

export type ProgramTemplate = {
  title: LocalizedText
  milestones: readonly [LocalizedText, LocalizedText, LocalizedText]
}

const program = (
  title: LocalizedText,
  a: LocalizedText,
  b: LocalizedText,
  c: LocalizedText,
): ProgramTemplate => ({ title, milestones: [a, b, c] })

/** One 100-day commitment per role (kecamatan get theirs from {@link kecamatanHundredDay}). */
export const HUNDRED_DAY: Readonly<Partial<Record<Role, ProgramTemplate>>> = {
  secretariat: program(
    t(
      'Evaluasi kinerja seluruh perangkat daerah setiap triwulan',
      'Quarterly performance review of every agency',
    ),
    t('Format laporan kinerja seragam', 'One performance report format'),
    t('Briefing Pimpinan evaluasi pertama', 'First review at the leadership briefing'),
    t('Rekap tindak lanjut arahan', 'Follow-up of directives summarised'),
  ),
  inspectorate: program(
    t('Zona integritas di unit layanan publik', 'Integrity zones in public service units'),
    t('Penetapan unit percontohan', 'Pilot units chosen'),
    t('Pendampingan lembar kerja evaluasi', 'Coaching on the assessment worksheet'),
    t('Penilaian mandiri selesai', 'Self-assessment finished'),
  ),
  personnel: program(
    t(
      'Presensi daring dan apel disiplin ASN',
      'Online attendance and civil-servant discipline roll calls',
    ),
    t('Aplikasi presensi berbasis lokasi', 'Location-based attendance app'),
    t('Apel gabungan mingguan', 'Weekly joint roll call'),
    t('Rekap disiplin dilaporkan ke pimpinan', 'Discipline summary reported to the leadership'),
  ),
  planning: program(
    t(
      'Penyelarasan RPJMD 2025–2029 dengan visi wali kota',
      "Align the RPJMD 2025–2029 with the mayor's vision",
    ),
    t('Konsultasi publik rancangan awal', 'Public consultation on the first draft'),
    t('Musrenbang RPJMD', 'RPJMD planning forum'),
    t('Rancangan perda diserahkan ke DPRD', 'Draft bylaw sent to the council'),
  ),
  finance: program(
    t('Percepatan tindak lanjut rekomendasi BPK', 'Faster follow-up of BPK audit recommendations'),
    t('Inventarisasi rekomendasi terbuka', 'Open recommendations listed'),
    t('Rapat pemantauan mingguan', 'Weekly follow-up meetings'),
    t('Laporan tindak lanjut ke BPK', 'Follow-up report sent to BPK'),
  ),
  revenue: program(
    t('Pembayaran pajak daerah secara daring', 'Local taxes paid online'),
    t('Kanal pembayaran QRIS', 'QRIS payment channel'),
    t('Sosialisasi wajib pajak', 'Taxpayer outreach'),
    t('Laporan penerimaan harian', 'Daily receipts report'),
  ),
  politics: program(
    t(
      'Forum kewaspadaan dini masyarakat di setiap kecamatan',
      'Community early-warning forum in every kecamatan',
    ),
    t('Pembentukan forum', 'Forums set up'),
    t('Pelatihan deteksi dini', 'Early-detection training'),
    t('Laporan bulanan pertama', 'First monthly report'),
  ),
  disaster: program(
    t('Kelurahan tangguh bencana', 'Disaster-resilient kelurahan'),
    t('Pemetaan kelurahan rawan longsor dan banjir', 'Landslide and flood-prone kelurahan mapped'),
    t('Pelatihan relawan', 'Volunteers trained'),
    t('Simulasi evakuasi', 'Evacuation drill'),
  ),
  health: program(
    t('Aktivasi posyandu di seluruh kelurahan', 'Activate the posyandu in every kelurahan'),
    t('Pendataan posyandu tidak aktif', 'Inactive posyandu surveyed'),
    t('Pelatihan kader posyandu', 'Posyandu volunteers trained'),
    t('Posyandu aktif dilaporkan', 'Active posyandu reported'),
  ),
  education: program(
    t(
      'SKCK Goes to School: layanan SKCK di SMA/SMK bersama Polresta',
      'SKCK Goes to School: police certificates issued at high schools with the city police',
    ),
    t('Kesepakatan dengan Polresta', 'Agreement with the city police'),
    t('Pendataan siswa kelas XII', 'Year-12 students listed'),
    t('Layanan di sekolah', 'Service held at schools'),
  ),
  permits: program(
    t('Layanan perizinan daring tanpa tatap muka', 'Permits online, with no counter visit'),
    t('Integrasi formulir dengan OSS-RBA', 'Forms integrated with OSS-RBA'),
    t('Uji coba tanda tangan elektronik', 'Electronic signature pilot'),
    t('Peluncuran layanan', 'Service launched'),
  ),
  housing: program(
    t('Rehabilitasi rumah tidak layak huni', 'Repair unfit homes'),
    t('Verifikasi calon penerima', 'Recipients verified'),
    t('Pengerjaan oleh kelompok masyarakat', 'Works by community groups'),
    t('Serah terima rumah', 'Homes handed over'),
  ),
  tourism: program(
    t('Kalender event budaya kota', 'City cultural events calendar'),
    t('Kurasi event bersama komunitas', 'Events chosen with local groups'),
    t('Peluncuran kalender', 'Calendar launched'),
    t('Event pertama terselenggara', 'First event held'),
  ),
  food: program(
    t('Gerakan menanam cabai dan sayur di pekarangan', 'Home-garden chilli and vegetable drive'),
    t('Pembagian bibit', 'Seedlings handed out'),
    t('Pendampingan kelompok wanita tani', 'Women farmer groups supported'),
    t('Panen perdana', 'First harvest'),
  ),
  environment: program(
    t('Penanganan sampah di titik rawan', 'Clear waste hot spots'),
    t('Pemetaan titik sampah liar', 'Illegal dumps mapped'),
    t('Pengangkutan tambahan', 'Extra collection runs'),
    t('Pemasangan CCTV dan papan larangan', 'CCTV and signs installed'),
  ),
  archives: program(
    t(
      'Digitalisasi arsip vital kependudukan dan aset',
      'Digitise vital population and asset records',
    ),
    t('Inventarisasi arsip vital', 'Vital records inventoried'),
    t('Pemindaian 50.000 lembar', '50,000 pages scanned'),
    t('Unggah ke aplikasi SRIKANDI', 'Uploaded to SRIKANDI'),
  ),
  'public-works': program(
    t('Tambal jalan berlubang di jalan kota', 'Patch potholes on city roads'),
    t('Survei kondisi jalan', 'Road condition survey'),
    t('Penambalan 5.000 m²', '5,000 m² patched'),
    t('Laporan foto sebelum dan sesudah', 'Before-and-after photo report'),
  ),
  fire: program(
    t(
      'Pemeriksaan alat pemadam di pasar dan gedung publik',
      'Fire extinguisher checks in markets and public buildings',
    ),
    t('Daftar gedung prioritas', 'Priority buildings listed'),
    t('Pemeriksaan lapangan', 'Site inspections'),
    t('Rekomendasi perbaikan', 'Repairs recommended'),
  ),
  'women-children': program(
    t(
      'Layanan pengaduan kekerasan perempuan dan anak 24 jam',
      '24-hour hotline for violence against women and children',
    ),
    t('Nomor layanan diluncurkan', 'Hotline number launched'),
    t('Konselor siaga bergilir', 'Counsellors on rota'),
    t('Rujukan ke rumah aman', 'Referrals to the safe house'),
  ),
  social: program(
    t('Verifikasi data keluarga miskin ekstrem', 'Verify the list of extreme-poor families'),
    t('Pemadanan DTKS dengan NIK', 'Social registry matched to NIK'),
    t('Verifikasi lapangan oleh lurah', 'Field checks by the lurah'),
    t('Penetapan sasaran', 'Beneficiaries set'),
  ),
  labour: program(
    t('Bursa kerja kota', 'City job fair'),
    t('Kerja sama 50 perusahaan', '50 employers signed up'),
    t('Pelaksanaan bursa kerja', 'Job fair held'),
    t('Pendataan pelamar yang diterima', 'Hired applicants recorded'),
  ),
  'family-planning': program(
    t('Pelayanan KB serentak', 'Family planning service day'),
    t('Penyiapan tenaga dan alat kontrasepsi', 'Staff and contraceptives ready'),
    t('Pelayanan di puskesmas dan klinik', 'Service at health centres and clinics'),
    t('Laporan peserta baru', 'New users reported'),
  ),
  trade: program(
    t(
      'Operasi pasar murah jelang Ramadan dan Idulfitri',
      'Low-price market operations before Ramadan and Eid',
    ),
    t('Koordinasi TPID dan Bulog', 'Coordination with the inflation team and Bulog'),
    t('Operasi pasar di setiap kecamatan', 'A market operation in every kecamatan'),
    t('Pemantauan harga harian', 'Daily price monitoring'),
  ),
  transport: program(
    t('Penataan angkutan kota di pusat kota', 'Reorganise city minibuses downtown'),
    t('Kajian rute', 'Route study'),
    t('Uji coba rute baru', 'New routes trialled'),
    t('Evaluasi bersama operator', 'Review with operators'),
  ),
  'civil-registry': program(
    t('Pelayanan adminduk jemput bola', 'Civil registration where people are'),
    t('Jadwal layanan keliling', 'Mobile service schedule'),
    t('Layanan di sekolah dan panti', 'Service at schools and care homes'),
    t('Rekap dokumen terbit', 'Documents issued summarised'),
  ),
  order: program(
    t('Penataan pedagang kaki lima di pusat kota', 'Reorganise street vendors downtown'),
    t('Pendataan pedagang', 'Vendors registered'),
    t('Relokasi ke lokasi binaan', 'Moved to managed sites'),
    t('Patroli rutin', 'Regular patrols'),
  ),
  'youth-sports': program(
    t('Revitalisasi lapangan olahraga kelurahan', 'Refurbish kelurahan sports fields'),
    t('Penetapan lokasi', 'Sites chosen'),
    t('Perbaikan lapangan', 'Fields repaired'),
    t('Serah terima ke karang taruna', 'Handed to youth groups'),
  ),
  communication: program(
    t('Kanal pengaduan warga terpadu', 'One channel for citizen complaints'),
    t('Integrasi SP4N-LAPOR!', 'SP4N-LAPOR! integrated'),
    t('Admin di setiap perangkat daerah', 'An administrator in every agency'),
    t('Laporan tindak lanjut bulanan', 'Monthly follow-up report'),
  ),
  fisheries: program(
    t('Bantuan sarana nelayan kecil', 'Equipment for small-scale fishers'),
    t('Verifikasi kelompok nelayan', 'Fisher groups verified'),
    t('Penyaluran alat tangkap', 'Fishing gear delivered'),
    t('Pendampingan pemasaran', 'Marketing support'),
  ),
}

export function kecamatanHundredDay(name: string): ProgramTemplate {
  return program(
    t(
      `${name}: layanan PATEN selesai dalam satu hari`,
      `${name}: PATEN district services done in one day`,
    ),
    t('Standar pelayanan diumumkan', 'Service standards published'),
    t('Loket terpadu di kantor kecamatan', 'One counter at the kecamatan office'),
    t('Survei kepuasan warga', 'Residents surveyed'),
  )
}

/** One priority program per role, for the current year. */
export const PRIORITY: Readonly<Partial<Record<Role, ProgramTemplate>>> = {
  secretariat: program(
    t(
      'Reformasi birokrasi: penyederhanaan struktur organisasi',
      'Bureaucratic reform: a simpler organisation',
    ),
    t('Kajian beban kerja', 'Workload study'),
    t('Penyetaraan jabatan', 'Posts aligned'),
    t('Peraturan wali kota ditetapkan', 'Mayoral regulation enacted'),
  ),
  inspectorate: program(
    t('Pendampingan SAKIP seluruh perangkat daerah', 'SAKIP coaching for every agency'),
    t('Reviu perjanjian kinerja', 'Performance agreements reviewed'),
    t('Klinik SAKIP', 'SAKIP clinics'),
    t('Evaluasi internal selesai', 'Internal evaluation finished'),
  ),
  personnel: program(
    t('Tunjangan kinerja berbasis capaian SKP', 'Performance allowance tied to SKP results'),
    t('Peraturan wali kota disusun', 'Mayoral regulation drafted'),
    t('Integrasi e-kinerja dan presensi', 'e-Kinerja and attendance linked'),
    t('Pembayaran TPP berbasis kinerja', 'Performance-based allowance paid'),
  ),
  planning: program(
    t('Satu data indikator kinerja daerah', 'One data set for regional performance indicators'),
    t('Katalog indikator', 'Indicator catalogue'),
    t('Walidata di setiap perangkat daerah', 'A data steward in every agency'),
    t('Dasbor kinerja untuk publik', 'Public performance dashboard'),
  ),
  finance: program(
    t('Penyerapan anggaran tepat waktu setiap triwulan', 'Budget spent on schedule every quarter'),
    t('Rencana penarikan dana', 'Cash plan'),
    t('Lelang dini', 'Early tendering'),
    t('Realisasi triwulan III di atas 70 %', 'Q3 spending above 70%'),
  ),
  health: program(
    t(
      'Percepatan penurunan stunting: pendampingan 1.000 hari pertama kehidupan',
      'Faster stunting reduction: support in the first 1,000 days',
    ),
    t('Pemetaan balita berisiko', 'At-risk toddlers mapped'),
    t('Pemberian makanan tambahan berbahan lokal', 'Local supplementary feeding'),
    t('Penimbangan serentak dan validasi e-PPGBM', 'Simultaneous weighing and e-PPGBM check'),
  ),
  education: program(
    t('Beasiswa bagi siswa dari keluarga miskin', 'Scholarships for pupils from poor families'),
    t('Penetapan kriteria', 'Criteria set'),
    t('Seleksi penerima', 'Recipients selected'),
    t('Penyaluran tahap I', 'First payment'),
  ),
  permits: program(
    t(
      'Mal Pelayanan Publik: 200 jenis layanan dalam satu gedung',
      'Public service mall: 200 services under one roof',
    ),
    t('Kerja sama dengan instansi vertikal', 'Agreements with central-government offices'),
    t('Penataan gerai', 'Counters fitted out'),
    t('Survei kepuasan', 'Satisfaction survey'),
  ),
  food: program(
    t('Cadangan pangan daerah', 'Regional food reserve'),
    t('Gudang cadangan beras', 'Rice reserve warehouse'),
    t('Pengadaan 100 ton beras', '100 tonnes of rice procured'),
    t('Penyaluran saat gejolak harga', 'Released during price spikes'),
  ),
  environment: program(
    t('TPS3R di setiap kecamatan', 'A reduce-reuse-recycle depot in every kecamatan'),
    t('Penetapan lokasi', 'Sites chosen'),
    t('Pembangunan', 'Construction'),
    t('Operasional oleh kelompok masyarakat', 'Run by community groups'),
  ),
  archives: program(
    t('Perpustakaan keliling ke sekolah dan kelurahan', 'Mobile library for schools and kelurahan'),
    t('Penjadwalan rute', 'Routes scheduled'),
    t('Pengadaan koleksi', 'Books bought'),
    t('Layanan berjalan di 30 titik', 'Service running at 30 stops'),
  ),
  'public-works': program(
    t('Penanganan genangan di ruas rawan banjir', 'Fix flooding on flood-prone roads'),
    t('Normalisasi saluran', 'Drains cleared'),
    t('Pembangunan sumur resapan', 'Infiltration wells built'),
    t('Uji pada musim hujan', 'Tested in the rainy season'),
  ),
  social: program(
    t('Intervensi terpadu keluarga miskin ekstrem', 'Joined-up support for extreme-poor families'),
    t('Bantuan sosial tersalurkan', 'Social assistance paid'),
    t('Perbaikan rumah dan jamban', 'Homes and latrines repaired'),
    t('Evaluasi graduasi', 'Graduation review'),
  ),
  labour: program(
    t(
      'Pelatihan berbasis kompetensi bagi pencari kerja muda',
      'Competency-based training for young jobseekers',
    ),
    t('Seleksi peserta', 'Participants selected'),
    t('Pelatihan 10 kejuruan', 'Training in 10 trades'),
    t('Sertifikasi dan penempatan', 'Certification and placement'),
  ),
  trade: program(
    t(
      'Pengendalian inflasi: pemantauan harga harian di pasar tradisional',
      'Inflation control: daily price watch in traditional markets',
    ),
    t('Dasbor harga bahan pokok', 'Staple price dashboard'),
    t('Gerakan pangan murah bulanan', 'Monthly low-price food drive'),
    t('Laporan TPID triwulanan', 'Quarterly inflation team report'),
  ),
  transport: program(
    t('Transportasi umum terintegrasi', 'Integrated public transport'),
    t('Halte dan jalur prioritas', 'Stops and priority lanes'),
    t('Kartu pembayaran terpadu', 'One payment card'),
    t('Operasi koridor pertama', 'First corridor running'),
  ),
  'civil-registry': program(
    t('Identitas Kependudukan Digital untuk seluruh ASN', 'Digital ID for every civil servant'),
    t('Aktivasi di perangkat daerah', 'Activation in every agency'),
    t('Aktivasi di kelurahan', 'Activation in every kelurahan'),
    t('Integrasi dengan layanan kota', 'Linked to city services'),
  ),
  communication: program(
    t('Penerapan SPBE: layanan digital terintegrasi', 'e-Government: integrated digital services'),
    t('Arsitektur SPBE kota', 'City e-government architecture'),
    t('Integrasi 20 aplikasi layanan', '20 service apps integrated'),
    t('Evaluasi mandiri SPBE', 'e-Government self-assessment'),
  ),
  disaster: program(
    t('Sistem peringatan dini banjir dan longsor', 'Flood and landslide early warning'),
    t('Pemasangan sensor curah hujan', 'Rain gauges installed'),
    t('Integrasi notifikasi warga', 'Resident alerts linked'),
    t('Uji coba peringatan', 'Warning trialled'),
  ),
  'women-children': program(
    t('Kota Layak Anak: sekolah ramah anak', 'Child-friendly city: child-friendly schools'),
    t('Penetapan sekolah sasaran', 'Schools chosen'),
    t('Pelatihan guru', 'Teachers trained'),
    t('Verifikasi lapangan', 'Field verification'),
  ),
}

// ---------------------------------------------------------------------------------------------
// Briefing directives
// ---------------------------------------------------------------------------------------------

export type DirectiveTemplate = { role: Role; text: LocalizedText }

/** Directives of a Briefing Pimpinan; each goes to the city's agency with that role. */
export const DIRECTIVES: ReadonlyArray<DirectiveTemplate> = [
  {
    role: 'permits',
    text: t(
      'Percepat penerbitan izin daring dan laporkan izin yang melewati standar waktu layanan',
      'Speed up online permits and report those past the service standard',
    ),
  },
  {
    role: 'health',
    text: t(
      'Pastikan posyandu di kelurahan lokus stunting aktif setiap bulan',
      'Make sure the posyandu in stunting focus kelurahan meet every month',
    ),
  },
  {
    role: 'trade',
    text: t(
      'Gelar operasi pasar bila harga beras dan cabai naik di atas harga eceran tertinggi',
      'Run market operations if rice and chilli prices rise above the ceiling price',
    ),
  },
  {
    role: 'archives',
    text: t(
      'Tuntaskan digitalisasi arsip vital sebelum akhir tahun',
      'Finish digitising vital records before the end of the year',
    ),
  },
  {
    role: 'personnel',
    text: t(
      'Tindak tegas ASN yang tidak hadir tanpa keterangan',
      'Act firmly on civil servants absent without leave',
    ),
  },
  {
    role: 'education',
    text: t(
      'Koordinasikan perluasan SKCK Goes to School ke seluruh SMA/SMK',
      'Coordinate extending SKCK Goes to School to every high school',
    ),
  },
  {
    role: 'kecamatan',
    text: t(
      'Selesaikan aduan warga di tingkat kelurahan; bahas di kecamatan bila tidak tuntas',
      "Settle residents' complaints at kelurahan level; take them to the kecamatan if unresolved",
    ),
  },
  {
    role: 'environment',
    text: t(
      'Bersihkan titik sampah liar di bantaran sungai',
      'Clear illegal dumps on the river banks',
    ),
  },
  {
    role: 'public-works',
    text: t(
      'Perbaiki jalan berlubang yang dilaporkan warga paling lambat tujuh hari',
      'Repair potholes reported by residents within seven days',
    ),
  },
  {
    role: 'labour',
    text: t(
      'Siapkan data pencari kerja untuk bursa kerja triwulan IV',
      'Prepare jobseeker data for the fourth-quarter job fair',
    ),
  },
  {
    role: 'social',
    text: t(
      'Validasi ulang penerima bantuan keluarga miskin ekstrem',
      'Re-validate the recipients of extreme-poverty assistance',
    ),
  },
  {
    role: 'finance',
    text: t(
      'Percepat realisasi belanja modal triwulan III',
      'Speed up third-quarter capital spending',
    ),
  },
  {
    role: 'communication',
    text: t(
      'Tanggapi aduan SP4N-LAPOR! paling lambat tiga hari kerja',
      'Answer SP4N-LAPOR! complaints within three working days',
    ),
  },
  {
    role: 'planning',
    text: t(
      'Siapkan evaluasi indikator kinerja untuk briefing berikutnya',
      'Prepare the performance indicator review for the next briefing',
    ),
  },
  {
    role: 'order',
    text: t(
      'Tertibkan pedagang kaki lima di trotoar pusat kota',
      'Clear street vendors from downtown pavements',
    ),
  },
  {
    role: 'disaster',
    text: t(
      'Siagakan tim reaksi cepat menjelang musim hujan',
      'Put the rapid response team on standby before the rainy season',
    ),
  },
  {
    role: 'food',
    text: t(
      'Pantau stok beras di gudang distributor setiap pekan',
      "Check rice stocks in distributors' warehouses every week",
    ),
  },
  {
    role: 'civil-registry',
    text: t(
      'Jemput bola perekaman KTP-el bagi pemilih pemula',
      'Take e-ID registration to first-time voters',
    ),
  },
]

export type FollowUpKind = 'started' | 'progress' | 'obstacle' | 'done'

export const FOLLOW_UP_NOTES: Readonly<Record<FollowUpKind, ReadonlyArray<LocalizedText>>> = {
  started: [
    t(
      'Rapat koordinasi internal; rencana aksi disusun.',
      'Internal coordination meeting; action plan drawn up.',
    ),
    t(
      'Surat edaran kepala perangkat daerah diterbitkan.',
      'Circular issued by the head of the agency.',
    ),
  ],
  progress: [
    t(
      'Sudah berjalan di sebagian lokasi; sisanya dijadwalkan.',
      'Under way at some sites; the rest are scheduled.',
    ),
    t(
      'Progres dilaporkan pada rapat staf mingguan.',
      'Progress reported at the weekly staff meeting.',
    ),
    t(
      'Koordinasi dengan camat dan lurah terkait.',
      'Coordinated with the kecamatan and kelurahan concerned.',
    ),
  ],
  obstacle: [
    t(
      'Terkendala anggaran; menunggu pergeseran APBD.',
      'Held up by budget; waiting for a budget shift.',
    ),
    t(
      'Terkendala data; verifikasi lapangan diperpanjang.',
      'Held up by data; field checks extended.',
    ),
  ],
  done: [
    t(
      'Selesai; laporan dan dokumentasi disampaikan ke Sekretariat Daerah.',
      'Done; report and photos sent to the city secretariat.',
    ),
    t(
      'Selesai dan dilaporkan pada Briefing Pimpinan.',
      'Done and reported at the leadership briefing.',
    ),
  ],
}

export const PROGRAM_UPDATE_NOTES = {
  kickoff: t(
    'Rapat koordinasi awal; rencana kerja disepakati.',
    'Kick-off coordination meeting; work plan agreed.',
  ),
  milestone: (m: LocalizedText): LocalizedText =>
    t(`Tonggak selesai: ${m.id}.`, `Milestone completed: ${m.en}.`),
  delayed: t(
    'Terkendala proses pengadaan; percepatan dibahas pada Briefing Pimpinan.',
    'Delayed by procurement; how to catch up was discussed at the leadership briefing.',
  ),
  behind: t(
    'Progres di bawah rencana; rencana percepatan disusun.',
    'Behind plan; a catch-up plan is being drawn up.',
  ),
  done: t('Program selesai dan dilaporkan.', 'Program finished and reported.'),
}
