import { act, screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { server } from '../mocks/node'
import { scenarios } from '../mocks/scenarios'
import { renderApp } from './render-app'

test('a failed refresh keeps the data on screen under one banner with its age and a retry', async () => {
  const { user, queryClient } = renderApp({ url: '/?region=3271&period=2023' })
  const card = await screen.findByRole('article', { name: /TPT/ })
  expect(await within(card).findByText('9,39 %')).toBeInTheDocument()

  server.use(...scenarios['server-error'])
  await act(() => queryClient.refetchQueries())

  const banner = await screen.findByText(/Pembaruan data gagal; menampilkan data yang dimuat/)
  expect(within(card).getByText('9,39 %')).toBeInTheDocument()
  expect(screen.queryByText('Server menolak permintaan (kode 500).')).not.toBeInTheDocument()

  server.resetHandlers()
  const status = banner.closest('[role="status"]') as HTMLElement
  await user.click(within(status).getByRole('button', { name: 'Coba lagi' }))
  await expect.poll(() => screen.queryByText(/Pembaruan data gagal/)).toBeNull()
})
