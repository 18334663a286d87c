import pino from 'pino'
import { expect, it } from 'vitest'
import { z } from 'zod'
import { defineCommand, freeAction } from '../../src/chat/command.js'
import { createWebApp } from '../../src/web/app.js'
import { createMetrics } from '../../src/web/metrics.js'
import { describeWithDatabase } from '../support/databases.js'
import { seedForum } from '../support/seed.js'
import { harnessWithLinks } from './fixture.js'

/** A command whose handler breaks, as a bug would: the user gets the apology, metrics count a fault. */
const broken = defineCommand({
  name: 'rusak',
  aliases: [],
  summary: 'help.kalender.summary',
  help: 'help.kalender.details',
  action: freeAction({
    allowed: 'anyone',
    mutates: false,
    usage: 'usage.kalender',
    read: () => ({}),
    args: z.object({}),
    async run() {
      throw new Error('a bug')
    },
  }),
})

/** One sample of the exposition text, or undefined: `name{a="b",c="d"} 3`. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`)
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{([^}]*)\})? (\S+)$/.exec(line)
    if (!match || match[1] !== name) continue
    const present = (match[2] ?? '').split(',').filter(Boolean)
    if (wanted.every((label) => present.includes(label)) && present.length === wanted.length)
      return Number(match[3])
  }
  return undefined
}

describeWithDatabase('GET /metrics', (get) => {
  const appWith = (metrics = createMetrics()) =>
    createWebApp({
      logger: pino({ level: 'silent' }),
      pingDatabase: async () => {},
      platformStates: () => ({}),
      metrics,
    })

  it('exposes process metrics in the Prometheus text format', async () => {
    const response = await appWith().request('/metrics')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    const text = await response.text()
    expect(text).toContain('# TYPE process_cpu_user_seconds_total counter')
    expect(text).toContain('nodejs_heap_size_used_bytes')
    expect(text).toContain('# TYPE sinergi_command_duration_seconds histogram')
  })

  it('counts updates, commands by platform and name, their latency, and commands that broke', async () => {
    const metrics = createMetrics({ processMetrics: false })
    const chat = harnessWithLinks(get(), { metrics, extraCommands: [broken] })
    const { group, coordinator } = await seedForum(chat)
    await chat.send(group, coordinator, '/agenda')
    await chat.send(group, coordinator, '/agenda besok')
    await chat.send(group, coordinator, 'halo semua, bukan perintah')
    const apology = await chat.send(group, coordinator, '/rusak')
    expect(apology.text).toMatch(/\S/)
    const text = await (await appWith(metrics).request('/metrics')).text()
    // seedForum sent /aktifkan; then two /agenda, one plain message and /rusak.
    expect(sample(text, 'sinergi_updates_received_total', { platform: 'console' })).toBe(5)
    expect(sample(text, 'sinergi_commands_total', { platform: 'console', command: 'agenda' })).toBe(2)
    expect(sample(text, 'sinergi_commands_total', { platform: 'console', command: 'aktifkan' })).toBe(1)
    expect(sample(text, 'sinergi_command_errors_total', { platform: 'console', command: 'rusak' })).toBe(1)
    expect(
      sample(text, 'sinergi_command_errors_total', { platform: 'console', command: 'agenda' }),
    ).toBeUndefined()
    expect(
      sample(text, 'sinergi_command_duration_seconds_count', { platform: 'console', command: 'agenda' }),
    ).toBe(2)
    expect(
      sample(text, 'sinergi_command_duration_seconds_bucket', {
        platform: 'console',
        command: 'agenda',
        le: '+Inf',
      }),
    ).toBe(2)
  })

  it('counts what the scheduler and the adapters report, and shows platform states', async () => {
    const states = { telegram: { state: 'polling' }, whatsapp: { state: 'reconnecting', detail: '428' } }
    const metrics = createMetrics({ platformStates: () => states, processMetrics: false })
    metrics.outboxDue('brief', 3)
    metrics.outboxSent('brief')
    metrics.outboxSent('brief')
    metrics.outboxRetried('agenda-reminder')
    metrics.outboxFailed('agenda-reminder')
    metrics.outboxExpired('brief')
    metrics.platformApiError('telegram', '429')
    const text = await (await appWith(metrics).request('/metrics')).text()
    expect(sample(text, 'sinergi_outbox_due_total', { kind: 'brief' })).toBe(3)
    expect(sample(text, 'sinergi_outbox_sent_total', { kind: 'brief' })).toBe(2)
    expect(sample(text, 'sinergi_outbox_retried_total', { kind: 'agenda-reminder' })).toBe(1)
    expect(sample(text, 'sinergi_outbox_failed_total', { kind: 'agenda-reminder' })).toBe(1)
    expect(sample(text, 'sinergi_outbox_expired_total', { kind: 'brief' })).toBe(1)
    expect(sample(text, 'sinergi_platform_api_errors_total', { platform: 'telegram', reason: '429' })).toBe(1)
    expect(sample(text, 'sinergi_platform_state', { platform: 'whatsapp', state: 'reconnecting' })).toBe(1)
    states.whatsapp = { state: 'open', detail: '' }
    const later = await (await appWith(metrics).request('/metrics')).text()
    expect(sample(later, 'sinergi_platform_state', { platform: 'whatsapp', state: 'open' })).toBe(1)
    expect(
      sample(later, 'sinergi_platform_state', { platform: 'whatsapp', state: 'reconnecting' }),
    ).toBeUndefined()
  })

  it('keeps the counters of two instances apart', async () => {
    const one = createMetrics({ processMetrics: false })
    const two = createMetrics({ processMetrics: false })
    one.updateReceived('telegram')
    const text = await (await appWith(two).request('/metrics')).text()
    expect(sample(text, 'sinergi_updates_received_total', { platform: 'telegram' })).toBeUndefined()
  })

  it('with METRICS_TOKEN, answers only a request that presents it as a Bearer token', async () => {
    const token = 'prometheus-scrape-token-0123'
    const app = createWebApp({
      logger: pino({ level: 'silent' }),
      pingDatabase: async () => {},
      platformStates: () => ({}),
      metrics: createMetrics({ processMetrics: false }),
      metricsToken: token,
    })
    const without = await app.request('/metrics')
    expect(without.status).toBe(401)
    expect(without.headers.get('www-authenticate')).toMatch(/^Bearer/)
    expect(await without.text()).not.toContain('sinergi_')
    const wrong = await app.request('/metrics', { headers: { authorization: 'Bearer not-the-token-at-all' } })
    expect(wrong.status).toBe(401)
    const right = await app.request('/metrics', { headers: { authorization: `Bearer ${token}` } })
    expect(right.status).toBe(200)
    expect(await right.text()).toContain('# TYPE sinergi_commands_total counter')
  })
})
