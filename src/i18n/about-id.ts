/** The about page's strings, registered when its chunk loads (not part of the first load). */
export const aboutId = {
  'about.intro':
    'Kinerja menampilkan angka yang menjadi ukuran kinerja pemerintah daerah. Setiap angka menyebut asalnya: angka resmi dari penerbitnya, atau angka sintetis yang dibangkitkan untuk demo.',
  'about.official.title': 'Angka resmi',
  'about.official.text':
    'Angka bertanda resmi diterbitkan oleh BPS, Kemenkes, KemenPAN-RB dan BPK. Sebagian besar dibaca di berita yang mengutip penerbit; karena itu setiap angka menyebut dua hal: penerbit dan publikasinya (“Sumber: BPS, Sakernas Agustus 2023”) dan di mana angka itu dibaca (“dibaca di ANTARA”). Tautan membuka halaman tempat angka itu dibaca.',
  'about.calendar.title': 'Indikator, penerbit dan jadwal rilis',
  'about.calendar.caption': 'Indikator Kinerja: penerbit, frekuensi dan jadwal rilisnya',
  'about.col.indicator': 'Indikator',
  'about.col.source': 'Penerbit dan publikasi',
  'about.col.frequency': 'Frekuensi',
  'about.col.release': 'Jadwal rilis',
  'about.calendar.note':
    'Angka yang tertinggal dari jadwal rilisnya diberi tanda “Tertinggal”, dengan rilis yang seharusnya sudah terbit.',
  'about.synthetic.title': 'Data sintetis',
  'about.synthetic.text':
    'Untuk demo, celah di antara angka resmi, angka kecamatan, target RPJMD dan RKPD kota, perangkat daerah, program dan arahan dibangkitkan dengan benih tetap. Semuanya bertanda “◇ Sintetis” di kartu, grafik, tabel, salindia, CSV, PNG dan PowerPoint, dan setiap angka sintetis menyebut cara membuatnya.',
  'about.map.title': 'Peta wilayah',
  'about.map.text':
    '38 provinsi, 514 kabupaten/kota dan 7.285 kecamatan dengan nama dan kode Kemendagri berasal dari paket idn-area-data 4.0.1 (kode © fityannugroho, lisensi MIT; data di bawah Open Database License 1.0). Kode BPS dipakai bila diketahui; tautan menerima kedua jenis kode.',
  'about.map.link': 'idn-area-data di GitHub',
  'about.map.linkLabel': 'buka halaman paket idn-area-data di GitHub (situs luar)',
  'about.dataAsOf': 'Data per {date}.',
} as const

export type AboutKey = keyof typeof aboutId
