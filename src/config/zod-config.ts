import { z } from 'zod/mini'

// Zod compiles parsers with `new Function` unless told not to; the Content-Security-Policy forbids
// eval, so every schema parses without it. Imported first by every module that parses.
z.config({ jitless: true })
