import { type Context, Hono } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import QRCode from 'qrcode'
import type { Clock } from '../clock.js'
import type { WhatsAppLinkStatus } from '../platforms/link-status.js'
import { type Language, type MessageKey, translatePlain } from '../text/catalog/index.js'
import { formatDateTime } from '../time/format.js'
import { ADMIN_SESSION_MS, AdminSessions } from './admin-sessions.js'
import { GuessThrottle } from './guess-throttle.js'
import { html } from './html.js'
import { documentPage, messagePage, notFoundPage, PAGE_HEADERS } from './pages.js'
import { sameSecret } from './security.js'

export interface WhatsAppLinkPageSources {
  /** ADMIN_TOKEN; undefined disables the page (404). */
  readonly adminToken: string | undefined
  /** The WhatsApp adapter's current link status; absent when WhatsApp is not enabled. */
  readonly whatsappLinkStatus?: () => WhatsAppLinkStatus | undefined
  /** Zone and language the page shows times and words in. */
  readonly timezone: string
  readonly language: Language
  /** Time for session expiry and the guess throttle. */
  readonly clock: Clock
}

const PATH = '/admin/whatsapp'
const LOGOUT_PATH = '/admin/logout'
const COOKIE = 'sinergi_admin'
/** While something is about to change (a QR code is replaced every ~20 s), reload often. */
const FAST_REFRESH_S = 5
const SLOW_REFRESH_S = 30

function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https'
}

/**
 * Whom to throttle: the address the reverse proxy appended last, else the socket's peer. A client
 * that reaches the port directly can vary the header, which only the overall cap then stops.
 */
function clientAddress(c: Context): string {
  const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim()
  if (forwarded) return forwarded
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming
  return incoming?.socket?.remoteAddress ?? 'unknown'
}

function presentedToken(c: Context): string | undefined {
  const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim()
  return c.req.query('token') ?? bearer
}

function messageResponse(
  c: Context,
  lang: Language,
  keys: { title: MessageKey; text: MessageKey },
  status: 401 | 429 | 200,
  params?: Record<string, string>,
): Response {
  return c.html(
    messagePage(lang, translatePlain(lang, keys.title), translatePlain(lang, keys.text, params)),
    status,
    PAGE_HEADERS,
  )
}

async function qrDataUrl(payload: string): Promise<string> {
  const svg = await QRCode.toString(payload, { type: 'svg', margin: 2, errorCorrectionLevel: 'L' })
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
}

async function renderStatus(sources: WhatsAppLinkPageSources): Promise<string> {
  const lang = sources.language
  const t = (key: MessageKey, params?: Record<string, string>) => translatePlain(lang, key, params)
  const status: WhatsAppLinkStatus | undefined = sources.whatsappLinkStatus
    ? sources.whatsappLinkStatus()
    : { state: 'disabled', updatedAt: new Date(0) }
  const state = status?.state ?? 'connecting'
  const waiting = ['connecting', 'waiting-for-qr-scan', 'waiting-for-pairing-code', 'reconnecting'].includes(
    state,
  )
  const qr = status?.qr && state === 'waiting-for-qr-scan' ? await qrDataUrl(status.qr) : undefined
  const pairing = state === 'waiting-for-pairing-code' ? status?.pairingCode : undefined
  const body = html`<main class="admin">
<h1>${t('web.admin.title')}</h1>
<p>${t('web.admin.state')}: <span class="state" data-state="${state}">${t(`web.admin.state.${state}`)}</span></p>
${status?.detail ? html`<p class="detail">${status.detail}</p>` : ''}
${qr ? html`<p>${t('web.admin.scan')}</p><div class="qr"><img src="${qr}" alt="${t('web.admin.qr_alt')}" width="320" height="320"></div>` : ''}
${pairing ? html`<p>${t('web.admin.pairing')}</p><p class="pairing">${pairing}</p>` : ''}
${
  status && state !== 'disabled'
    ? html`<p class="updated">${t('web.admin.updated', { time: formatDateTime(status.updatedAt, sources.timezone, lang) })}</p>`
    : ''
}
<form method="post" action="${LOGOUT_PATH}"><button type="submit">${t('web.admin.logout')}</button></form>
</main>`
  return documentPage({
    lang,
    title: t('web.admin.title'),
    body,
    refreshSeconds: waiting ? FAST_REFRESH_S : SLOW_REFRESH_S,
  })
}

/**
 * `GET /admin/whatsapp`: the QR code or pairing code that links WhatsApp, and the connection state,
 * reloading itself. Only with ADMIN_TOKEN set (otherwise 404), presented as `Authorization: Bearer` or
 * once as `?token=`, which starts a server-side session (12 h, not extended) kept in an HttpOnly
 * cookie and redirects to the address without the token. Wrong tokens are throttled (`GuessThrottle`);
 * `POST /admin/logout` ends the session.
 */
export function whatsappLinkRoutes(sources: WhatsAppLinkPageSources): Hono {
  const routes = new Hono()
  const sessions = new AdminSessions(sources.clock)
  const throttle = new GuessThrottle(sources.clock)
  const lang = sources.language

  routes.get(PATH, async (c) => {
    const { adminToken } = sources
    if (!adminToken) return notFoundPage(c)
    const session = getCookie(c, COOKIE)
    // A session id is 256 random bits: checking one is not worth throttling, and a signed-in admin
    // keeps the page while someone else guesses.
    if (session !== undefined && sessions.isActive(session) && c.req.query('token') === undefined)
      return c.html(await renderStatus(sources), 200, PAGE_HEADERS)
    const presented = presentedToken(c)
    if (presented === undefined) return unauthorised(c)
    const client = clientAddress(c)
    const wait = throttle.waitSeconds(client)
    if (wait > 0) {
      c.header('Retry-After', String(wait))
      return messageResponse(
        c,
        lang,
        { title: 'web.admin.throttled_title', text: 'web.admin.throttled' },
        429,
        {
          seconds: String(wait),
        },
      )
    }
    if (!sameSecret(presented, adminToken)) {
      throttle.recordFailure(client)
      return unauthorised(c)
    }
    if (c.req.query('token') === undefined) return c.html(await renderStatus(sources), 200, PAGE_HEADERS)
    setCookie(c, COOKIE, sessions.start(), {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/admin',
      maxAge: ADMIN_SESSION_MS / 1000,
      secure: isHttps(c),
    })
    c.header('Cache-Control', 'no-store')
    return c.redirect(PATH, 303)
  })

  // SameSite=Strict keeps other sites from posting here with the cookie.
  routes.post(LOGOUT_PATH, (c) => {
    if (!sources.adminToken) return notFoundPage(c)
    const session = getCookie(c, COOKIE)
    if (session !== undefined) sessions.end(session)
    deleteCookie(c, COOKIE, { path: '/admin', secure: isHttps(c) })
    return messageResponse(
      c,
      lang,
      { title: 'web.admin.logged_out_title', text: 'web.admin.logged_out' },
      200,
    )
  })

  function unauthorised(c: Context): Response {
    c.header('WWW-Authenticate', 'Bearer realm="sinergi-admin"')
    return messageResponse(
      c,
      lang,
      { title: 'web.admin.unauthorized_title', text: 'web.admin.unauthorized' },
      401,
    )
  }
  return routes
}
