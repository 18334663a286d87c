import { z } from 'zod'

/** Accepts the usual ways people write a boolean in an environment variable. */
const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off', ''])
  .default('')
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v))

const ianaZone = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone })
      return true
    } catch {
      return false
    }
  },
  { message: 'an IANA time zone such as Asia/Jakarta, Asia/Makassar or Asia/Jayapura' },
)

const httpUrl = z
  .url({ protocol: /^https?$/, message: 'an http(s) URL such as https://sinergi.example.go.id' })
  .transform((u) => u.replace(/\/+$/, ''))

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'a PostgreSQL URL such as postgres://user:pass@host:5432/sinergi')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_URL: httpUrl.optional(),
  DEFAULT_TIMEZONE: ianaZone.default('Asia/Jakarta'),
  DEFAULT_LANGUAGE: z.enum(['id', 'en']).default('id'),
  CONSOLE: z.enum(['auto', 'on', 'off']).default('auto'),
  TELEGRAM_BOT_TOKEN: z
    .string()
    .regex(/^\d+:[\w-]{20,}$/, 'a bot token from @BotFather, like 123456789:AA…')
    .optional(),
  TELEGRAM_MODE: z.enum(['polling', 'webhook']).default('polling'),
  TELEGRAM_API_ROOT: httpUrl.default('https://api.telegram.org'),
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, '16–256 characters of A–Z, a–z, 0–9, _ or -')
    .optional(),
  WHATSAPP_ENABLED: flag,
  WHATSAPP_PAIRING_NUMBER: z
    .string()
    .regex(/^\d{8,15}$/, 'a phone number in international form without +, such as 6281234567890')
    .optional(),
  WHATSAPP_SESSION: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/, '1–64 characters of A–Z, a–z, 0–9, _, . or -')
    .default('default'),
  WHATSAPP_WA_VERSION: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, 'a WhatsApp Web version of three numbers, such as 2.3000.1027934701')
    .transform((v) => v.split('.').map(Number) as [number, number, number])
    .optional(),
  WHATSAPP_MESSAGES_PER_MINUTE: z.coerce.number().int().min(1).max(60).default(10),
  WHATSAPP_MIN_GAP_MS: z.coerce.number().int().min(0).max(600_000).default(2_000),
  WHATSAPP_CHAT_GAP_MS: z.coerce.number().int().min(0).max(600_000).default(4_000),
  WHATSAPP_JITTER_MS: z.coerce.number().int().min(0).max(600_000).default(2_000),
  ADMIN_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  WEB_LINK_SECRET: z.string().min(32, 'at least 32 characters (e.g. `openssl rand -base64 32`)').optional(),
  WEB_LINK_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
})

export type Env = z.input<typeof envSchema>

export interface Config {
  readonly database:
    | { readonly kind: 'pglite'; readonly dataDir: string }
    | { readonly kind: 'postgres'; readonly url: string }
  readonly dataDir: string
  readonly http: { readonly host: string; readonly port: number }
  readonly publicUrl: string
  /** PUBLIC_URL was set: links are reachable from outside, so the bot gives out feed addresses. */
  readonly publicUrlSet: boolean
  readonly logLevel: z.infer<typeof envSchema>['LOG_LEVEL']
  readonly defaults: { readonly timezone: string; readonly language: 'id' | 'en' }
  readonly console: 'auto' | 'on' | 'off'
  readonly telegram:
    | { readonly enabled: false }
    | {
        readonly enabled: true
        readonly token: string
        readonly apiRoot: string
        readonly mode: 'polling' | 'webhook'
        readonly webhookSecret: string | undefined
      }
  readonly whatsapp: {
    readonly enabled: boolean
    readonly pairingNumber: string | undefined
    /** The WhatsApp Web version to announce instead of Baileys' built-in one (once WhatsApp retires that). */
    readonly waVersion: readonly [number, number, number] | undefined
    /** Names the linked number's state in the database (one session per linked number). */
    readonly session: string
    /** Pacing of outgoing messages (WhatsApp bans numbers that send like machines). */
    readonly pacing: {
      readonly perMinute: number
      readonly minGapMs: number
      readonly chatGapMs: number
      readonly jitterMs: number
    }
  }
  readonly adminToken: string | undefined
  /** When set, GET /metrics requires it as a Bearer token. */
  readonly metricsToken: string | undefined
  /** Signs web-calendar links; undefined: one is generated and kept in the database. */
  readonly webLink: { readonly secret: string | undefined; readonly days: number }
  readonly shutdownTimeoutMs: number
}

/** Thrown for a bad environment; its message names the variable and what is expected. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Reads the environment once into a frozen Config, or throws one ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''))
  const parsed = envSchema.safeParse(cleaned)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment')
      return `${name}: expected ${issue.message}`
    })
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`)
  }
  const e = parsed.data
  if (e.TELEGRAM_MODE === 'webhook' && e.TELEGRAM_BOT_TOKEN && !e.PUBLIC_URL) {
    throw new ConfigError(
      'Invalid configuration:\n  PUBLIC_URL: expected the public https URL of this service when TELEGRAM_MODE=webhook',
    )
  }
  if (e.TELEGRAM_MODE === 'webhook' && e.TELEGRAM_BOT_TOKEN && !e.PUBLIC_URL?.startsWith('https://')) {
    // Telegram posts updates only to https addresses (ports 443, 80, 88 or 8443); setWebhook refuses others.
    throw new ConfigError(
      'Invalid configuration:\n  PUBLIC_URL: expected an https URL when TELEGRAM_MODE=webhook (Telegram sends updates only over https)',
    )
  }
  const publicUrl = e.PUBLIC_URL ?? `http://localhost:${e.PORT}`
  const config: Config = {
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'pglite', dataDir: e.DATA_DIR },
    dataDir: e.DATA_DIR,
    http: { host: e.HOST, port: e.PORT },
    publicUrl,
    publicUrlSet: e.PUBLIC_URL !== undefined,
    logLevel: e.LOG_LEVEL,
    defaults: { timezone: e.DEFAULT_TIMEZONE, language: e.DEFAULT_LANGUAGE },
    console: e.CONSOLE,
    telegram: e.TELEGRAM_BOT_TOKEN
      ? {
          enabled: true,
          token: e.TELEGRAM_BOT_TOKEN,
          apiRoot: e.TELEGRAM_API_ROOT,
          mode: e.TELEGRAM_MODE,
          webhookSecret: e.TELEGRAM_WEBHOOK_SECRET,
        }
      : { enabled: false },
    whatsapp: {
      enabled: e.WHATSAPP_ENABLED,
      pairingNumber: e.WHATSAPP_PAIRING_NUMBER,
      waVersion: e.WHATSAPP_WA_VERSION,
      session: e.WHATSAPP_SESSION,
      pacing: {
        perMinute: e.WHATSAPP_MESSAGES_PER_MINUTE,
        minGapMs: e.WHATSAPP_MIN_GAP_MS,
        chatGapMs: e.WHATSAPP_CHAT_GAP_MS,
        jitterMs: e.WHATSAPP_JITTER_MS,
      },
    },
    adminToken: e.ADMIN_TOKEN,
    metricsToken: e.METRICS_TOKEN,
    webLink: { secret: e.WEB_LINK_SECRET, days: e.WEB_LINK_DAYS },
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
  }
  return deepFreeze(config)
}

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) {
    if (inner && typeof inner === 'object') deepFreeze(inner)
  }
  return Object.freeze(value)
}
