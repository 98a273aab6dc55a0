import { Link, useRouteError } from 'react-router'
import { usePageTitle } from '@/components/ui/use-page-title'
import { useI18n } from '@/i18n/i18n'

/** A render error inside a page: the layout stays, the page says what happened. */
export function RouteError() {
  const error = useRouteError()
  const { t } = useI18n()
  console.warn('[kinerja] page failed to render', error)
  return (
    <div role="alert" className="state state--error">
      <p>{t('state.error')}</p>
      <Link to="/">{t('notFound.back')}</Link>
    </div>
  )
}

export function NotFoundPage() {
  const { t } = useI18n()
  usePageTitle(t('notFound.title'))
  return (
    <section className="page">
      <h1>{t('notFound.title')}</h1>
      <Link to="/">{t('notFound.back')}</Link>
    </section>
  )
}
