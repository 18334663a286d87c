/**
 * Command throughput and latency through the Telegram path: users write into groups on the fake Bot
 * API (test/fakes/telegram-bot-api.ts, real HTTP on loopback), Sinergi's Telegram adapter polls it,
 * and each answer is timed from the moment its message was posted to the moment the bot's reply
 * reached the fake. Side by side, in the same run, a bare grammY bot on the same fake code with the
 * same runner settings (per-chat order, 100 at once) replies "ok" to every message: Sinergi's figures
 * are given as a share of its throughput and a multiple of its p99. Telegram's send limits are lifted
 * for both (30 a second, 20 a minute into a group would cap both alike and hide the rest).
 *
 * A third bot shows what any design pays for its database round trips alone: the bare bot again,
 * making as many empty statements (`select 1`) on the same database before it answers as Sinergi's
 * command makes on its path. Every figure is the median of several rounds, each round a fresh process
 * running all the bots one after the other, and a ratio is taken within its round.
 *
 *   npm run bench:commands                         # 240 messages a burst, 3 rounds
 *   BENCH_ROUNDS=5 npx tsx bench/commands.ts 500   # another burst size and number of rounds
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { run, sequentialize } from '@grammyjs/runner'
import { Bot } from 'grammy'
import { type Kysely, sql } from 'kysely'
import pg from 'pg'
import pino from 'pino'
import { commands } from '../commands/index.js'
import { Dispatcher } from '../src/chat/dispatcher.js'
import { systemClock } from '../src/clock.js'
import { type DatabaseHandle, openDatabase } from '../src/db/create-db.js'
import type { Database } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import type { SendLimits } from '../src/platforms/telegram/pacing.js'
import { TelegramAdapter } from '../src/platforms/telegram/telegram-adapter.js'
import { Relay } from '../src/relay/relay.js'
import { type Scheduler, startScheduler } from '../src/scheduler/start.js'
import { type FakeChat, FakeTelegram, type FakeUser, type SentByBot } from '../test/fakes/telegram-bot-api.js'
import { measuredOn, percentile, writeSection } from './report.js'

const BURST = Number(process.argv[2] ?? 240)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const PACED_PER_SECOND = 5
const PACED_SECONDS = 20
const GROUPS = 8
const WRITERS_PER_GROUP = 3
const OPEN_LIMITS: SendLimits = { perSecond: 1e6, perGroupPerMinute: 1e6, perPrivatePerSecond: 1e6 }
const logger = pino({ level: 'silent' })

/**
 * The statements on a command's path (read off PostgreSQL's log): a write records the message with its
 * chat, finds the sender and forum, then begin, the item's number, the duplicate check, the item with its
 * audit row, commit, and the clash check; a read records the message, finds the sender, lists the days.
 */
const WRITE_STATEMENTS = 8
const READ_STATEMENTS = 3

const write = (i: number) => `/agenda@SinergiBot tambah besok 09.00 Rapat koordinasi nomor ${i} @ Aula`
const read = () => '/agenda@SinergiBot'

interface Pending {
  readonly messageId: number
  readonly sentAt: number
  readonly answered: (at: number) => void
}

/** Posts users' messages and times the bot's answer to each (matched by the message it quotes, else the oldest waiting in its chat). */
class Stopwatch {
  readonly #waiting = new Map<number, Pending[]>()

  constructor(readonly fake: FakeTelegram) {
    const sent = fake.sent as SentByBot[]
    const push = sent.push.bind(sent)
    sent.push = (...items: SentByBot[]) => {
      for (const item of items) this.#answered(item)
      return push(...items)
    }
  }

