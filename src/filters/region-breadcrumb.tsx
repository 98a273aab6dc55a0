import { Link } from 'react-router'
import type { Region } from '@/api/regions'
import { breadcrumbOf, placeName } from '@/domain/places'
import { useI18n } from '@/i18n/i18n'
import { nextSearch } from './filters'
import { useFilterSearch } from './use-filters'
import './region-breadcrumb.css'

/**
 * Where the region sits: "Indonesia › Prov. Jawa Barat › Kota Bogor › Kec. Bogor Tengah". Each
 * ancestor is a link to the same page for that region; the region itself is the current page.
 */
export function RegionBreadcrumb({ region, pathname }: { region: Region; pathname: string }) {
  const { t } = useI18n()
  const search = useFilterSearch()
  const trail = breadcrumbOf(region)
  return (
    <nav className="region-breadcrumb" aria-label={t('breadcrumb.label')}>
      <ol>
        {trail.map((place, index) => (
          <li key={place.code}>
            {index > 0 && <span aria-hidden="true"> › </span>}
            {index < trail.length - 1 ? (
              <Link
                to={{
                  pathname,
                  search: `?${nextSearch(new URLSearchParams(search), { region: place.code }).toString()}`,
                }}
              >
                {placeName(place)}
              </Link>
            ) : (
              <span aria-current="page">{placeName(place)}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}
