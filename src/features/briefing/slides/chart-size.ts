/** The chart area of a reading's slide on the 1920 × 1080 canvas (canvas pixels). */
export const SLIDE_CHART = { width: 1140, height: 580 } as const
