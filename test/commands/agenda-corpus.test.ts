import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { seedForum } from '../support/seed.js'
import { instantOf, wallClock } from '../time/clock.js'

// Every block of the shared corpus, sent through the dispatcher as a group member writes it, and the
// stored row checked field by field. "now" is 2026-01-07 10:00 in Asia/Jakarta (the corpus header).
const ZONE = 'Asia/Jakarta'

type Sender = 'member' | 'coordinator' | 'guest'
type Block = { sender: Sender; senderNote: string; message: string; expected: Map<string, string> }

function readBlocks(): Block[] {
  const text = readFileSync(new URL('../fixtures/corpus/agenda-messages.txt', import.meta.url), 'utf8')
  return text
    .split(/^====$/m)
    .slice(1)
    .map((raw) => {
      const [messagePart = '', expectedPart = ''] = raw.split(/^----$/m)
      const messageLines = messagePart.split('\n')
      const senderNote =
        messageLines.find((line) => /^#\s*sender:/i.test(line))?.replace(/^#\s*sender:\s*/i, '') ?? ''
      const sender: Sender = /coordinator/i.test(senderNote)
        ? 'coordinator'
        : /not a member/i.test(senderNote)
          ? 'guest'
          : 'member'
      const message = messageLines
        .filter((line) => !line.startsWith('#'))
        .join('\n')
        .trim()
      const pairs = expectedPart
        .split('\n')
        .filter((line) => line.trim() && !line.startsWith('#'))
        .map((line) => {
          const colon = line.indexOf(':')
          return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()] as const
        })
      return { sender, senderNote, message, expected: new Map(pairs) }
    })
}

/** The words an expectation quotes ("Tempta") or puts in parentheses ((Waktu/Tanggal), (/gabung KODE)). */
function namedWords(description: string): string[] {
  const quoted = [...description.matchAll(/"([^"]+)"/g)].map((m) => m[1]!)
  const bracketed = [...description.matchAll(/\(([^)]+)\)/g)].flatMap((m) =>
    m[1]!.startsWith('/') ? [m[1]!] : m[1]!.split('/').map((word) => word.trim()),
  )
  return [...quoted, ...bracketed]
}

const blocks = readBlocks()

describeWithDatabase(
  'agenda corpus through the dispatcher (test/fixtures/corpus/agenda-messages.txt)',
  (get) => {
    it('holds submissions and refusals', () => {
      expect(blocks.filter((b) => b.expected.has('start')).length).toBeGreaterThanOrEqual(6)
      expect(blocks.filter((b) => b.expected.has('error')).length).toBeGreaterThanOrEqual(3)
    })

    it.each(
      blocks.map((block, index) => ({
        ...block,
        name: `${index + 1}: ${block.message.split('\n').slice(0, 2).join(' / ')}`,
      })),
    )('block $name', async (block) => {
      const chat = new ChatHarness(get().db, { now: '2026-01-07T10:00:00+07:00' })
      const forum = await seedForum(chat, {
        agencies: [
          { code: 'DINKES', name: 'Dinas Kesehatan', kind: 'opd' },
          { code: 'POLRES', name: 'Kepolisian Resor Wonosobo', kind: 'vertikal' },
        ],
        members: [{ name: 'Budi Dinkes', agency: 'DINKES' }],
      })
      const sender =
        block.sender === 'coordinator'
          ? forum.coordinator
          : block.sender === 'guest'
            ? chat.person('Tamu', { in: [forum.group] })
            : forum.people['Budi Dinkes']!
      const answer = await chat.send(forum.group, sender, block.message)
      const rows = await chat.db
        .selectFrom('agenda_items')
        .innerJoin('agencies', 'agencies.id', 'agenda_items.agency_id')
        .selectAll('agenda_items')
        .select('agencies.code')
        .execute()

      const error = block.expected.get('error')
      if (error) {
        expect(rows).toEqual([])
        expect(await chat.db.selectFrom('item_numbers').selectAll().execute()).toEqual([])
        expect(answer.text).not.toContain('tercatat')
        for (const word of namedWords(error)) expect(answer.text).toContain(word)
        return
      }

      expect(rows).toHaveLength(1)
      const row = rows[0]!
      expect(answer.text).toContain(`Agenda #${row.number} tercatat`)
      const start = block.expected.get('start')!
      const end = block.expected.get('end')
      if (/^\d{4}-\d{2}-\d{2}$/.test(start)) {
        expect(row).toMatchObject({
          all_day: true,
          start_date: start,
          end_date: end ?? null,
          starts_at: null,
        })
      } else {
        expect(row.all_day).toBe(false)
        expect(wallClock(row.starts_at!, ZONE)).toBe(start)
        expect(row.starts_at!.getTime()).toBe(instantOf(start, ZONE).getTime())
        // Daily times are stored until the last day's end, or its start when no end was written.
        const dailyUntil = block.expected.get('daily until')
        const storedEnd = dailyUntil ? `${dailyUntil} ${(end ?? start).slice(11)}` : (end ?? null)
        expect(row.ends_at && wallClock(row.ends_at, ZONE)).toBe(storedEnd)
        expect(row.daily).toBe(dailyUntil !== undefined)
      }
      expect(row.title).toBe(block.expected.get('title'))
      expect(row.location).toBe(block.expected.get('location') ?? null)
      expect(row.code).toBe(block.expected.get('agency'))
      expect(row.coverage).toBe(block.expected.get('coverage') === 'yes')
      expect(row.status).toBe('terjadwal')

      const notes = block.expected.get('notes')
      const keptKeys = notes ? [...notes.matchAll(/"([^"]+)"/g)].map((m) => m[1]!) : []
      if (keptKeys.length > 0) {
        const confirmationLine = answer.text
          .split('\n')
          .find((line) => line.startsWith('Disimpan di keterangan'))
        for (const key of keptKeys) {
          expect(row.notes).toMatch(new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`, 'm'))
          expect(confirmationLine).toContain(key)
        }
      } else {
        expect(row.notes).toBe(notes ?? null)
      }
    })
  },
)
