import { createHmac } from 'node:crypto'
import { expect, it } from 'vitest'
import { signCalendarLink, verifyCalendarLink } from '../../src/domain/calendar/web-link.js'
import { escapeHtml, html } from '../../src/web/html.js'
import { sameSecret } from '../../src/web/security.js'
import { ChatHarness } from '../support/chat-harness.js'
import { describeWithDatabase } from '../support/databases.js'
import { calendarPath, FixedClock, NOW, SECRET, seededForum, webApp } from './fixture.js'

describeWithDatabase('web security', (get) => {
  it('sends the security headers on every kind of answer', async () => {
    const chat = new ChatHarness(get().db, { now: NOW })
    const { workspaceId } = await seededForum(chat)
    const app = webApp(get(), new FixedClock(NOW), { adminToken: 'q7Vd2LxN9pR4tW8zK3mB6hJ1sF5gC0aE' })
    const paths = [
      '/healthz',
      '/metrics',
      calendarPath(workspaceId, 'guest'),
      '/kalender/palsu',
      '/ical/palsu.ics',
      '/admin/whatsapp',
      '/tidak-ada',
    ]
    for (const path of paths) {
      const response = await app.request(path)
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(csp, path).toContain("default-src 'none'")
      expect(csp, path).toContain("frame-ancestors 'none'")
      expect(csp, path).not.toContain('unsafe-inline')
      expect(csp, path).not.toContain('script-src')
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer')
      expect(response.headers.get('x-frame-options'), path).toBe('DENY')
    }
  })

  it('lists no workspaces anywhere', async () => {
    const chat = new ChatHarness(get().db, { now: NOW })
    await seededForum(chat)
    const app = webApp(get(), new FixedClock(NOW))
    for (const path of ['/', '/kalender', '/kalender/', '/ical', '/ical/', '/kalender/1', '/workspaces']) {
      const response = await app.request(path)
      expect(response.status, path).toBe(404)
      expect(await response.text(), path).not.toContain('Wonosobo')
    }
  })
})

it('escapes every interpolated value, in text and in attributes', () => {
  expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
  const title = '<script>alert(1)</script>'
  expect(html`<p title="${title}">${title}</p>`.value).toBe(
    '<p title="&lt;script&gt;alert(1)&lt;/script&gt;">&lt;script&gt;alert(1)&lt;/script&gt;</p>',
  )
  expect(html`<ul>${['<b>', html`<li>ok</li>`, null, false, undefined, 3]}</ul>`.value).toBe(
    '<ul>&lt;b&gt;<li>ok</li>3</ul>',
  )
})

it('compares secrets without regard to where they differ', () => {
  expect(sameSecret('rahasia', 'rahasia')).toBe(true)
  expect(sameSecret('rahasiA', 'rahasia')).toBe(false)
  expect(sameSecret('rahasia-panjang', 'rahasia')).toBe(false)
  expect(sameSecret('', '')).toBe(false)
})

it('tells a forged calendar link from an expired genuine one', () => {
  const now = new Date(NOW)
  const expiresAt = new Date(now.getTime() + 60_000)
  const link = { workspaceId: 12, generation: 3, viewer: 'coordinator', personId: 45, expiresAt } as const
  const token = signCalendarLink(SECRET, link)
  expect(token).toMatch(/^12\.3\.c45\.\d+\.[A-Za-z0-9_-]{43}$/)
  expect(verifyCalendarLink(SECRET, token, now)).toEqual({
    ok: true,
    link: { ...link, expiresAt: new Date(Math.floor(expiresAt.getTime() / 1000) * 1000) },
  })
  expect(verifyCalendarLink(`${SECRET}x`, token, now)).toEqual({ ok: false, reason: 'invalid' })
  for (const altered of [
    token.replace('.c45.', '.g.'),
    token.replace('.c45.', '.c46.'),
    token.replace('12.3.', '12.4.'),
    token.replace(/\.c45\.\d+\./, '.c45.1000.'),
  ])
    expect(verifyCalendarLink(SECRET, altered, now), altered).toEqual({ ok: false, reason: 'invalid' })
  expect(verifyCalendarLink(SECRET, token, new Date(expiresAt.getTime() + 1000))).toEqual({
    ok: false,
    reason: 'expired',
  })
})

it('still reads a link signed before generations, as generation 0 naming no coordinator', () => {
  const now = new Date(NOW)
  const expires = Math.floor(now.getTime() / 1000) + 60
  const sign = (letter: string) =>
    createHmac('sha256', SECRET)
      .update(`sinergi-calendar-link-v1\n12\n${letter}\n${expires}`)
      .digest('base64url')
  const token = `12.c.${expires}.${sign('c')}`
  expect(verifyCalendarLink(SECRET, token, now)).toEqual({
    ok: true,
    link: {
      workspaceId: 12,
      generation: 0,
      viewer: 'coordinator',
      personId: null,
      expiresAt: new Date(expires * 1000),
    },
  })
  expect(verifyCalendarLink(SECRET, `12.g.${expires}.${sign('c')}`, now)).toEqual({
    ok: false,
    reason: 'invalid',
  })
})
