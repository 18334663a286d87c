import { createHmac } from 'node:crypto'
import { type Context, Hono } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import QRCode from 'qrcode'
import type { WhatsAppLinkStatus } from '../platforms/link-status.js'
import { type Language, type MessageKey, translatePlain } from '../text/catalog/index.js'
import { formatDateTime } from '../time/format.js'
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
}

const PATH = '/admin/whatsapp'
const COOKIE = 'sinergi_admin'
const COOKIE_MAX_AGE_S = 12 * 60 * 60
/** While something is about to change (a QR code is replaced every ~20 s), reload often. */
const FAST_REFRESH_S = 5
const SLOW_REFRESH_S = 30

/** The cookie proves the token without holding it: an HMAC keyed by the token. */
const sessionValue = (adminToken: string) =>
  createHmac('sha256', adminToken).update('sinergi-admin-session-v1').digest('base64url')

function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https'
}

function authorised(c: Context, adminToken: string): boolean {
  const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]
  if (bearer !== undefined && sameSecret(bearer.trim(), adminToken)) return true
  const cookie = getCookie(c, COOKIE)
  return cookie !== undefined && sameSecret(cookie, sessionValue(adminToken))
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
 * once as `?token=`, which sets an HttpOnly cookie and redirects to the address without it.
 */
export function whatsappLinkRoutes(sources: WhatsAppLinkPageSources): Hono {
  const routes = new Hono()
  routes.get(PATH, async (c) => {
    const { adminToken } = sources
    if (!adminToken) return notFoundPage(c)
    const presented = c.req.query('token')
    if (presented !== undefined && sameSecret(presented, adminToken)) {
      setCookie(c, COOKIE, sessionValue(adminToken), {
        httpOnly: true,
        sameSite: 'Strict',
        path: '/admin',
        maxAge: COOKIE_MAX_AGE_S,
        secure: isHttps(c),
      })
      c.header('Cache-Control', 'no-store')
      return c.redirect(PATH, 303)
    }
    if (presented !== undefined || !authorised(c, adminToken)) {
      const lang = sources.language
      c.header('WWW-Authenticate', 'Bearer realm="sinergi-admin"')
      return c.html(
        messagePage(
          lang,
          translatePlain(lang, 'web.admin.unauthorized_title'),
          translatePlain(lang, 'web.admin.unauthorized'),
        ),
        401,
        PAGE_HEADERS,
      )
    }
    return c.html(await renderStatus(sources), 200, PAGE_HEADERS)
  })
  return routes
}
