/**
 * Draws a CalendarPicture (src/domain/calendar/picture.ts): days as rows down a 1080-pixel-wide image,
 * so it stays legible on a phone; no text under 24 pixels.
 */
import type { CalendarPicture, PictureDay, PictureEntry } from '../domain/calendar/picture.js'
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
}

function label(text: string, background: string): ImageElement {
  return box(
    { fontSize: 24, backgroundColor: background, color: colour.ink, borderRadius: 8, padding: '2px 12px' },
    text,
  )
}

function entryRow(entry: PictureEntry): ImageElement {
  const struck: ImageStyle = entry.struck ? { textDecoration: 'line-through', color: colour.faint } : {}
  const meta = [entry.place ? `📍 ${entry.place}` : null, entry.agency, entry.status]
    .filter(Boolean)
    .join(' · ')
  const labelColour = entry.kind === 'content' ? colour.labelContent : colour.labelAgenda
  const labels = entry.labels.map((text) => label(text, labelColour))
  return box(
    {
      flexDirection: 'row',
      padding: '14px 20px 14px 16px',
      borderLeft: `8px solid ${entry.kind === 'agenda' ? colour.agenda : colour.content}`,
      borderBottom: `1px solid ${colour.rule}`,
      backgroundColor: '#ffffff',
    },
    box(
      { flexDirection: 'column', width: 200, flexShrink: 0, paddingRight: 16 },
      line(entry.time, { fontSize: 26, fontWeight: 700, color: entry.struck ? colour.faint : colour.ink }),
      line(`#${entry.number}`, { fontSize: 24, color: colour.muted }),
    ),
    box(
      { flexDirection: 'column', flexGrow: 1, flexShrink: 1, minWidth: 0 },
      paragraph(entry.title, 2, {
        fontSize: 30,
        fontWeight: 700,
        lineHeight: 1.25,
        color: colour.ink,
        ...struck,
      }),
      line(meta, { fontSize: 24, color: colour.muted, marginTop: 4 }),
      ...(labels.length > 0
        ? [box({ flexDirection: 'row', flexWrap: 'wrap', gap: 8, marginTop: 8 }, ...labels)]
        : []),
    ),
  )
}

function dayBlock(day: PictureDay, todayWord: string): ImageElement {
  const band = box(
    {
      flexDirection: 'row',
      justifyContent: 'space-between',
      alignItems: 'center',
      padding: '10px 20px',
      borderRadius: '12px 12px 0 0',
      backgroundColor: day.today ? colour.accent : colour.dayBand,
      color: day.today ? '#ffffff' : colour.ink,
    },
    line(day.label, { fontSize: 30, fontWeight: 700 }),
    ...(day.today ? [line(todayWord, { fontSize: 26, fontWeight: 700 })] : []),
  )
  const rows =
    day.entries.length > 0
      ? day.entries.map(entryRow)
      : [line(day.nothing, { fontSize: 24, color: colour.faint, padding: '12px 20px' })]
  const more = day.more ? [line(day.more, { fontSize: 24, color: colour.muted, padding: '10px 20px' })] : []
  return box(
    {
      flexDirection: 'column',
      marginTop: 24,
      borderRadius: 12,
      border: `2px solid ${day.today ? colour.accent : colour.dayBand}`,
      backgroundColor: '#ffffff',
    },
    band,
    ...rows,
    ...more,
  )
}

/** The picture as one element tree: header, the days, the footer. */
export function calendarPictureElement(picture: CalendarPicture): ImageElement {
  return box(
    {
      flexDirection: 'column',
      width: CALENDAR_PICTURE_WIDTH,
      padding: 40,
      backgroundColor: '#f8fafc',
      color: colour.ink,
    },
    line(picture.title, { fontSize: 44, fontWeight: 700, color: colour.accent }),
    line(picture.subtitle, { fontSize: 28, color: colour.muted, marginTop: 4 }),
    ...picture.days.map((day) => dayBlock(day, picture.todayWord)),
    box(
      { flexDirection: 'column', marginTop: 28 },
      ...picture.footer.map((text) => line(text, { fontSize: 24, color: colour.muted })),
    ),
  )
}

/** The picture as SVG; `glyphs: 'text'` keeps its words readable (tests). */
export function calendarPictureSvg(picture: CalendarPicture, glyphs: SvgOptions['glyphs'] = 'paths') {
  return renderSvg(calendarPictureElement(picture), { width: CALENDAR_PICTURE_WIDTH, glyphs })
}

/** The picture as a PNG 1080 pixels wide. */
export function calendarPicturePng(picture: CalendarPicture): Promise<Buffer> {
  return renderPng(calendarPictureElement(picture), { width: CALENDAR_PICTURE_WIDTH })
}
