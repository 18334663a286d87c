/**
 * Draws a CalendarPicture (src/domain/calendar/picture.ts): days as rows down 1080-pixel-wide pages,
 * so they stay legible on a phone; no text under 24 pixels; every box as tall as the model reckoned.
 */
import {
  type CalendarPicture,
  PICTURE_HEIGHTS,
  type PictureDay,
  type PictureEntry,
  type PicturePage,
} from '../domain/calendar/picture.js'
import { box, type ImageElement, type ImageStyle, line, paragraph } from './element.js'
import { renderPng } from './render-png.js'
import { renderSvg, type SvgOptions } from './render-svg.js'

export const CALENDAR_PICTURE_WIDTH = 1080

const colour = {
  ink: '#1f2937',
  muted: '#4b5563',
  faint: '#9ca3af',
  accent: '#0b5cad',
  dayBand: '#e8eef7',
  rule: '#e5e7eb',
  agenda: '#2563eb',
  content: '#f59e0b',
  labelAgenda: '#e0ecff',
  labelContent: '#fff1d6',
  dayOff: '#b91c1c',
}

function label(text: string, background: string): ImageElement {
  return box(
    { fontSize: 24, backgroundColor: background, color: colour.ink, borderRadius: 8, padding: '2px 12px' },
    text,
  )
}

function entryRow(entry: PictureEntry): ImageElement {
  const h = PICTURE_HEIGHTS
  const struck: ImageStyle = entry.struck ? { textDecoration: 'line-through', color: colour.faint } : {}
  const meta = [entry.place ? `📍 ${entry.place}` : null, entry.agency, entry.status]
    .filter(Boolean)
    .join(' · ')
  const labelColour = entry.kind === 'content' ? colour.labelContent : colour.labelAgenda
  return box(
    {
      flexDirection: 'row',
      boxSizing: 'border-box',
      height: entry.titleLines === 1 ? h.entryOneLine : h.entryTwoLines,
      padding: '12px 20px 12px 16px',
      borderLeft: `8px solid ${entry.kind === 'agenda' ? colour.agenda : colour.content}`,
      borderBottom: `1px solid ${colour.rule}`,
      backgroundColor: '#ffffff',
    },
    box(
      { flexDirection: 'column', width: 190, flexShrink: 0, paddingRight: 16 },
      line(entry.time, { fontSize: 26, fontWeight: 700, color: entry.struck ? colour.faint : colour.ink }),
      line(`#${entry.number}`, { fontSize: 24, color: colour.muted }),
    ),
    box(
      { flexDirection: 'column', flexGrow: 1, flexShrink: 1, minWidth: 0 },
      paragraph(entry.title, entry.titleLines, {
        fontSize: 30,
        fontWeight: 700,
        lineHeight: 1.2,
        color: colour.ink,
        ...struck,
      }),
      box(
        { flexDirection: 'row', alignItems: 'center', height: 36, gap: 8 },
        line(meta, { fontSize: 24, color: colour.muted, flexShrink: 1, minWidth: 0 }),
        ...entry.labels.map((text) => label(text, labelColour)),
      ),
    ),
  )
}

function withStyle(element: ImageElement, style: ImageStyle): ImageElement {
  return { ...element, props: { ...element.props, style: { ...element.props.style, ...style } } }
}

function dayNote(text: string, color: string, fontWeight = 400): ImageElement {
  return box(
    { height: PICTURE_HEIGHTS.dayNote, alignItems: 'center', padding: '0 20px', backgroundColor: '#ffffff' },
    line(text, { fontSize: 24, color, fontWeight }),
  )
}

function dayBlock(day: PictureDay, todayWord: string): ImageElement {
  const band = box(
    {
      flexDirection: 'row',
      justifyContent: 'space-between',
      alignItems: 'center',
      height: PICTURE_HEIGHTS.dayBand,
      padding: '0 20px',
      borderRadius: '12px 12px 0 0',
      backgroundColor: day.today ? colour.accent : colour.dayBand,
      color: day.today ? '#ffffff' : colour.ink,
    },
    line(day.label, { fontSize: 30, fontWeight: 700 }),
    ...(day.today ? [line(todayWord, { fontSize: 26, fontWeight: 700 })] : []),
  )
  const rows = [
    ...day.commemorations.map((commemoration) =>
      dayNote(commemoration.text, commemoration.dayOff ? colour.dayOff : colour.accent, 700),
    ),
    ...(day.entries.length > 0 ? day.entries.map(entryRow) : [dayNote(day.nothing, colour.faint)]),
    ...(day.more ? [dayNote(day.more, colour.muted)] : []),
  ]
  // The block's last row rounds its own corners: clipping the block (overflow: hidden) would put every
  // row under a mask (see element.ts).
  const last = rows.length - 1
  rows[last] = withStyle(rows[last]!, { borderRadius: '0 0 12px 12px' })
  return box({ flexDirection: 'column', marginTop: PICTURE_HEIGHTS.dayGap }, band, ...rows)
}

/** One page as an element tree: header, its days, the footer; exactly as tall as PICTURE_HEIGHTS add up to. */
export function picturePageElement(page: PicturePage): ImageElement {
  const h = PICTURE_HEIGHTS
  return box(
    {
      flexDirection: 'column',
      width: CALENDAR_PICTURE_WIDTH,
      padding: '40px 40px 0 40px',
      backgroundColor: '#f8fafc',
      color: colour.ink,
    },
    box(
      { flexDirection: 'column', height: h.header - 40 },
      line(page.title, { fontSize: 44, fontWeight: 700, color: colour.accent }),
      line(page.subtitle, { fontSize: 28, color: colour.muted, marginTop: 4 }),
    ),
    ...page.days.map((day) => dayBlock(day, page.todayWord)),
    box(
      { flexDirection: 'column', padding: `${h.footerPadding - 40}px 0 40px 0` },
      ...page.footer.map((text) => line(text, { fontSize: 24, height: h.footerLine, color: colour.muted })),
    ),
  )
}

/** A page as SVG; `glyphs: 'text'` keeps its words readable (tests). */
export function picturePageSvg(page: PicturePage, glyphs: SvgOptions['glyphs'] = 'paths'): Promise<string> {
  return renderSvg(picturePageElement(page), { width: CALENDAR_PICTURE_WIDTH, glyphs })
}

/** Every page as a PNG 1080 pixels wide, in order. */
export async function calendarPicturePngs(picture: CalendarPicture): Promise<Buffer[]> {
  const pngs: Buffer[] = []
  for (const page of picture.pages)
    pngs.push(await renderPng(picturePageElement(page), { width: CALENDAR_PICTURE_WIDTH }))
  return pngs
}
