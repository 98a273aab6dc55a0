import type { Provenance } from '@/api/common'
import { useI18n } from '@/i18n/i18n'
import './status.css'

/** Marks synthetic data in text, wherever a synthetic value is shown. */
export function ProvenanceBadge({ provenance }: { provenance: Provenance }) {
  const { t } = useI18n()
  if (provenance === 'official') return null
  return (
    <span className="badge badge--synthetic" title={t('provenance.syntheticLong')}>
      <span aria-hidden="true">◇ </span>
      {t('provenance.synthetic')}
    </span>
  )
}

/** A table's provenance cell: the synthetic mark, or the word for an official figure. */
export function ProvenanceCell({ provenance }: { provenance: Provenance }) {
  const { t } = useI18n()
  return provenance === 'synthetic' ? (
    <ProvenanceBadge provenance="synthetic" />
  ) : (
    <>{t(`provenance.${provenance}`)}</>
  )
}
