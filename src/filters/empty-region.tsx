import { useFilterActions } from './use-filters'
import { useI18n } from '@/i18n/i18n'

/** Agency data exists for two cities: say so, and offer to switch. */
const CITIES_WITH_AGENCIES = [
  { code: '3271', name: 'Kota Bogor' },
  { code: '7571', name: 'Kota Gorontalo' },
]

export function EmptyRegion({ message }: { message: string }) {
  const { t } = useI18n()
  const { chooseRegion } = useFilterActions()
  const cities = CITIES_WITH_AGENCIES
  return (
    <div className="state state--empty">
      <p>
        <span aria-hidden="true">∅ </span>
        {message}
      </p>
      <p>{t('agencies.emptyHint')}</p>
      <div className="state__actions">
        {cities.map((city) => (
          <button
            key={city.code}
            type="button"
            className="button"
            onClick={() => chooseRegion(city.code)}
          >
            {t('agencies.showRegion', { region: city.name })}
          </button>
        ))}
      </div>
    </div>
  )
}
