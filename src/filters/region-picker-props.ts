/**
 * The region picker's props, apart from both components: the picker (./region-picker.tsx) loads the
 * combobox (./region-combobox.tsx) on demand, and the combobox takes the same props, so neither
 * imports the other's module for them (no cycle, not even a type-only one).
 */
import type { Region } from '@/api/regions'

export type RegionPickerProps = {
  id: string
  label: string
  /** The chosen region (its name shows in the field); none for an "add a region" field. */
  value: Region | undefined
  /** Called on Enter or a click on an option, never on an arrow key. */
  onCommit: (code: string) => void
  /**
   * Called when the reader rests on an option (highlighted, the list open) for a moment: a
   * likely choice, whose data can load while they decide. Never navigates.
   */
  onPreview?: (code: string) => void
  /** Regions not offered (already compared). */
  exclude?: ReadonlyArray<string>
  placeholder?: string
}
