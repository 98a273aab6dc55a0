import type { Directive } from '@/api/directives'
import { daysBetween, isOverdue } from './dates'

export type DirectiveRow = {
  directive: Directive
  /** Days past the due date while not done; null when not overdue. */
  overdueDays: number | null
}

/** Directives with their lateness on the dataset's day (`today`), in the order given. */
export function directiveRows(directives: ReadonlyArray<Directive>, today: string): DirectiveRow[] {
  return directives.map((directive) => ({
    directive,
    overdueDays: isOverdue(directive.dueDate, directive.status === 'done', today)
      ? daysBetween(directive.dueDate, today)
      : null,
  }))
}

export function directiveSummary(rows: ReadonlyArray<DirectiveRow>) {
  return {
    total: rows.length,
    done: rows.filter((row) => row.directive.status === 'done').length,
    overdue: rows.filter((row) => row.overdueDays !== null).length,
  }
}

/**
 * The follow-up board of a briefing: every open directive, the most overdue first (then the
 * nearest due date), with its days overdue. Done ones are left out.
 */
export function openDirectives(
  directives: ReadonlyArray<Directive>,
  today: string,
): DirectiveRow[] {
  return directiveRows(directives, today)
    .filter((row) => row.directive.status !== 'done')
    .sort(
      (a, b) =>
        (b.overdueDays ?? -1) - (a.overdueDays ?? -1) ||
        a.directive.dueDate.localeCompare(b.directive.dueDate),
    )
}
