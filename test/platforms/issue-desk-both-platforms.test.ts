import { afterEach, expect, it, vi } from 'vitest'
import { BUDI, content, GROUP, groupMessage, SARI, TONO } from '../fixtures/whatsapp/messages.js'
import { bothPlatforms as startBothPlatforms, waText } from '../support/both-platforms.js'
import { describeWithDatabase } from '../support/databases.js'

// Wednesday 7 January 2026, 10.00 WIB.
const NOW = '2026-01-07T10:00:00+07:00'

/** A text without WhatsApp's bold markers (Telegram carries bold as entities, not in the text). */
const plain = (text: string): string => text.replaceAll('*', '')

const CLARIFICATION = [
  '/isu 1 tanggapan',
  'Judul: Vaksin tidak mengandung chip',
  'Naskah: Informasi itu tidak benar.',
  'Vaksin sudah diuji BPOM.',
  'Tautan: https://dinkes.wonosobokab.go.id/klarifikasi',
  'Platform: IG, FB',
].join('\n')

describeWithDatabase('the issue desk across Telegram and WhatsApp, end to end', (get) => {
  let stop: (() => Promise<void>) | undefined
  afterEach(async () => {
    await stop?.()
    stop = undefined
  })

  /**
   * The forum across both platforms: started on Telegram by Sari (coordinator) with DINKES, POLRES and
   * KOMINFO (Andi); the WhatsApp group linked by Budi, with Sari of DINKES and Tono of POLRES in it.
   */
  async function forumOnBothPlatforms() {
    const platforms = await startBothPlatforms(get().db, NOW)
    stop = platforms.stop
    const { clock, fake, socket, onWhatsApp } = platforms

    // The forum starts on Telegram, with three agencies; the WhatsApp group joins it with a code.
    const sari = fake.user('Sari', { lastName: 'Koordinator', username: 'sari_humas' })
    const andi = fake.user('Andi', { username: 'andi_kominfo' })
    const tgGroup = fake.group('Bakohumas Wonosobo', { admins: [sari], members: [andi] })
    /** A command sent on Telegram; returns the texts the bot sent to the group for it. */
    const onTelegram = async (from: typeof sari, text: string) => {
      const before = fake.sentTo(tgGroup).length
      fake.send(tgGroup, from, text)
      const sent = await fake.waitForSent(tgGroup, before + 1)
      return sent.slice(before).map((s) => s.message.text ?? '')
    }
    await onTelegram(sari, '/aktifkan Bakohumas Kabupaten Wonosobo')
    await onTelegram(sari, '/instansi tambah DINKES Dinas Kesehatan opd')
    await onTelegram(sari, '/instansi tambah POLRES Polres Wonosobo vertikal')
    await onTelegram(sari, '/instansi tambah KOMINFO Diskominfo opd')
    await onTelegram(andi, '/gabung KOMINFO')
    const privately = fake.privateChat(sari)
    fake.send(privately, sari, '/kode')
    const [codeMessage] = await fake.waitForSent(privately, 1)
    const code = /\b([A-Z0-9]{4,}-?[A-Z0-9]{2,})\b/.exec(codeMessage!.message.text ?? '')?.[1]
    expect(code).toBeDefined()
    const onWa = (from: typeof SARI, text: string) =>
      onWhatsApp(groupMessage({ from, at: clock.now(), content: content.conversation(text) }))
    const linked = await onWa(BUDI, `/hubungkan ${code}`)
    expect(waText(linked[0]!)).toContain('Bakohumas Kabupaten Wonosobo')
    await onWa(SARI, '/gabung DINKES')
    await onWa(TONO, '/gabung POLRES')
    const tgTexts = () => fake.sentTo(tgGroup).map((s) => s.message.text ?? '')
    const waTexts = () => socket.sent.filter((s) => s.jid === GROUP).map((s) => plain(waText(s)))
    const mentionsOf = (sent: (typeof socket.sent)[number]) =>
      (sent.content as { mentions?: string[] }).mentions ?? []
    const at = (lid: string) => `@${lid.split('@')[0]}`

    return {
      ...platforms,
      sari,
      tgGroup,
      onTelegram,
      privately,
      onWa,
      tgTexts,
      waTexts,
      mentionsOf,
      at,
    }
  }

  it('opens an issue with a screenshot on WhatsApp, assigns it on Telegram, reminds on time, answers, amplifies and closes it', async () => {
    const forum = await forumOnBothPlatforms()
    const { db, clock, fake, socket, runAt, onWhatsApp, sari, onTelegram, privately, onWa } = forum
    const { tgTexts, waTexts, mentionsOf, at } = forum
    // 1. A POLRES member opens a high-level hoax issue on WhatsApp with a screenshot; the group's
    // coordinator (Budi, the WhatsApp admin who linked it) is mentioned.
    const screenshot = groupMessage({
      from: TONO,
      at: clock.now(),
      content: content.image(
        '/isu Beredar hoaks vaksin mengandung chip https://facebook.com/share/p/abc\nJenis: hoaks\nTingkat: tinggi',
      ),
    })
    const [opened] = await onWhatsApp(screenshot)
    expect(opened!.jid).toBe(GROUP)
    expect(plain(waText(opened!))).toBe(
      `🚨 Isu #1 dicatat — hoaks, tingkat tinggi.\nTangkapan layar dilampirkan.\n${at(BUDI.lid)}: mohon tugaskan dengan /isu 1 tugaskan KODE.`,
    )
    expect(mentionsOf(opened!)).toEqual([BUDI.lid])
    expect(await db.selectFrom('issues').selectAll().executeTakeFirstOrThrow()).toMatchObject({
      number: 1,
      text: 'Beredar hoaks vaksin mengandung chip https://facebook.com/share/p/abc',
      category: 'hoaks',
      level: 'tinggi',
      status: 'terbuka',
      screenshot_platform: 'whatsapp',
      screenshot_ref: `${GROUP}/${screenshot.key.id}`,
      screenshot_media: 'photo',
      screenshot_mime: 'image/jpeg',
    })

    // 2. The coordinator assigns it on Telegram: two hours for a high-level issue. Both groups hear it;
    // on WhatsApp DINKES's member is mentioned, on Telegram (where DINKES has nobody) the agency is named.
    const assigned = await onTelegram(sari, '/isu 1 tugaskan DINKES')
    expect(assigned[0]).toBe(
      '📌 Isu #1 ditugaskan ke DINKES — tenggat 12.00 WIB (2 jam lagi).\nDINKES: mohon siapkan klarifikasi dan kirim dengan /isu 1 tanggapan.\nRincian isu: /isu 1 di chat pribadi dengan bot.',
    )
    await vi.waitFor(() => expect(waTexts().some((t) => t.startsWith('📌 Isu #1'))).toBe(true))
    const waAssigned = socket.sent.find((s) => waText(s).includes('ditugaskan ke *DINKES*'))!
    expect(plain(waText(waAssigned))).toBe(
      `📌 Isu #1 ditugaskan ke DINKES — tenggat 12.00 WIB (2 jam lagi).\n${at(SARI.lid)}: mohon siapkan klarifikasi dan kirim dengan /isu 1 tanggapan.\nRincian isu: /isu 1 di chat pribadi dengan bot.`,
    )
    expect(mentionsOf(waAssigned)).toEqual([SARI.lid])
    const row = await db.selectFrom('issues').select(['status', 'deadline_at']).executeTakeFirstOrThrow()
    expect([row.status, row.deadline_at?.toISOString()]).toEqual(['ditugaskan', '2026-01-07T05:00:00.000Z'])

    // 3. Half the time gone, and not a minute before, DINKES is reminded in both groups.
    const halfway = (text: string) => text.startsWith('⏳ Isu #1')
    await runAt('2026-01-07T10:59:00+07:00')
    expect(tgTexts().filter(halfway)).toEqual([])
    expect(waTexts().filter(halfway)).toEqual([])
    await runAt('2026-01-07T11:00:00+07:00')
    expect(tgTexts().filter(halfway)).toEqual([
      '⏳ Isu #1 (DINKES) — waktu tinggal separuh: tenggat 12.00 WIB (60 menit lagi).\nDINKES: mohon kirim klarifikasi dengan /isu 1 tanggapan.',
    ])
    expect(waTexts().filter(halfway)).toEqual([
      `⏳ Isu #1 (DINKES) — waktu tinggal separuh: tenggat 12.00 WIB (60 menit lagi).\n${at(SARI.lid)}: mohon kirim klarifikasi dengan /isu 1 tanggapan.`,
    ])
    expect(mentionsOf(socket.sent.find((s) => halfway(plain(waText(s))))!)).toEqual([SARI.lid])

    // 4. DINKES sends its clarification on WhatsApp: an urgent draft, the coordinator mentioned at once.
    clock.set('2026-01-07T11:15:00+07:00')
    const [submitted] = await onWa(SARI, CLARIFICATION)
    expect(plain(waText(submitted!))).toBe(
      `📝 Klarifikasi isu #1 diajukan sebagai konten #2 (mendesak): Vaksin tidak mengandung chip.\n${at(BUDI.lid)}: mohon tinjau segera dengan /setujui 2; naskahnya: /konten 2 di chat pribadi.`,
    )
    expect(mentionsOf(submitted!)).toEqual([BUDI.lid])
    // The coordinator approves it on Telegram; the issue is answered.
    clock.set('2026-01-07T11:20:00+07:00')
    const [approved] = await onTelegram(sari, '/setujui 2')
    expect(approved).toContain('Draf #2 Vaksin tidak mengandung chip disetujui.')
    expect(approved).toContain('Isu #1 kini ditanggapi.')
    const answered = await db
      .selectFrom('issues')
      .select(['status', 'first_answer_at'])
      .executeTakeFirstOrThrow()
    expect(answered.status).toBe('ditanggapi')
    expect(answered.first_answer_at?.toISOString()).toBe('2026-01-07T04:15:00.000Z')
    // Past the deadline and the overdue mark, no deadline or overdue reminder goes out: they were withdrawn.
    await runAt('2026-01-07T12:00:00+07:00')
    await runAt('2026-01-07T12:30:00+07:00')
    const late = (text: string) => text.startsWith('⏰ Isu #1') || text.startsWith('🔴 Isu #1')
    expect(tgTexts().filter(late)).toEqual([])
    expect(waTexts().filter(late)).toEqual([])
    const reminders = await db
      .selectFrom('outbox')
      .select(['kind', 'status'])
      .where('kind', 'in', ['issue_deadline', 'issue_overdue'])
      .orderBy('kind')
      .execute()
    // One of each per group, Telegram's and WhatsApp's.
    expect(reminders.map((r) => [r.kind, r.status])).toEqual([
      ['issue_deadline', 'withdrawn'],
      ['issue_deadline', 'withdrawn'],
      ['issue_overdue', 'withdrawn'],
      ['issue_overdue', 'withdrawn'],
    ])

    // 5. The coordinator asks every agency to amplify the clarification; the request names the issue on both platforms.
    const [request] = await onTelegram(sari, '/isu 1 sebar')
    expect(request).toContain('📣 Sebar #3: Klarifikasi isu #1: Vaksin tidak mengandung chip')
    expect(request).toContain('Untuk: semua instansi (3)')
    await vi.waitFor(() =>
      expect(
        waTexts().some((t) => t.includes('Sebar #3: Klarifikasi isu #1: Vaksin tidak mengandung chip')),
      ).toBe(true),
    )
    expect(waTexts().find((t) => t.includes('Sebar #3'))).toContain('/lapor 3 <tautan>')

    // 6. Before closing, the coordinator's private list shows the issue; after closing, it does not.
    let privateCount = fake.sentTo(privately).length
    const inPrivate = async (text: string) => {
      fake.send(privately, sari, text)
      return (await fake.waitForSent(privately, ++privateCount)).at(-1)!.message.text ?? ''
    }
    expect(await inPrivate('/isu')).toContain('• #1 [tinggi] hoaks: Beredar hoaks vaksin mengandung chip')
    expect(await onTelegram(sari, '/isu 1 selesai klarifikasi terbit')).toEqual([
      '✅ Isu #1 selesai: klarifikasi terbit.',
    ])
    expect(await inPrivate('/isu')).toBe(
      'Tidak ada isu terbuka. Catat isu baru dengan /isu <teks atau tautan>.',
    )
    expect(await onTelegram(sari, '/isu')).toEqual(['Tidak ada isu terbuka.'])
    const closed = await db.selectFrom('issues').select(['status', 'outcome']).executeTakeFirstOrThrow()
    expect(closed).toEqual({ status: 'selesai', outcome: 'klarifikasi terbit' })
  })

  it('calls the coordinator about an unassigned high issue, reminds the late agency and the coordinator to the minute, and /rekap counts the answers', async () => {
    const forum = await forumOnBothPlatforms()
    const { clock, socket, runAt, sari, onTelegram, onWa, tgTexts, waTexts, mentionsOf, at } = forum
    const arrived = (start: string) => ({
      telegram: tgTexts().filter((text) => text.startsWith(start)),
      whatsapp: waTexts().filter((text) => text.startsWith(start)),
    })
    const sentOnWa = (start: string) => socket.sent.find((s) => plain(waText(s)).startsWith(start))!

    // 10.00: a POLRES member opens a high-level hoax (#1) and a medium-level media question (#2).
    await onWa(TONO, '/isu Hoaks vaksin mengandung chip\nJenis: hoaks\nTingkat: tinggi')
    await onWa(TONO, '/isu Wartawan menanyakan data kecelakaan mudik\nJenis: pertanyaan media')

    // 10.30: #1 is still unassigned, so the coordinator is called in both groups; not a minute before.
    const unassigned = '🚨 Isu #1 tingkat tinggi belum ditugaskan'
    await runAt('2026-01-07T10:29:00+07:00')
    expect(arrived(unassigned)).toEqual({ telegram: [], whatsapp: [] })
    await runAt('2026-01-07T10:30:00+07:00')
    expect(arrived(unassigned)).toEqual({
      telegram: [
        '🚨 Isu #1 tingkat tinggi belum ditugaskan (dibuka 30 menit lalu).\nSari Koordinator: tugaskan dengan /isu 1 tugaskan KODE [tenggat].',
      ],
      whatsapp: [
        `🚨 Isu #1 tingkat tinggi belum ditugaskan (dibuka 30 menit lalu).\n${at(BUDI.lid)}: tugaskan dengan /isu 1 tugaskan KODE [tenggat].`,
      ],
    })
    expect(mentionsOf(sentOnWa(unassigned))).toEqual([BUDI.lid])

    // 10.40: assigned on Telegram, #1 to DINKES for an hour (due 11.40), #2 to POLRES for two (due 12.40).
    clock.set('2026-01-07T10:40:00+07:00')
    await onTelegram(sari, '/isu 1 tugaskan DINKES 1 jam')
    await onTelegram(sari, '/isu 2 tugaskan POLRES 2 jam')
    // 11.10: POLRES answers #2 after 30 minutes; the 11.00 call about #1 was withdrawn by the assignment.
    await runAt('2026-01-07T11:00:00+07:00')
    clock.set('2026-01-07T11:10:00+07:00')
    await onWa(TONO, '/isu 2 tanggapan\nNaskah: Data kecelakaan mudik ada di situs Polres.')
    await runAt('2026-01-07T11:10:00+07:00')
    expect(arrived(unassigned).telegram).toHaveLength(1)
    expect(arrived(unassigned).whatsapp).toHaveLength(1)
    expect(arrived('⏳ Isu #1').telegram).toHaveLength(1)

    // 11.40: DINKES has sent nothing; at its deadline, and not a minute before, it is reminded.
    const deadline = '⏰ Isu #1'
    await runAt('2026-01-07T11:39:00+07:00')
    expect(arrived(deadline)).toEqual({ telegram: [], whatsapp: [] })
    await runAt('2026-01-07T11:40:00+07:00')
    expect(arrived(deadline)).toEqual({
      telegram: [
        '⏰ Isu #1 (DINKES) — tenggat sekarang (11.40 WIB), klarifikasi belum masuk.\nDINKES: mohon kirim klarifikasi dengan /isu 1 tanggapan.',
      ],
      whatsapp: [
        `⏰ Isu #1 (DINKES) — tenggat sekarang (11.40 WIB), klarifikasi belum masuk.\n${at(SARI.lid)}: mohon kirim klarifikasi dengan /isu 1 tanggapan.`,
      ],
    })
    expect(mentionsOf(sentOnWa(deadline))).toEqual([SARI.lid])

    // 12.10: thirty minutes late, and not a minute before, the coordinator is told.
    const overdue = '🔴 Isu #1'
    await runAt('2026-01-07T12:09:00+07:00')
    expect(arrived(overdue)).toEqual({ telegram: [], whatsapp: [] })
    await runAt('2026-01-07T12:10:00+07:00')
    expect(arrived(overdue)).toEqual({
      telegram: [
        '🔴 Isu #1 terlambat 30 menit: DINKES belum mengirim klarifikasi (tenggat 11.40 WIB).\nSari Koordinator: tugaskan dengan /isu 1 tugaskan KODE [tenggat].',
      ],
      whatsapp: [
        `🔴 Isu #1 terlambat 30 menit: DINKES belum mengirim klarifikasi (tenggat 11.40 WIB).\n${at(BUDI.lid)}: tugaskan dengan /isu 1 tugaskan KODE [tenggat].`,
      ],
    })
    expect(mentionsOf(sentOnWa(overdue))).toEqual([BUDI.lid])
    // Nothing about #2, answered in time.
    expect(tgTexts().filter((text) => text.includes('Isu #2 (POLRES)'))).toEqual([])

    // 12.20: DINKES answers at last, 100 minutes after the assignment, past its deadline.
    clock.set('2026-01-07T12:20:00+07:00')
    await onWa(SARI, '/isu 1 tanggapan\nNaskah: Vaksin tidak mengandung chip.')
    await runAt('2026-01-07T13:00:00+07:00')
    expect(arrived(overdue).telegram).toHaveLength(1)

    // 13.00: the recap, asked on Telegram, counts each agency's issues with exact figures.
    const [recap] = await onTelegram(sari, '/rekap')
    expect(recap).toContain(
      [
        'Respons isu (ditugaskan dalam periode ini):',
        '• DINKES — ditugaskan 1, ditanggapi 1, median 100 menit, terlambat 1',
        '• POLRES — ditugaskan 1, ditanggapi 1, median 30 menit, terlambat 0',
      ].join('\n'),
    )
  })
})
