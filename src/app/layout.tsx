import { useEffect } from 'react'
import { Link, NavLink, Outlet } from 'react-router'
import { StaleBanner } from '@/components/ui/stale-banner'
import { FilterBar } from '@/filters/filter-bar'
import { UrlNotices } from '@/filters/url-notices'
import { useFilterSearch, useFilters } from '@/filters/use-filters'
import { I18nProvider, useI18n } from '@/i18n/i18n'
import './layout.css'
import './page.css'

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
          <NavLink to={{ pathname: '/compare', search }}>{t('nav.compare')}</NavLink>
          <NavLink to={{ pathname: '/agencies', search }}>{t('nav.agencies')}</NavLink>
          <NavLink to={{ pathname: '/programs', search }}>{t('nav.programs')}</NavLink>
          <NavLink to={{ pathname: '/briefing', search }}>{t('nav.briefing')}</NavLink>
        </nav>
      </header>
      <div className="toolbar">
        <FilterBar />
      </div>
      <main id="main" tabIndex={-1}>
        <UrlNotices />
        <StaleBanner />
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          {t('footer.synthetic')}{' '}
          <Link to={{ pathname: '/about', search }}>{t('about.title')}</Link>
        </p>
      </footer>
    </>
  )
}

/** The language of the link, also set on <html lang> for screen readers and hyphenation. */
function useDocumentLang() {
  const { filters } = useFilters()
  useEffect(() => {
    document.documentElement.lang = filters.lang
  }, [filters.lang])
  return filters.lang
}

export function Layout() {
  const lang = useDocumentLang()
  return (
    <I18nProvider locale={lang}>
      <Shell />
    </I18nProvider>
  )
}

/** The projector has no site chrome: only the language and the slides. */
export function BriefingLayout() {
  const lang = useDocumentLang()
  return (
    <I18nProvider locale={lang}>
      <Outlet />
    </I18nProvider>
  )
}