  /** Resolves with the latency (ms) once the bot answered. */
  post(chat: FakeChat, user: FakeUser, text: string): Promise<{ sentAt: number; answeredAt: number }> {
    return new Promise((resolve) => {
      const sentAt = performance.now()
      const message = this.fake.send(chat, user, text)
      const queue = this.#waiting.get(chat.id) ?? []
      this.#waiting.set(chat.id, queue)
      queue.push({
        messageId: message.message_id,
        sentAt,
        answered: (answeredAt) => resolve({ sentAt, answeredAt }),
      })
    })
  }

  #answered(item: SentByBot): void {
    const queue = this.#waiting.get(item.chatId)
    if (!queue?.length) return
    const quoted = queue.findIndex((p) => p.messageId === item.replyToMessageId)
    const [pending] = queue.splice(quoted >= 0 ? quoted : 0, 1)
    pending!.answered(performance.now())
  }
}

/** A bot under test on its own fake, with groups of writers ready. */
interface Subject {
  readonly name: string
  readonly watch: Stopwatch
  readonly groups: ReadonlyArray<{ chat: FakeChat; writers: FakeUser[] }>
  stop(): Promise<void>
}

async function groupsOn(fake: FakeTelegram) {
  return Array.from({ length: GROUPS }, (_, g) => {
    const admin = fake.user(`Koordinator${g}`)
    const writers = Array.from({ length: WRITERS_PER_GROUP }, (_, w) => fake.user(`Penulis${g}x${w}`))
    const chat = fake.group(`Bakohumas Uji ${g}`, { admins: [admin], members: writers })
    return { chat, admin, writers }
  })
}

/** The bare bot: "ok" to every message, after `statements` empty round trips to `db` when given. */
async function bareBot(floor?: { db: Kysely<Database>; statements: number }): Promise<Subject> {
  const fake = await FakeTelegram.start({ groupPerMinute: false })
  const watch = new Stopwatch(fake)
  const bot = new Bot(fake.token, { client: { apiRoot: fake.apiRoot } })
  bot.use(sequentialize((ctx) => String(ctx.chat?.id)))
  bot.on('message', async (ctx) => {
    for (let i = 0; i < (floor?.statements ?? 0); i += 1) await sql`select 1`.execute(floor!.db)
    await ctx.reply('ok', { reply_parameters: { message_id: ctx.msg.message_id } })
  })
  await bot.init()
  const runner = run(bot, {
    runner: { fetch: { timeout: 5 }, silent: true },
    sink: { concurrency: 100 },
  })
  const groups = await groupsOn(fake)
  return {
    name: floor ? `bare grammY + ${floor.statements} empty statements` : 'bare grammY',
    watch,
    groups,
    async stop() {
      await runner.stop()
      await fake.close()
    },
  }
}

/** Sinergi wired as src/main.ts wires it (dispatcher, relay, Telegram adapter, scheduler), forums set up by commands. */
async function sinergi(database: DatabaseHandle, options: { planner: boolean }): Promise<Subject> {
  const { db } = database
  const fake = await FakeTelegram.start({ groupPerMinute: false })
  const watch = new Stopwatch(fake)
  let scheduler: Scheduler | undefined
  const dispatcher = new Dispatcher({
    db,
    commands,
    clock: systemClock,
    logger,
    defaultLanguage: 'id',
    defaultTimezone: 'Asia/Jakarta',
    publicUrl: 'http://localhost:3000',
    ...(options.planner ? { onDataChanged: (change) => scheduler?.poke(change.workspaceId) } : {}),
  })
  const relay = new Relay({ db, dispatcher, clock: systemClock, logger, defaultLanguage: 'id' })
  const adapter = new TelegramAdapter({
    token: fake.token,
    apiRoot: fake.apiRoot,
    mode: 'polling',
    publicUrl: 'http://localhost:3000',
    core: relay,
    commands,
    clock: systemClock,
    logger,
    limits: OPEN_LIMITS,
    pollTimeoutSeconds: 5,
  })
  relay.register(adapter)
  adapter.start()
  const groups = await groupsOn(fake)
  for (const [g, { chat, admin, writers }] of groups.entries()) {
    await watch.post(chat, admin, `/aktifkan@SinergiBot Bakohumas Uji ${g}`)
    await watch.post(chat, admin, '/instansi@SinergiBot tambah DINKES Dinas Kesehatan opd')
    for (const writer of writers) await watch.post(chat, writer, '/gabung@SinergiBot DINKES')
  }
  if (options.planner)
    scheduler = startScheduler({ db, clock: systemClock, deliveries: relay.deliveries, logger })
  // Warm up (code paths compiled, the sweep at start done), as a server that has run a while is.
  for (const { chat, writers } of groups) {
    await watch.post(chat, writers[0]!, write(-1))
    await watch.post(chat, writers[0]!, read())
  }
  await new Promise((resolve) => setTimeout(resolve, 3_000))
  return {
    name: options.planner ? 'Sinergi' : 'Sinergi, no planner after writes',
    watch,
    groups,
    async stop() {
      await adapter.stop()
      await scheduler?.stop()
      await fake.close()
    },
  }
}

