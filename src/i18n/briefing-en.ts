import type { briefingId } from './briefing-id'

/** English strings of the briefing that other pages and the shared headline builder need. */
export const briefingEn: Record<keyof typeof briefingId, string> = {
  'nav.briefing': 'Briefing',
  'headline.moved': '{name} {direction} {amount} to {value} ({period})',
  'headline.movedSynthetic':
    '{name} {direction} {amount} to {value} ({period}; against a synthetic figure)',
  'headline.same': '{name} held at {value} ({period})',
  'headline.single': '{name} {value} ({period})',
  'headline.down': 'fell',
  'headline.up': 'rose',
  'headline.lower.achieved': 'meeting its target',
  'headline.lower.near': 'slightly above target',
  'headline.lower.off': 'still above target',
  'headline.higher.achieved': 'meeting its target',
  'headline.higher.near': 'slightly below target',
  'headline.higher.off': 'still below target',
  'headline.band.achieved': 'inside the target band',
  'headline.band.above': 'above the target band',
  'headline.band.below': 'below the target band',
  'headline.noTarget': 'no target set',
  'headline.grade': '{name} {grade} ({period})',
  'headline.gradeUp': 'up from {previous}',
  'headline.gradeDown': 'down from {previous}',
  'headline.gradeSame': 'as in {previousPeriod}',
  'headline.grade.achieved': 'meeting the {target} target',
  'headline.grade.off': 'short of the {target} target',
  'headline.streak': '{count} years in a row',
  'headline.noData': 'No {name} data yet',
  'briefing.addToBriefing': 'Add to briefing',
  'briefing.added': 'Already in the briefing',
}
