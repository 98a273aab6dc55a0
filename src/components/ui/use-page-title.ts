import { useEffect } from 'react'
import { useI18n } from '@/i18n/i18n'

/**
 * The document's title names the page and its region ("Kartu kinerja Kota Bogor · Kinerja"), so a
 * tab, a bookmark and a screen reader's page list say where they lead.
 */
export function usePageTitle(page: string | null) {
  const { t } = useI18n()
  useEffect(() => {
    document.title = page ? t('title.page', { page }) : t('title.app')
  }, [page, t])
}