interface Figures {
  readonly messages: number
  readonly perSecond: number
  readonly p50: number
  readonly p99: number
}

/** `count` messages, one every `gapMs` (0: all at once), round the groups and their writers. */
async function drive(subject: Subject, count: number, gapMs: number, text: (i: number) => string) {
  const answers: Array<Promise<{ sentAt: number; answeredAt: number }>> = []
  for (let i = 0; i < count; i += 1) {
    const group = subject.groups[i % subject.groups.length]!
    const writer = group.writers[Math.floor(i / subject.groups.length) % group.writers.length]!
    answers.push(subject.watch.post(group.chat, writer, text(i)))
    if (gapMs > 0) await new Promise((resolve) => setTimeout(resolve, gapMs))
  }
  const done = await Promise.all(answers)
  const first = Math.min(...done.map((d) => d.sentAt))
  const last = Math.max(...done.map((d) => d.answeredAt))
  const latencies = done.map((d) => d.answeredAt - d.sentAt)
  return {
    messages: count,
    perSecond: count / ((last - first) / 1000),
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
  } satisfies Figures
}

const paced = PACED_PER_SECOND * PACED_SECONDS

/** A bot on a backend in a scenario, measured once, beside the bare bot of the same round. */
interface Measurement {
  readonly backend: string
  readonly scenario: string
  readonly bot: string
  readonly figures: Figures
  readonly bare: Figures
}

/** One row of the table: a bot on a backend in a scenario, measured once a round beside that round's bare bot. */
interface Row {
  readonly backend: string
  readonly scenario: string
  readonly bot: string
  readonly rounds: Array<{ readonly figures: Figures; readonly bare: Figures }>
}

const SCENARIOS = {
  writeBurst: `/agenda tambah, ${BURST} at once`,
  writePaced: `/agenda tambah, ${PACED_PER_SECOND} a second for ${PACED_SECONDS} s`,
  readPaced: `/agenda (list), ${PACED_PER_SECOND} a second for ${PACED_SECONDS} s`,
  readBurst: `/agenda (list), ${BURST} at once`,
}
const SCENARIO_ORDER: readonly string[] = Object.values(SCENARIOS)

/** Rows by backend, scenario and bot, in the order first measured. */
class Rows {
  readonly #rows = new Map<string, Row>()

  add({ backend, scenario, bot, figures, bare }: Measurement): void {
    const key = `${backend}|${scenario}|${bot}`
    const row = this.#rows.get(key) ?? { backend, scenario, bot, rounds: [] }
    this.#rows.set(key, row)
    row.rounds.push({ figures, bare })
  }

