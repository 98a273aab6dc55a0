/**
 * Admission to the API: at most `maxActive` requests are worked on at once, at most
 * `clientMaxActive` of them from one client (its address); the others wait in one queue, served
 * in order of arrival as slots free up, for at most `queueTimeoutMs`. Beyond `clientMaxQueue`
 * waiting from one client the answer is 429; beyond `maxQueue` waiting in all, or after waiting too
 * long, 503 (`overloaded`). Both carry `Retry-After`. One client cannot take the whole server, and
 * a crowd gets quick refusals instead of a pile of slow answers (docs/decisions/0073).
 */

export type AdmissionLimits = {
  maxActive: number
  maxQueue: number
  clientMaxActive: number
  clientMaxQueue: number
  queueTimeoutMs: number
}

export class AdmissionRefused extends Error {
  constructor(
    readonly status: 429 | 503,
    readonly reason: 'client-limit' | 'overloaded',
    message: string,
  ) {
    super(message)
    this.name = 'AdmissionRefused'
  }
}

type Waiter = {
  client: string
  grant: () => void
  refuse: (error: AdmissionRefused) => void
  timer: NodeJS.Timeout
}

type ClientState = { active: number; queued: number }

export class Admission {
  private active = 0
  private readonly queue: Waiter[] = []
  private readonly clients = new Map<string, ClientState>()

  constructor(private readonly limits: AdmissionLimits) {}

  stats(): { active: number; queued: number; clients: number } {
    return { active: this.active, queued: this.queue.length, clients: this.clients.size }
  }

  private client(key: string): ClientState {
    let state = this.clients.get(key)
    if (!state) {
      state = { active: 0, queued: 0 }
      this.clients.set(key, state)
    }
    return state
  }

  private forget(key: string, state: ClientState): void {
    if (state.active === 0 && state.queued === 0) this.clients.delete(key)
  }

  private canRun(state: ClientState): boolean {
    return this.active < this.limits.maxActive && state.active < this.limits.clientMaxActive
  }

  /** Resolves with the release function once the request may run; rejects when refused. */
  acquire(key: string): Promise<() => void> {
    const state = this.client(key)
    if (this.canRun(state)) return Promise.resolve(this.start(key, state))
    if (state.queued >= this.limits.clientMaxQueue) {
      this.forget(key, state)
      return Promise.reject(
        new AdmissionRefused(429, 'client-limit', 'too many requests from this client at once'),
      )
    }
    if (this.queue.length >= this.limits.maxQueue) {
      this.forget(key, state)
      return Promise.reject(new AdmissionRefused(503, 'overloaded', 'the request queue is full'))
    }
    return new Promise((resolve, reject) => {
      state.queued += 1
      const waiter: Waiter = {
        client: key,
        grant: () => resolve(this.start(key, state)),
        refuse: reject,
        timer: setTimeout(() => {
          const at = this.queue.indexOf(waiter)
          if (at < 0) return
          this.queue.splice(at, 1)
          state.queued -= 1
          this.forget(key, state)
          reject(
            new AdmissionRefused(
              503,
              'overloaded',
              `no slot within ${this.limits.queueTimeoutMs} ms in the queue`,
            ),
          )
        }, this.limits.queueTimeoutMs),
      }
      this.queue.push(waiter)
    })
  }

  private start(key: string, state: ClientState): () => void {
    this.active += 1
    state.active += 1
    let released = false
    return () => {
      if (released) return
      released = true
      this.active -= 1
      state.active -= 1
      this.forget(key, state)
      this.dispatch()
    }
  }

  /** Grants waiting requests, first come first served, skipping clients at their limit. */
  private dispatch(): void {
    for (let i = 0; i < this.queue.length && this.active < this.limits.maxActive;) {
      const waiter = this.queue[i]!
      const state = this.client(waiter.client)
      if (state.active >= this.limits.clientMaxActive) {
        i += 1
        continue
      }
      this.queue.splice(i, 1)
      clearTimeout(waiter.timer)
      state.queued -= 1
      waiter.grant()
    }
  }
}
