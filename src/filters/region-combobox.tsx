import { keepPreviousData, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useCombobox } from 'downshift'
import { useEffect, useMemo, useState } from 'react'
import {
  REGION_SEARCH_LIMIT,
  REGION_SEARCH_MIN_LENGTH,
  regionQueries,
  type Region,
  type RegionSearchResponse,
} from '@/api/regions'
import { placeName } from '@/domain/places'
import { narrowSearch } from '@/domain/region-search'
import { useI18n, type I18n } from '@/i18n/i18n'
import type { RegionPickerProps } from './region-picker-props'

type Option = { region: Region; group: 'result' | 'up' | 'children' | 'siblings' }

/** "Kecamatan · Kota Bogor, Prov. Jawa Barat": the level and where the place sits. */
function describe(i18n: I18n, region: Region): string {
  const parents = [...region.ancestors]
    .reverse()
    .filter((a) => a.level !== 'national')
    .map((a) => placeName(a))
  return [i18n.t(`level.${region.level}`), parents.join(', ')].filter(Boolean).join(' · ')
}

/** How long the reader rests on an option before its data is asked for (onPreview). */
const PREVIEW_AFTER_MS = 200

/**
 * The answer to a search worked out from one already in the cache that listed every match of a
 * shorter text ("bogo" → "bogor"): the same regions in the same order as the API's, with no
 * request, in the keystroke's own frame (docs/decisions/0045-picker-answers-as-you-type.md).
 */
function narrowedFromCache(client: QueryClient, query: string): RegionSearchResponse | undefined {
  // Any complete answer that the text narrows gives the same, exact answer: the first will do.
  for (const [, data] of client.getQueriesData<RegionSearchResponse>({
    queryKey: [...regionQueries.all(), 'search'],
  })) {
    const narrowed = data ? narrowSearch(data, query, REGION_SEARCH_LIMIT) : null
    if (narrowed) return { query, regions: narrowed.items, total: narrowed.total }
  }
  return undefined
}

/**
 * The region picker (docs/decisions/0038-region-picker-that-scales.md): a searchable combobox over
 * all of Indonesia's regions (GET /regions?q=), with the region's hierarchy when nothing is typed —
 * its parents, its children and its neighbours — each option saying its level and parent. Built on
 * downshift's useCombobox (ARIA 1.2 combobox, listbox and options); commits on Enter or a click.
 */