  /** Each backend's rows, its scenarios in SCENARIO_ORDER. */
  list(): Row[] {
    const rows = [...this.#rows.values()]
    const backends = [...new Set(rows.map((row) => row.backend))]
    return backends.flatMap((backend) =>
      rows
        .filter((row) => row.backend === backend)
        .sort((a, b) => SCENARIO_ORDER.indexOf(a.scenario) - SCENARIO_ORDER.indexOf(b.scenario)),
    )
  }
}

/**
 * One round on a backend: the bare bot, Sinergi (with and without the planner after writes, each on a
 * fresh database) and the bare bot with a command's empty statements, one after the other.
 */
async function oneRound(
  backend: string,
  open: () => Promise<{ handle: DatabaseHandle; drop(): Promise<void> }>,
): Promise<Measurement[]> {
  const measured: Measurement[] = []
  const record = (scenario: string, bot: Subject, figures: Figures, bare: Figures) => {
    measured.push({ backend, scenario, bot: bot.name, figures, bare })
    console.log(
      `${backend}, ${scenario}, ${bot.name}: ${figures.perSecond.toFixed(1)}/s, p99 ${figures.p99.toFixed(0)} ms (bare ${bare.perSecond.toFixed(1)}/s, ${bare.p99.toFixed(0)} ms)`,
    )
  }
  const gap = 1000 / PACED_PER_SECOND
  const bare = await bareBot()
  const bareBurst = await drive(bare, BURST, 0, write)
  const barePaced = await drive(bare, paced, gap, write)
  await bare.stop()
  for (const planner of [true, false]) {
    const database = await open()
    const bot = await sinergi(database.handle, { planner })
    try {
      record(SCENARIOS.writeBurst, bot, await drive(bot, BURST, 0, write), bareBurst)
      if (planner) {
        record(SCENARIOS.writePaced, bot, await drive(bot, paced, gap, write), barePaced)
        record(SCENARIOS.readPaced, bot, await drive(bot, paced, gap, read), barePaced)
        record(SCENARIOS.readBurst, bot, await drive(bot, BURST, 0, read), bareBurst)
      }
    } finally {
      await bot.stop()
      await database.drop()
    }
  }
  const database = await open()
  try {
    const writeFloor = await bareBot({ db: database.handle.db, statements: WRITE_STATEMENTS })
    record(SCENARIOS.writeBurst, writeFloor, await drive(writeFloor, BURST, 0, write), bareBurst)
    await writeFloor.stop()
    const readFloor = await bareBot({ db: database.handle.db, statements: READ_STATEMENTS })
    record(SCENARIOS.readPaced, readFloor, await drive(readFloor, paced, gap, read), barePaced)
    record(SCENARIOS.readBurst, readFloor, await drive(readFloor, BURST, 0, read), bareBurst)
    await readFloor.stop()
  } finally {
    await database.drop()
  }
  return measured
}

async function pglite() {
  const dataDir = await mkdtemp(join(tmpdir(), 'sinergi-bench-'))
  const handle = await openDatabase({ kind: 'pglite', dataDir })
  await migrateToLatest(handle.db)
  return {
    handle,
    async drop() {
      await handle.close()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

async function postgres(url: string) {
  const schema = `bench_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`CREATE SCHEMA ${schema}`)
  const handle = await openDatabase({ kind: 'postgres', url, searchPath: schema })
  await migrateToLatest(handle.db, schema)
  return {
    handle,
    async drop() {
      await handle.close()
      await admin.query(`DROP SCHEMA ${schema} CASCADE`)
      await admin.end()
    },
  }
}

const url = process.env.DATABASE_URL
const BACKENDS = {
  pglite: { label: 'PGlite (on disk)', open: pglite },
  postgres: { label: 'PostgreSQL', open: () => postgres(url!) },
}
type Backend = keyof typeof BACKENDS
const RESULT_LINE = 'bench-commands-round '

/**
 * Each round runs in a process of its own (this script, with the same Node flags): in one process the
 * later rounds ran slower, carrying the earlier rounds' engines and bots.
 */
async function roundInChild(backend: Backend): Promise<Measurement[]> {
  const child = spawn(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), String(BURST)],
    {
      env: { ...process.env, BENCH_ONE_ROUND: backend },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  let result: Measurement[] | undefined
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line.startsWith(RESULT_LINE)) result = JSON.parse(line.slice(RESULT_LINE.length))
    else console.log(line)
  })
  const [code] = await once(child, 'exit')
  if (code !== 0 || !result) throw new Error(`a round on ${backend} failed (exit code ${code})`)
  return result
}

const oneRoundOn = process.env.BENCH_ONE_ROUND as Backend | undefined
if (oneRoundOn) {
  const { label, open } = BACKENDS[oneRoundOn]
  console.log(`${RESULT_LINE}${JSON.stringify(await oneRound(label, open))}`)
  process.exit(0)
}

const rows = new Rows()
for (let round = 0; round < ROUNDS; round += 1) {
  for (const backend of url ? (['pglite', 'postgres'] as const) : (['pglite'] as const)) {
    for (const measurement of await roundInChild(backend)) rows.add(measurement)
  }
}

const median = (values: readonly number[]) => percentile(values, 0.5)
const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(0)} ms`)
function line({ backend, scenario, bot, rounds }: Row): string {
  const mid = (of: (figures: Figures) => number, side: 'figures' | 'bare' = 'figures') =>
    median(rounds.map((round) => of(round[side])))
  const share = median(rounds.map(({ figures, bare }) => figures.perSecond / bare.perSecond))
  const p99Times = median(rounds.map(({ figures, bare }) => figures.p99 / bare.p99))
  return `| ${backend} | ${scenario} | ${bot} | ${mid((f) => f.perSecond).toFixed(1)} | ${ms(mid((f) => f.p50))} | ${ms(mid((f) => f.p99))} | ${mid((f) => f.perSecond, 'bare').toFixed(1)}, ${ms(mid((f) => f.p99, 'bare'))} | ${(100 * share).toFixed(0)} % | ${p99Times.toFixed(1)} |`
}
const table = [
  '| database | messages | bot | answers/s | p50 | p99 | bare grammY answers/s, p99 | share of bare throughput | p99 × bare |',
  '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.list().map(line),
]
await writeSection(
  'commands',
  `## Commands through Telegram

\`npm run bench:commands\` (\`bench/commands.ts\`): ${GROUPS} groups, each its own forum with ${WRITERS_PER_GROUP} writers, on the fake
Bot API over loopback; Sinergi wired as \`src/main.ts\` wires it (scheduler on: every write pokes the planner
for its forum), a bare grammY bot replying "ok" to the same messages on the same fake code in the same run,
both in one process under \`npm start\`'s Node flags (\`--max-semi-space-size=1 --optimize-for-size\`).
A burst posts every message at once; paced posts ${PACED_PER_SECOND} a second. Latency runs from posting a message to the
bot's answer reaching the fake. Goals (issue "Hardening and speed"): a burst at ≥ 60 % of the bare bot's
throughput with p99 ≤ 1.5 × its p99; paced writes keep pace with p99 ≤ 1 s; paced reads p99 ≤ 1.5 × the bare bot's.

"bare grammY + N empty statements" is the bare bot making N round trips (\`select 1\`) to the same database
before it answers "ok", N being the statements on Sinergi's path for that command: ${WRITE_STATEMENTS} for a write (the
message recorded with its chat, the sender and forum, begin, the item's number, the duplicate check, the item
with its audit row, commit, the clash check), ${READ_STATEMENTS} for a read (the message, the sender, the days listed).
It is the ceiling of any bot making those round trips, whatever its code around them. Each figure is the
median of ${ROUNDS} rounds; a round runs every bot once, one after the other, and shares and multiples are
taken within a round. Each round runs in a fresh process.

${table.join('\n')}

${measuredOn(url ? ', PostgreSQL on the same machine' : '')}`,
)
console.log(table.join('\n'))
