import { useEffect } from 'react'
import { NavLink, Outlet } from 'react-router'
import { FilterBar } from '@/filters/filter-bar'
import { UrlNotices } from '@/filters/url-notices'
import { useFilterSearch, useFilters } from '@/filters/use-filters'
import { I18nProvider, useI18n } from '@/i18n/i18n'

function Shell() {
  const { t } = useI18n()
  const search = useFilterSearch()
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="brand">
          <span className="brand__name">{t('app.name')}</span>
          <span className="brand__tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('nav.label')} className="site-nav">
          <NavLink to={{ pathname: '/', search }} end>
            {t('nav.overview')}
          </NavLink>
        </nav>
      </header>
      <div className="toolbar">
        <FilterBar />
      </div>
      <main id="main" tabIndex={-1}>
        <UrlNotices />
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('footer.synthetic')}</p>
      </footer>
    </>
  )
}

export function Layout() {
  const { filters } = useFilters()
  useEffect(() => {
    document.documentElement.lang = filters.lang
  }, [filters.lang])
  return (
    <I18nProvider locale={filters.lang}>
      <Shell />
    </I18nProvider>
  )
}
