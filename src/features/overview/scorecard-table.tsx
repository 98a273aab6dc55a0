import { useId } from 'react'
import type { Region } from '@/api/regions'
import { readingsCsv } from '@/analysis/export-rows'
import type { ScorecardEntry } from '@/analysis/readings'
import { AgeNotice, SourceLine } from '@/components/reading/reading-facts'
import { ExportMenu } from '@/components/ui/export-menu'
import { StatusBadge } from '@/components/ui/status-badge'
import { TableScroll } from '@/components/ui/table-scroll'
import { hasReading } from '@/domain/reading'
import { useI18n } from '@/i18n/i18n'
import {
  changeSentence,
  formatObservation,
  observationPeriod,
  provenanceLabel,
  targetSentence,
} from '@/i18n/format-indicator'

type ScorecardTableProps = {
  entries: ReadonlyArray<ScorecardEntry>
  caption: string
  region: Region
  dataAsOf: string | undefined
  fileName: string
}

/** The scorecard as one table: the same readings as the cards, for reading, copying and CSV. */
export function ScorecardTable({
  entries,
  caption,
  region,
  dataAsOf,
  fileName,
}: ScorecardTableProps) {
  const i18n = useI18n()
  const { t, locale } = i18n
  const captionId = useId()
  return (
    <>
      <div className="table-tools">
        <ExportMenu
          fileName={fileName}
          csv={() =>
            readingsCsv(
              i18n,
              entries.flatMap(({ reading }) =>
                hasReading(reading)
                  ? [{ region, indicator: reading.indicator, judged: reading }]
                  : [],
              ),
              dataAsOf,
            )
          }
        />
      </div>
      <TableScroll labelledBy={captionId}>
        <table className="data-table">
          <caption id={captionId}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.indicator')}</th>
              <th scope="col">{t('table.period')}</th>
              <th scope="col" className="num">
                {t('table.value')}
              </th>
              <th scope="col">{t('table.target')}</th>
              <th scope="col">{t('table.status')}</th>
              <th scope="col">{t('table.change')}</th>
              <th scope="col">{t('table.source')}</th>
              <th scope="col">{t('table.provenance')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map(({ reading }) => {
              const { indicator, observation } = reading
              return (
                <tr key={indicator.id}>
                  <th scope="row">{indicator.shortName[locale]}</th>
                  <td>{observation ? observationPeriod(i18n, observation) : '–'}</td>
                  <td className="num">
                    {observation ? formatObservation(i18n, indicator, observation) : '–'}
                  </td>
                  <td>{observation ? targetSentence(i18n, reading) : '–'}</td>
                  <td>
                    <StatusBadge status={reading.status} />
                  </td>
                  <td>
                    {observation ? changeSentence(i18n, indicator, reading.change) : '–'}
                    <AgeNotice reading={reading} compact />
                  </td>
                  <td>{observation ? <SourceLine observation={observation} /> : '–'}</td>
                  <td>{observation ? provenanceLabel(i18n, observation.provenance) : '–'}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </TableScroll>
    </>
  )
}