export function RegionCombobox({
  id,
  label,
  value,
  onCommit,
  onPreview,
  exclude = [],
  placeholder,
  initialInput = '',
  autoFocus = false,
}: RegionPickerProps & { initialInput?: string; autoFocus?: boolean }) {
  const i18n = useI18n()
  const { t } = i18n
  const chosenName = value ? placeName(value) : ''
  // Downshift owns the field's text: its change callbacks run after the render, so a field
  // controlled from React state here would fall one keystroke behind and drop letters when typed
  // fast. Whether the reader is typing (rather than looking at the chosen name) is ours.
  const [typing, setTyping] = useState(initialInput.length > 0)
  const [inputValue, setInputValue] = useState(initialInput || chosenName)
  const query = typing ? inputValue.trim() : ''
  const searching = [...query].length >= REGION_SEARCH_MIN_LENGTH
  const client = useQueryClient()
  const search = useQuery({
    ...regionQueries.search(query),
    enabled: searching,
    initialData: () => (searching ? narrowedFromCache(client, query) : undefined),
    placeholderData: keepPreviousData,
  })
  // Browsing (nothing typed): the chosen region's children and neighbours, and the way up (the
  // provinces when there is no region yet). A query that is off gives nothing here, even when
  // another query holds data under the same key. Asked for once the reader comes to the field
  // or opens the list, not by every page that shows it (three requests more on every first load).
  const [visited, setVisited] = useState(autoFocus)
  const browse = {
    children: visited && !searching && (value ? value.childCount > 0 : true),
    siblings: visited && !searching && value?.parentCode != null,
    up: visited && !searching && (value?.ancestors.length ?? 0) > 0,
  }
  const childrenQuery = useQuery({
    ...regionQueries.children(value?.code ?? '0000'),
    enabled: browse.children,
  })
  const siblingsQuery = useQuery({
    ...regionQueries.children(value?.parentCode ?? '0000'),
    enabled: browse.siblings,
  })
  const upQuery = useQuery({
    ...regionQueries.byCodes((value?.ancestors ?? []).map((a) => a.code)),
    enabled: browse.up,
  })
  const children = browse.children ? childrenQuery.data : undefined
  const siblings = browse.siblings ? siblingsQuery.data : undefined
  const up = browse.up ? upQuery.data : undefined
  const options = useMemo((): Option[] => {
    const skip = new Set([...exclude, ...(value ? [value.code] : [])])
    const keep = (group: Option['group']) => (region: Region) =>
      skip.has(region.code) ? [] : [{ region, group }]
    if (searching) return (search.data?.regions ?? []).flatMap(keep('result'))
    const seen = new Set<string>()
    const once = (option: Option) =>
      seen.has(option.region.code) ? [] : (seen.add(option.region.code), [option])
    return [
      ...[...(up?.regions ?? [])].reverse().flatMap(keep('up')),
      ...(children?.regions ?? []).flatMap(keep('children')),
      ...(siblings?.regions ?? []).flatMap(keep('siblings')),
    ].flatMap(once)
  }, [searching, search.data, up, children, siblings, exclude, value])

  const combobox = useCombobox<Option>({
    inputId: id,
    items: options,
    itemToString: (option) => (option ? placeName(option.region) : ''),
    itemToKey: (option) => option?.region.code ?? null,
    initialInputValue: initialInput || chosenName,
    selectedItem: null,
    defaultHighlightedIndex: searching ? 0 : -1,
    // Typed into the field before the combobox arrived: carry on as if it had been here.
    initialIsOpen: initialInput.trim().length > 0,
    // Only Enter or a click chooses: leaving the field (or Escape) chooses nothing and shows the
    // chosen region's name again, and the arrow keys only highlight (every arrow press used to load a
    // scorecard and add a history entry).
    stateReducer: (state, { type, changes }) =>
      type === useCombobox.stateChangeTypes.InputBlur ||
      type === useCombobox.stateChangeTypes.InputKeyDownEscape
        ? { ...changes, selectedItem: state.selectedItem, inputValue: chosenName }
        : changes,
    onInputValueChange: ({ inputValue: next, type }) => {
      setInputValue(next)
      setTyping(type === useCombobox.stateChangeTypes.InputChange)
    },
    onSelectedItemChange: ({ selectedItem }) => {
      if (!selectedItem) return
      setTyping(false)
      // The new region's hierarchy is asked for when the list opens again, not while the page
      // loads the region just chosen (its requests would share the line and the main thread).
      setVisited(false)
      onCommit(selectedItem.region.code)
    },
    onIsOpenChange: ({ isOpen: open }) => {
      if (open) setVisited(true)
    },
  })
  const { setInputValue: showInField } = combobox
  // The chosen region changed elsewhere (the back button, a link) or arrived after the field:
  // show its name unless the reader is in the field.
  useEffect(() => {
    if (document.activeElement?.id !== id) showInField(chosenName)
  }, [chosenName, showInField, id])
  // Focus handed over from the first-paint field with text typed: the caret stays at its end.
  const [handedOver, setHandedOver] = useState(autoFocus && initialInput.length > 0)
  const { isOpen, highlightedIndex, getInputProps, getMenuProps, getItemProps, getLabelProps } =
    combobox
  // An option the reader rests on is a likely choice: its data loads while they decide.
  const resting = isOpen && highlightedIndex >= 0 ? options[highlightedIndex]?.region.code : null
  useEffect(() => {
    if (!resting || !onPreview || resting === value?.code) return
    const timer = window.setTimeout(() => onPreview(resting), PREVIEW_AFTER_MS)
    return () => window.clearTimeout(timer)
  }, [resting, onPreview, value?.code])

  const groupLabel: Record<Option['group'], string> = {
    result: '',
    up: t('picker.group.up'),
    children: value
      ? t('picker.group.children', { region: placeName(value) })
      : t('picker.group.provinces'),
    siblings: value?.ancestors.at(-1)
      ? t('picker.group.siblings', { region: placeName(value.ancestors.at(-1)!) })
      : '',
  }
  // The matches not offered (the chosen region, those already compared) are not counted either:
  // "3 of 4, type more" for a list that holds every other match would send the reader typing.
  const offeredTotal =
    (search.data?.total ?? 0) - ((search.data?.regions.length ?? 0) - options.length)
  const status = searching
    ? search.isError
      ? t('picker.error')
      : search.isPending
        ? t('picker.searching')
        : options.length === 0
          ? t('picker.none', { query })
          : offeredTotal > options.length
            ? t('picker.more', { shown: options.length, total: offeredTotal })
            : i18n.plural('picker.found', options.length)
    : t('picker.hint')

  return (
    <div className="picker">
      <label {...getLabelProps({ className: 'field__label', htmlFor: id })}>{label}</label>
      <input
        {...getInputProps({
          className: 'picker__input',
          placeholder: placeholder ?? t('picker.placeholder'),
          autoFocus,
          spellCheck: false,
          autoComplete: 'off',
          'aria-describedby': `${id}-status`,
          // The chosen name is selected on focus, so typing replaces it. A click (or ↓, or
          // typing) opens the list: the region's hierarchy until something is typed.
          // Leaving with the list closed (after Escape, say) also shows the chosen name again;
          // with the list open, downshift's own blur does (above).
          onBlur: () => {
            if (!isOpen && combobox.inputValue !== chosenName) showInField(chosenName)
          },
          onFocus: (event) => {
            const field = event.currentTarget
            setVisited(true)
            if (!handedOver) return field.select()
            setHandedOver(false)
            field.setSelectionRange(field.value.length, field.value.length)
          },
        })}
      />
      <p id={`${id}-status`} className="visually-hidden" aria-live="polite">
        {isOpen ? status : ''}
      </p>
      <ul {...getMenuProps({ className: isOpen ? 'picker__menu is-open' : 'picker__menu' })}>
        {isOpen && (
          <>
            <li className="picker__status" aria-hidden="true">
              {status}
            </li>
            {options.map((option, index) => {
              const previous = options[index - 1]
              const header =
                option.group !== 'result' && previous?.group !== option.group
                  ? groupLabel[option.group]
                  : null
              return (
                <li
                  key={option.region.code}
                  className={[
                    'picker__option',
                    highlightedIndex === index ? 'is-highlighted' : '',
                    header ? 'picker__option--first' : '',
                  ].join(' ')}
                  data-group={header ?? undefined}
                  {...getItemProps({ item: option, index })}
                >
                  <span className="picker__name">{placeName(option.region)}</span>{' '}
                  <span className="picker__where">
                    {header ? `${header} · ` : ''}
                    {describe(i18n, option.region)}
                  </span>
                </li>
              )
            })}
          </>
        )}
      </ul>
    </div>
  )
}
