import { StatusBadge } from '@/components/ui/status-badge'
import { useI18n } from '@/i18n/i18n'
import { formatObservation, formatTarget, sourceLabel } from '@/i18n/format-indicator'
import { describeChange } from './scorecard-card'
import type { ScorecardCard } from './to-scorecard'

/** The scorecard as one table: the same facts as the cards, for reading and copying. */
export function ScorecardTable({ cards, caption }: { cards: ScorecardCard[]; caption: string }) {
  const i18n = useI18n()
  const { t, locale } = i18n
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.indicator')}</th>
            <th scope="col">{t('table.period')}</th>
            <th scope="col">{t('table.value')}</th>
            <th scope="col">{t('table.target')}</th>
            <th scope="col">{t('table.status')}</th>
            <th scope="col">{t('table.change')}</th>
            <th scope="col">{t('table.source')}</th>
            <th scope="col">{t('table.provenance')}</th>
          </tr>
        </thead>
        <tbody>
          {cards.map((card) => (
            <tr key={card.indicator.id}>
              <th scope="row">{card.indicator.shortName[locale]}</th>
              <td>{card.latest ? i18n.period(card.latest.period) : '–'}</td>
              <td className="num">
                {card.latest ? formatObservation(i18n, card.indicator, card.latest) : '–'}
              </td>
              <td>{formatTarget(i18n, card.indicator, card.target) ?? '–'}</td>
              <td>
                <StatusBadge status={card.status} />
              </td>
              <td>{describeChange(i18n, card)}</td>
              <td>{card.latest ? sourceLabel(i18n, card.latest) : '–'}</td>
              <td>
                {card.latest
                  ? card.latest.provenance === 'official'
                    ? t('card.official')
                    : t('card.synthetic')
                  : '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
