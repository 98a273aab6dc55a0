import type { SakipEvaluation } from '@/api/agencies'
import { useI18n } from '@/i18n/i18n'

/**
 * A SAKIP grade as text first: the predicate letter and the score, on a background that is only a
 * second cue (A/AA green, B/BB blue, CC amber, C/D red).
 */
export function PredicateMark({ evaluation }: { evaluation: SakipEvaluation }) {
  const i18n = useI18n()
  return (
    <span className={`predicate predicate--${evaluation.predicate.toLowerCase()}`}>
      <span className="predicate__letter">{evaluation.predicate}</span>{' '}
      <span className="predicate__score">{i18n.number(evaluation.score, 2)}</span>
    </span>
  )
}
