import { useQuery } from '@tanstack/react-query'
import { Outlet, useParams } from 'react-router'
import { indicatorQueries } from '@/api/indicators'
import { usePageTitle } from '@/components/ui/use-page-title'
import { placeName } from '@/domain/places'
import { RegionBreadcrumb } from '@/filters/region-breadcrumb'
import { useResolvedRegion } from '@/filters/use-region'
import { useI18n } from '@/i18n/i18n'

/**
 * The indicator route's frame: the page section and its heading, in the first load's own chunk;
 * the page body (lazy, with the charts and tables) renders inside it. On a first visit the title
 * is then painted from the catalogue and region list the entry has already asked for, without
 * waiting for the page code, and it stays the same element when the body arrives — the browser's
 * largest paint is not redone (docs/decisions/0018-pages-ask-for-data-as-they-start.md).
 */
export function IndicatorRoute() {
  const { t, locale } = useI18n()
  const { id = '' } = useParams()
  const catalog = useQuery(indicatorQueries.catalog())
  const { code, region } = useResolvedRegion()
  const indicator = catalog.data?.indicators.find((i) => i.id === id)
  const title = indicator
    ? t('indicator.title', {
        indicator: indicator.name[locale],
        region: region ? placeName(region) : code,
      })
    : catalog.isSuccess
      ? t('indicator.unknown', { id })
      : t('state.loading')
  usePageTitle(indicator || catalog.isSuccess ? title : null)
  return (
    <section aria-labelledby="page-title" className="page">
      <header className="page__header">
        {region && <RegionBreadcrumb region={region} pathname={`/indicators/${id}`} />}
        <h1 id="page-title">{title}</h1>
      </header>
      <Outlet />
    </section>
  )
}
