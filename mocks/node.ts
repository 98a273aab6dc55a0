import { setupServer } from 'msw/node'
import { handlers } from './handlers'

/** The MSW server for Vitest (started in tests/setup.ts). */
export const server = setupServer(...handlers)
