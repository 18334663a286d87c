import { Hono } from 'hono'
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client'
import type { PlatformState } from '../vocabulary.js'
import { sameSecret } from './security.js'

/**
 * What the service counts for Prometheus (`GET /metrics`). One registry per instance (not prom-client's
 * global one), so that two apps in one process — tests — never share counters. Labels are bounded: a
 * platform name, a command name from the registry, an outbox kind, a short error reason.
 */
export interface Metrics {
  readonly registry: Registry
  /** A message a platform handed to the dispatcher (commands or not). */
  updateReceived(platform: string): void
  /** A command ran to its end (successfully or with a user error), taking `seconds`. */
  commandRun(platform: string, command: string, seconds: number): void
  /** A command failed with a fault (not a user's mistake): the user got the generic apology. */
  commandFailed(platform: string, command: string): void
  /** Outbox rows that came due and were claimed for sending, by kind (`brief`, `agenda-reminder`, …). */
  outboxDue(kind: string, count?: number): void
  outboxSent(kind: string): void
  /** Given up on: a permanent platform error or too many attempts. */
  outboxFailed(kind: string): void
  /** A send failed and the row was put back with a later due time. */
  outboxRetried(kind: string): void
  /** Dropped unsent because it was stale (after downtime). */
  outboxExpired(kind: string): void
  /** An error answered by a platform's API (`reason`: HTTP status or error code, e.g. `429`, `network`). */
  platformApiError(platform: string, reason: string): void
}

const COMMAND_SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

export function createMetrics(
  options: {
    /** Connection state of each platform, reported as `sinergi_platform_state{platform,state} 1`. */
    platformStates?: () => Record<string, PlatformState>
    /** Process metrics (CPU, memory, event loop, GC); default true. */
    processMetrics?: boolean
  } = {},
): Metrics {
  const registry = new Registry()
  const registers = [registry]
  const updates = new Counter({
    name: 'sinergi_updates_received_total',
    help: 'Messages handed to the dispatcher, by platform.',
    labelNames: ['platform'] as const,
    registers,
  })
  const commands = new Counter({
    name: 'sinergi_commands_total',
    help: 'Commands run, by platform and command.',
    labelNames: ['platform', 'command'] as const,
    registers,
  })
  const commandErrors = new Counter({
    name: 'sinergi_command_errors_total',
    help: 'Commands that failed with a fault (not a user mistake), by platform and command.',
    labelNames: ['platform', 'command'] as const,
    registers,
  })
  const commandSeconds = new Histogram({
    name: 'sinergi_command_duration_seconds',
    help: 'Time from a recognised command to its answer, by platform and command.',
    labelNames: ['platform', 'command'] as const,
    buckets: COMMAND_SECONDS_BUCKETS,
    registers,
  })
  const outbox = (name: string, help: string) =>
    new Counter({ name: `sinergi_outbox_${name}_total`, help, labelNames: ['kind'] as const, registers })
  const due = outbox('due', 'Outbox messages that came due and were claimed for sending, by kind.')
  const sent = outbox('sent', 'Outbox messages delivered, by kind.')
  const failed = outbox('failed', 'Outbox messages given up on, by kind.')
  const retried = outbox('retried', 'Outbox sends that failed and were scheduled again, by kind.')
  const expired = outbox('expired', 'Outbox messages dropped unsent because they went stale, by kind.')
  const apiErrors = new Counter({
    name: 'sinergi_platform_api_errors_total',
    help: 'Errors answered by a chat platform API, by platform and reason.',
    labelNames: ['platform', 'reason'] as const,
    registers,
  })
  const { platformStates } = options
  if (platformStates) {
    new Gauge({
      name: 'sinergi_platform_state',
      help: 'Connection state of each chat platform (1 for the current state).',
      labelNames: ['platform', 'state'] as const,
      registers,
      collect() {
        this.reset()
        for (const [platform, { state }] of Object.entries(platformStates())) this.set({ platform, state }, 1)
      },
    })
  }
  if (options.processMetrics !== false) collectDefaultMetrics({ register: registry })

  return {
    registry,
    updateReceived: (platform) => updates.inc({ platform }),
    commandRun(platform, command, seconds) {
      commands.inc({ platform, command })
      commandSeconds.observe({ platform, command }, seconds)
    },
    commandFailed: (platform, command) => commandErrors.inc({ platform, command }),
    outboxDue: (kind, count = 1) => due.inc({ kind }, count),
    outboxSent: (kind) => sent.inc({ kind }),
    outboxFailed: (kind) => failed.inc({ kind }),
    outboxRetried: (kind) => retried.inc({ kind }),
    outboxExpired: (kind) => expired.inc({ kind }),
    platformApiError: (platform, reason) => apiErrors.inc({ platform, reason }),
  }
}

/**
 * `GET /metrics` in Prometheus's text format. With `token` (METRICS_TOKEN) only for a request that
 * presents it as `Authorization: Bearer …` (Prometheus' `authorization` setting); others get 401.
 */
export function metricsRoutes(metrics: Metrics, token?: string): Hono {
  const routes = new Hono()
  routes.get('/metrics', async (c) => {
    if (token !== undefined) {
      const presented = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim()
      if (presented === undefined || !sameSecret(presented, token)) {
        c.header('WWW-Authenticate', 'Bearer realm="sinergi-metrics"')
        return c.json({ error: 'unauthorized' }, 401)
      }
    }
    const body = await metrics.registry.metrics()
    return c.body(body, 200, {
      'Content-Type': metrics.registry.contentType,
      'Cache-Control': 'no-store',
    })
  })
  return routes
}
