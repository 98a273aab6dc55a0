/** Admission and the answer cache, as units: the limits and their refusals, single flight. */
import { expect, test } from 'vitest'
import { Admission, AdmissionRefused } from './admission'
import { AnswerCache } from './answer-cache'

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

test('one client gets its share; the rest of its requests wait, then are refused with 429', async () => {
  const admission = new Admission({
    maxActive: 4,
    maxQueue: 10,
    clientMaxActive: 2,
    clientMaxQueue: 2,
    queueTimeoutMs: 1_000,
  })
  const a1 = await admission.acquire('a')
  const a2 = await admission.acquire('a')
  const waiting: string[] = []
  const a3 = admission.acquire('a').then((release) => (waiting.push('a3'), release))
  const a4 = admission.acquire('a').then((release) => (waiting.push('a4'), release))
  await expect(admission.acquire('a')).rejects.toMatchObject({
    status: 429,
    reason: 'client-limit',
  })
  // Another client is not held up by the first one's queue.
  const b1 = await admission.acquire('b')
  expect(admission.stats()).toMatchObject({ active: 3, queued: 2 })
  a1()
  await tick()
  expect(waiting).toEqual(['a3'])
  a2()
  await tick()
  expect(waiting).toEqual(['a3', 'a4'])
  ;(await a3)()
  ;(await a4)()
  b1()
  expect(admission.stats()).toEqual({ active: 0, queued: 0, clients: 0 })
})

test('beyond the global queue, or after waiting too long, the answer is 503 overloaded', async () => {
  const admission = new Admission({
    maxActive: 1,
    maxQueue: 1,
    clientMaxActive: 5,
    clientMaxQueue: 5,
    queueTimeoutMs: 50,
  })
  const first = await admission.acquire('a')
  const queued = admission.acquire('b')
  const refused = await admission.acquire('c').catch((error: unknown) => error)
  expect(refused).toBeInstanceOf(AdmissionRefused)
  expect(refused).toMatchObject({ status: 503, reason: 'overloaded' })
  await expect(queued).rejects.toMatchObject({ status: 503, reason: 'overloaded' })
  first()
  expect(admission.stats().active).toBe(0)
})

test('the answer cache builds once for concurrent requests, keeps 200s only, and starts over with a new data version', async () => {
  const cache = new AnswerCache(1024 * 1024)
  let builds = 0
  const build = async () => {
    builds += 1
    await tick()
    return { status: 200, body: Buffer.from('x'.repeat(5000)) }
  }
  const answers = await Promise.all([1, 2, 3].map(() => cache.get(1, '/series?parent=0000', build)))
  expect(builds).toBe(1)
  expect(answers.every((a) => a.body.length === 5000)).toBe(true)
  const br = await answers[0]!.encoded('br')
  expect(br.length).toBeLessThan(100)
  expect(await answers[1]!.encoded('br')).toBe(br)
  await cache.get(1, '/series?parent=0000', build)
  expect(builds).toBe(1)
  await cache.get(2, '/series?parent=0000', build)
  expect(builds).toBe(2)

  let refusals = 0
  const refuse = () => {
    refusals += 1
    return Promise.resolve({ status: 404, body: Buffer.from('{}') })
  }
  await cache.get(2, '/agencies/x', refuse)
  await cache.get(2, '/agencies/x', refuse)
  expect(refusals).toBe(2)
})

test('the answer cache stays within its bytes, least recently used out first', async () => {
  const cache = new AnswerCache(40_000)
  const body = (n: number) => () => Promise.resolve({ status: 200, body: Buffer.alloc(n, 120) })
  await cache.get(1, 'a', body(9_000))
  await cache.get(1, 'b', body(9_000))
  await cache.get(1, 'c', body(9_000))
  await cache.get(1, 'a', body(9_000))
  await cache.get(1, 'd', body(9_000))
  await cache.get(1, 'e', body(9_000))
  expect(cache.stats().bytes).toBeLessThanOrEqual(40_000)
  let rebuilt = false
  await cache.get(1, 'a', () => {
    rebuilt = true
    return Promise.resolve({ status: 200, body: Buffer.alloc(1) })
  })
  expect(rebuilt).toBe(false)
})

test('a large answer is compressed again at the best quality in the background, then served so', async () => {
  const cache = new AnswerCache(64 * 1024 * 1024)
  const rows = Array.from({ length: 6000 }, (_, i) => ({
    period: `20${10 + (i % 15)}-0${1 + (i % 9)}`,
    value: (i * 7919) % 1000,
    source: { publisher: 'BPS', publication: `Sakernas ${i % 12}` },
  }))
  const body = Buffer.from(JSON.stringify(rows))
  expect(body.length).toBeGreaterThan(256 * 1024)
  const answer = await cache.get(1, '/series?parent=0000', () =>
    Promise.resolve({ status: 200, body }),
  )
  const fast = await answer.encoded('br')
  let best = fast
  // A bound, not a wait: brotli at quality 11 takes a second or two here, far longer on a busy machine.
  for (let i = 0; i < 600 && best === fast; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50))
    best = await (
      await cache.get(1, '/series?parent=0000', () => Promise.reject(new Error('x')))
    ).encoded('br')
  }
  expect(best.length).toBeLessThan(fast.length)
  const { brotliDecompressSync } = await import('node:zlib')
  expect(brotliDecompressSync(best).equals(body)).toBe(true)
})
