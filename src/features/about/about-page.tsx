import { useQuery } from '@tanstack/react-query'
import { QueryState } from '@/components/ui/query-state'
import { TableScroll } from '@/components/ui/table-scroll'
import { usePageTitle } from '@/components/ui/use-page-title'
import { useI18n } from '@/i18n/i18n'
import './messages'
import { aboutPageQueries } from './queries'

const IDN_AREA_DATA = 'https://github.com/fityannugroho/idn-area-data'

/**
 * Where the numbers come from: official figures and where they were read, each indicator's
 * publisher and release calendar (from the catalogue, as every page reads it), synthetic data and
 * how it is marked, and the map of regions with its credit and licences.
 */
export function AboutPage() {
  const i18n = useI18n()
  const { t, locale } = i18n
  const catalog = useQuery(aboutPageQueries().catalog)
  usePageTitle(t('about.title'))
  return (
    <section aria-labelledby="page-title" className="page about-page">
      <header className="page__header">
        <h1 id="page-title">{t('about.title')}</h1>
        <p className="page__lead">{t('about.intro')}</p>
      </header>

      <h2>{t('about.official.title')}</h2>
      <p>{t('about.official.text')}</p>

      <h2>{t('about.calendar.title')}</h2>
      <QueryState queries={[catalog]}>
        {catalog.data && (
          <>
            <TableScroll labelledBy="about-calendar">
              <table className="data-table">
                <caption id="about-calendar">{t('about.calendar.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('about.col.indicator')}</th>
                    <th scope="col">{t('about.col.source')}</th>
                    <th scope="col">{t('about.col.frequency')}</th>
                    <th scope="col">{t('about.col.release')}</th>
                  </tr>
                </thead>
                <tbody>
                  {catalog.data.indicators.map((indicator) => (
                    <tr key={indicator.id}>
                      <th scope="row">{indicator.name[locale]}</th>
                      <td>{indicator.source[locale]}</td>
                      <td>{t(`frequency.${indicator.frequency}`)}</td>
                      <td>{indicator.release.note[locale]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            <p>{t('about.calendar.note')}</p>
            <p className="page__meta">
              {t('about.dataAsOf', { date: i18n.date(catalog.data.dataAsOf) })}
            </p>
          </>
        )}
      </QueryState>

      <h2>{t('about.synthetic.title')}</h2>
      <p>{t('about.synthetic.text')}</p>

      <h2>{t('about.map.title')}</h2>
      <p>
        {t('about.map.text')}{' '}
        <a href={IDN_AREA_DATA} target="_blank" rel="noreferrer noopener">
          {t('about.map.link')}
          <span className="visually-hidden">: {t('about.map.linkLabel')}</span>
          <span aria-hidden="true"> ↗</span>
        </a>
      </p>
    </section>
  )
}
