import type { Context } from 'hono'
import { type Language, translatePlain } from '../text/catalog/index.js'
import { type Html, html } from './html.js'
import { STYLESHEET_PATH } from './styles.js'

/** Headers of every page: private (never cached by a proxy), never indexed. */
export const PAGE_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex, nofollow',
} as const

/** A whole HTML document: our one stylesheet, a phone-sized viewport, optionally reloading itself. */
export function documentPage(options: {
  lang: Language
  title: string
  body: Html
  refreshSeconds?: number
}): string {
  return html`<!doctype html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
${options.refreshSeconds ? html`<meta http-equiv="refresh" content="${options.refreshSeconds}">` : ''}
<title>${options.title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body>
${options.body}
</body>
</html>
`.value
}

/** A plain page with a heading and one sentence, for refusals. */
export function messagePage(lang: Language, title: string, message: string): string {
  return documentPage({
    lang,
    title,
    body: html`<main class="message"><h1>${title}</h1><p>${message}</p></main>`,
  })
}

/** 404 in Indonesian: an unknown, forged or revoked address (no hint which). */
export function notFoundPage(c: Context): Response {
  const lang: Language = 'id'
  return c.html(
    messagePage(
      lang,
      translatePlain(lang, 'web.error.not_found_title'),
      translatePlain(lang, 'web.error.not_found'),
    ),
    404,
    PAGE_HEADERS,
  )
}

/** 410 in Indonesian: a genuine calendar link past its expiry. */
export function expiredPage(c: Context): Response {
  const lang: Language = 'id'
  return c.html(
    messagePage(
      lang,
      translatePlain(lang, 'web.error.expired_title'),
      translatePlain(lang, 'web.error.expired'),
    ),
    410,
    PAGE_HEADERS,
  )
}
