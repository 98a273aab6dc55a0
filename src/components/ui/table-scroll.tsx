import type { ReactNode } from 'react'
import './table.css'

/**
 * A wide table's horizontal scroll box. It can take keyboard focus (so a keyboard user can scroll
 * it) and is named by the table's caption, the pattern axe's scrollable-region-focusable asks for.
 */
export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  )
}
