import { createHash } from 'node:crypto'
import { Hono } from 'hono'

// The one stylesheet of the web pages, served from our own origin so the CSP needs no 'unsafe-inline'.
// Phone first: one column of days; from 720px wide the month becomes a seven-column grid. Printed, a
// week fills one A4 landscape page as seven columns, without the controls.
const CSS = `
:root { --ink: #1f2937; --muted: #6b7280; --line: #e5e7eb; --bg: #f9fafb; --accent: #0f766e; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
a { color: var(--accent); }
header.top, nav.controls, main, footer { max-width: 1100px; margin: 0 auto; padding: 0 12px; }
header.top h1 { font-size: 1.3rem; margin: 14px 0 2px; }
header.top p { margin: 2px 0; color: var(--muted); font-size: .9rem; }
.notice { background: #fef3c7; border: 1px solid #f59e0b; border-radius: 6px; padding: 6px 10px; color: #78350f !important; }
nav.controls { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin: 12px auto; }
.tabs, .periods { display: flex; gap: 6px; flex-wrap: wrap; }
.tabs a, .periods a { display: inline-block; padding: 6px 12px; border: 1px solid var(--line); border-radius: 999px; background: #fff; text-decoration: none; color: var(--ink); }
.tabs a[aria-current="page"] { background: var(--accent); border-color: var(--accent); color: #fff; }
form.filter { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
form.filter select, form.filter button { font: inherit; padding: 5px 8px; border-radius: 6px; border: 1px solid #cbd5e1; background: #fff; }
form.filter button { background: var(--accent); color: #fff; border-color: var(--accent); }
h2.period { font-size: 1.15rem; margin: 6px 0 0; }
p.summary { margin: 0 0 10px; color: var(--muted); font-size: .9rem; }
.day { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 8px 10px; margin: 0 0 10px; }
.day h3 { font-size: 1rem; margin: 0 0 6px; }
.day.today { border-color: var(--accent); box-shadow: 0 0 0 1px var(--accent); }
.day .none { color: var(--muted); margin: 0; font-size: .9rem; }
.badge-today { font-size: .75rem; background: var(--accent); color: #fff; border-radius: 999px; padding: 1px 8px; margin-left: 6px; vertical-align: middle; font-weight: normal; }
ul.commemorations { list-style: none; margin: 0 0 6px; padding: 0; font-size: .85rem; font-style: italic; color: #9d174d; }
ul.commemorations li.k-libur_nasional, ul.commemorations li.k-cuti_bersama { color: #b91c1c; font-weight: 600; }
ul.entries { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
details.entry { border-left: 4px solid var(--c, #0f766e); background: var(--b, #f0fdfa); border-radius: 4px; padding: 4px 8px; }
details.entry summary { cursor: pointer; list-style-position: inside; }
details.entry summary .time { font-variant-numeric: tabular-nums; font-weight: 600; margin-right: 4px; }
details.entry summary .kind { font-size: .72rem; text-transform: uppercase; letter-spacing: .04em; border: 1px solid currentColor; border-radius: 3px; padding: 0 4px; margin-right: 4px; color: var(--c); }
details.entry summary .agency { color: var(--muted); font-size: .85rem; margin-left: 4px; }
details.entry summary .status { font-size: .8rem; font-style: italic; color: var(--c); margin-left: 4px; }
details.entry dl { margin: 6px 0 2px; display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; font-size: .9rem; }
details.entry dt { color: var(--muted); }
details.entry dd { margin: 0; white-space: pre-line; overflow-wrap: anywhere; }
details.agenda { --c: #0f766e; --b: #f0fdfa; }
details.agenda.s-selesai { --c: #64748b; --b: #f8fafc; }
details.agenda.s-batal { --c: #9ca3af; --b: #f3f4f6; color: #6b7280; }
details.agenda.s-batal summary .title { text-decoration: line-through; }
details.content { border-left-style: dashed; font-style: normal; }
details.amplification { --c: #7c3aed; --b: #f5f3ff; border-left-style: double; border-left-width: 5px; }
details.amplification.s-ditutup { --c: #64748b; --b: #f8fafc; }
details.content summary .title { font-style: italic; }
details.content.s-diajukan { --c: #b45309; --b: #fffbeb; }
details.content.s-revisi { --c: #c2410c; --b: #fff7ed; }
details.content.s-disetujui { --c: #15803d; --b: #f0fdf4; }
details.content.s-terbit { --c: #1d4ed8; --b: #eff6ff; }
details.content.s-ditolak { --c: #b91c1c; --b: #fef2f2; }
details.content.s-ditolak summary .title { text-decoration: line-through; }
.month .weekdays { display: none; }
.month .cell.out { opacity: .55; }
.month .cell .short { display: none; }
footer { color: var(--muted); font-size: .85rem; padding-bottom: 24px; }
footer ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; }
footer ul.legend li { border-left: 4px solid var(--c); background: var(--b); padding: 1px 8px; border-radius: 3px; color: var(--ink); }
footer ul.legend li.content { border-left-style: dashed; }
footer ul.legend li.amplification { --c: #7c3aed; --b: #f5f3ff; border-left-style: double; border-left-width: 5px; }
footer ul.legend li.agenda { --c: #0f766e; --b: #f0fdfa; }
footer ul.legend li.agenda.s-selesai { --c: #64748b; --b: #f8fafc; }
footer ul.legend li.agenda.s-batal { --c: #9ca3af; --b: #f3f4f6; text-decoration: line-through; }
footer ul.legend li.s-diajukan { --c: #b45309; --b: #fffbeb; }
footer ul.legend li.s-revisi { --c: #c2410c; --b: #fff7ed; }
footer ul.legend li.s-disetujui { --c: #15803d; --b: #f0fdf4; }
footer ul.legend li.s-terbit { --c: #1d4ed8; --b: #eff6ff; }
footer ul.legend li.s-ditolak { --c: #b91c1c; --b: #fef2f2; text-decoration: line-through; }
main.message, main.admin { max-width: 560px; padding: 24px 16px; }
main.admin .qr { background: #fff; padding: 12px; border: 1px solid var(--line); border-radius: 8px; width: min(100%, 320px); }
main.admin .qr img { display: block; width: 100%; height: auto; image-rendering: pixelated; }
main.admin .pairing { font: 600 2rem/1.2 ui-monospace, monospace; letter-spacing: .15em; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; display: inline-block; }
main.admin .state { font-weight: 600; }
@media (max-width: 719px) {
  .month .cell.empty, .month .cell.out { display: none; }
}
@media (min-width: 720px) {
  body { font-size: 15px; }
  .month .weekdays, .month .grid { display: grid; grid-template-columns: repeat(7, minmax(0, 1fr)); gap: 4px; }
  .month .weekdays div { text-align: center; color: var(--muted); font-size: .85rem; }
  .month .cell { margin: 0; min-height: 96px; padding: 4px 5px; }
  .month .cell .full { display: none; }
  .month .cell .short { display: inline; }
  .month .cell h3 { font-size: .9rem; }
  .month details.entry { font-size: .82rem; padding: 2px 5px; }
  .month details.entry summary .agency { display: none; }
  .month .cell .none { display: none; }
}
@page { size: A4 landscape; margin: 10mm; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { background: #fff; font-size: 8.5pt; line-height: 1.3; }
  header.top, main, footer { max-width: none; padding: 0; }
  header.top h1 { font-size: 13pt; margin: 0; }
  nav.controls, .notice, footer p { display: none; }
  h2.period { font-size: 11pt; margin: 2mm 0 0; }
  p.summary { margin: 0 0 2mm; }
  .week, .month .grid { display: grid; grid-template-columns: repeat(7, minmax(0, 1fr)); gap: 2mm; }
  .month .weekdays { display: grid; grid-template-columns: repeat(7, minmax(0, 1fr)); gap: 2mm; }
  .day { margin: 0; padding: 1.5mm; border-color: #9ca3af; break-inside: avoid; }
  .day.today { box-shadow: none; border-width: 2px; }
  .month .cell { min-height: 0; }
  .month .cell.empty, .month .cell.out { display: block; }
  details.entry { padding: .5mm 1.5mm; break-inside: avoid; }
  details.entry summary { list-style: none; cursor: default; }
  details.entry summary::-webkit-details-marker { display: none; }
  footer ul.legend { gap: 2mm; margin: 2mm 0 0; }
}
`.trim()

const VERSION = createHash('sha256').update(CSS).digest('hex').slice(0, 12)

/** Versioned, so a changed stylesheet is fetched again while an unchanged one stays cached. */
export const STYLESHEET_PATH = `/assets/sinergi.css?v=${VERSION}`

export function styleRoutes(): Hono {
  const routes = new Hono()
  routes.get('/assets/sinergi.css', (c) =>
    c.body(CSS, 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'public, max-age=86400',
    }),
  )
  return routes
}
