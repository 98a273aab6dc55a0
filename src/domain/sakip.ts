/**
 * The four components of a SAKIP evaluation under PermenPANRB 88/2021, with their maximum scores
 * (they add up to 100). Evaluations before 2022 used PermenPANRB 12/2015's five components, whose
 * weights the research did not find: for those years only the total score is shown.
 */
export const SAKIP_COMPONENTS = [
  { id: 'planning', max: 30 },
  { id: 'measurement', max: 30 },
  { id: 'reporting', max: 15 },
  { id: 'internalEvaluation', max: 25 },
] as const

/** The first evaluation year under PermenPANRB 88/2021. */
export const FIRST_YEAR_OF_88_2021 = 2022
