/**
 * Bahasa Indonesia strings of the briefing that other pages and the shared headline builder need
 * (first load). The projector's own strings are in ./briefing-deck-id.ts, loaded with its route.
 */
export const briefingId = {
  'nav.briefing': 'Briefing',
  'headline.moved': '{name} {direction} {amount} menjadi {value} ({period})',
  'headline.movedSynthetic':
    '{name} {direction} {amount} menjadi {value} ({period}; dibanding angka sintetis)',
  'headline.same': '{name} tetap {value} ({period})',
  'headline.single': '{name} {value} ({period})',
  'headline.down': 'turun',
  'headline.up': 'naik',
  'headline.lower.achieved': 'sudah memenuhi target',
  'headline.lower.near': 'sedikit di atas target',
  'headline.lower.off': 'masih di atas target',
  'headline.higher.achieved': 'sudah memenuhi target',
  'headline.higher.near': 'sedikit di bawah target',
  'headline.higher.off': 'masih di bawah target',
  'headline.band.achieved': 'di dalam rentang target',
  'headline.band.above': 'di atas rentang target',
  'headline.band.below': 'di bawah rentang target',
  'headline.noTarget': 'belum ada target',
  'headline.grade': '{name} {grade} ({period})',
  'headline.gradeUp': 'naik dari {previous}',
  'headline.gradeDown': 'turun dari {previous}',
  'headline.gradeSame': 'sama seperti {previousPeriod}',
  'headline.grade.achieved': 'memenuhi target {target}',
  'headline.grade.off': 'belum mencapai target {target}',
  'headline.streak': '{count} kali berturut-turut',
  'headline.noData': 'Belum ada data {name}',
  'briefing.addToBriefing': 'Tambah ke briefing',
  'briefing.added': 'Sudah ada di briefing',
} as const
