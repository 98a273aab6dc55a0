import type { Region } from '@/api/regions'
import { useFilterActions } from './use-filters'
import { useI18n } from '@/i18n/i18n'

/** Agency data exists for two cities: say so, and offer to switch. */
export function EmptyRegion({
  message,
  regions,
}: {
  message: string
  regions: ReadonlyArray<Region> | undefined
}) {
  const { t } = useI18n()
  const { chooseRegion } = useFilterActions()
  const cities = ['3271', '7571'].flatMap((code) => regions?.find((r) => r.code === code) ?? [])
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
