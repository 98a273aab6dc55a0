import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { scenarios } from '../mocks/scenarios'
import { server } from '../mocks/node'
import { renderApp } from './render-app'

/**
 * The briefing in jsdom (no IndexedDB, no layout): the deck still opens, unpinned, and its panel
 * works. Layout and the pinned, offline behaviour are tested in Chromium (tests/e2e/briefing*).
 */
test('"Perbarui data" that fails keeps the frozen numbers and says so; one that works says both freeze times', async () => {
  const { user } = renderApp({ url: '/briefing?region=3271' })
  const counter = await screen.findByRole('status', { name: 'Salindia' })
  await screen.findByText(/^1 \/ \d+$/)
  expect(counter).toHaveTextContent(/^1 \/ \d+$/)
  await user.click(screen.getByRole('button', { name: 'Susunan salindia' }))
  const panel = screen.getByRole('region', { name: 'Susunan salindia' })
  const frozenLine = () => within(panel).getByText((text) => text.startsWith('Data dibekukan '))
  const frozen = frozenLine().textContent ?? ''
  // Without IndexedDB the briefing is not kept, and says so.
  within(panel).getByText(
    'Briefing tidak dapat disimpan di perangkat ini: memuat ulang akan mengambil data baru.',
  )

  server.use(...scenarios.offline)
  await user.click(within(panel).getByRole('button', { name: 'Perbarui data' }))
  await within(panel).findByText(
    /^Data tidak dapat diperbarui; briefing tetap memakai data yang dibekukan /,
  )
  expect(frozenLine().textContent).toBe(frozen)

  server.resetHandlers()
  await user.click(within(panel).getByRole('button', { name: 'Perbarui data' }))
  const done = await within(panel).findByText(/^Data diperbarui: dibekukan .+ → .+\.$/)
  expect(done.textContent).toContain(frozen.replace('Data dibekukan ', ''))
})
