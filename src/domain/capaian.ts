/**
 * Capaian kinerja: how far a key indicator's realisation reached its target, in percent, and the
 * band the LKjIP reports put it in.
 *
 * Formula, by polarity (the two conditions of the SAKIP/LKjIP guidance):
 * - higher is better (a "normal" indicator): capaian = realisasi ÷ target × 100.
 * - lower is better (stunting, waiting days, violations): the LKjIP inverse formula
 *   capaian = (2 − realisasi ÷ target) × 100, i.e. (target − (realisasi − target)) ÷ target × 100.
 *   Meeting the target exactly is 100; every point under target adds as much as a point over it
 *   would have taken away. It is used rather than target ÷ realisasi, which explodes as the
 *   realisation nears zero (a 0 % violation rate would score infinitely).
 *   A realisation of more than twice the target would go below zero and is floored at 0.
 *
 * The result is rounded to two decimals.
 *
 * No capaian (null) without a realisation, or when the target is zero or negative (the ratio is
 * undefined; the report must say so rather than show a number).
 */

export type CapaianPolarity = 'higher' | 'lower'

export function capaian(
  target: number | null,
  realisation: number | null,
  polarity: CapaianPolarity,
): number | null {
  if (target === null || realisation === null) return null
  if (!Number.isFinite(target) || !Number.isFinite(realisation) || target <= 0) return null
  const percent =
    polarity === 'higher'
      ? (realisation / target) * 100
      : ((2 * target - realisation) / target) * 100
  // Two decimals, as reports print it, so the band is decided on the number people read (and
  // 91 is not lost to 90.99999999999999).
  return Math.max(0, Math.round(percent * 100) / 100)
}

/**
 * The five bands of the capaian scale used in LKjIP reports (the scale of Permendagri 86/2017's
 * evaluation tables): 91–100 Sangat Baik, 76–90 Baik, 66–75 Cukup, 51–65 Kurang, ≤ 50 Sangat Kurang.
 *
 * The published ranges are whole numbers with gaps between them (90 < x < 91, 75 < x < 76 …). Here
 * each band starts at its published lower edge, inclusive, and a value in a gap belongs to the band
 * below: 90,9 is Baik, 91 is Sangat Baik, 50,5 is Sangat Kurang, 51 is Kurang. Nothing is rounded
 * up. Over 100 stays Sangat Baik.
 */
export type CapaianBand = 'very-good' | 'good' | 'fair' | 'poor' | 'very-poor'

/** Lower edge (inclusive) of each band but the last. */
const CAPAIAN_BAND_FLOORS: ReadonlyArray<readonly [number, CapaianBand]> = [
  [91, 'very-good'],
  [76, 'good'],
  [66, 'fair'],
  [51, 'poor'],
]

export function capaianBand(percent: number): CapaianBand {
  for (const [floor, band] of CAPAIAN_BAND_FLOORS) {
    if (percent >= floor) return band
  }
  return 'very-poor'
}
