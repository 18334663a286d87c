import type { Language, MessageKey } from '../../text/catalog/index.js'
import { translate, translateBlocks } from '../../text/catalog/index.js'
import { type Inline, list, paragraph, plainLength, type RichText } from '../../text/rich-text.js'
import type { TemplateParams } from '../../text/template.js'
import { type AgencyRecap, isIdle, type Recap } from './recap.js'

/** Agencies listed one per line; the rest are counted (the CSV export has them all). */
const MAX_LINES = 30
/** Idle agencies named on one line before the rest are counted. */
const MAX_IDLE_CODES = 40
/** Below Telegram's 4,096 with room for the late note. */
const MAX_CHARS = 3500

function onTime(row: Pick<AgencyRecap, 'published' | 'onTime'>): string {
  if (row.published === 0) return '–'
  return `${row.onTime}/${row.published} (${Math.round((row.onTime / row.published) * 100)}%)`
}

/** Agenda and content; amplification too when the agency (or, for the totals, the forum) was asked any. */
function figures(lang: Language, row: Recap['totals']): Inline[] {
  const text = translate(lang, 'recap.figures', {
    agenda: row.agenda,
    submitted: row.submitted,
    approved: row.approved,
    published: row.published,
    on_time: onTime(row),
  })
  const amplified = row.amplification
  if (amplified.requests === 0) return text
  return [
    ...text,
    ...translate(lang, 'recap.amplification', {
      reported: amplified.reported,
      requests: amplified.requests,
      on_time: amplified.onTime,
      links: amplified.links,
    }),
  ]
}

/** The recap as one bounded message: busiest agencies first, idle ones on one line, totals last. */
export function presentRecap(recap: Recap, periodLabel: string, lang: Language): RichText {
  const t = (key: MessageKey, params?: TemplateParams) => translate(lang, key, params)
  const head = [paragraph(...t('recap.title', { period: periodLabel }))]
  if (recap.agencies.length === 0) return [...head, ...translateBlocks(lang, 'recap.no_agencies')]
  const active = recap.agencies.filter((row) => !isIdle(row))
  const idle = recap.agencies.filter(isIdle)
  const line = (row: AgencyRecap): Inline[] => [
    ...t(row.archived ? 'recap.agency_archived' : 'recap.agency', { code: row.code }),
    ' — ',
    ...figures(lang, row),
  ]
  const compose = (shown: number): RichText => {
    const text: RichText = [...head]
    if (active.length === 0) text.push(...translateBlocks(lang, 'recap.nothing'))
    else text.push(list(active.slice(0, shown).map(line)))
    if (active.length > shown) text.push(paragraph(...t('recap.more', { count: active.length - shown })))
    if (idle.length > 0) {
      const codes = idle.slice(0, MAX_IDLE_CODES).map((row) => row.code)
      const rest = idle.length - codes.length
      text.push(
        paragraph(
          ...t('recap.idle', {
            count: idle.length,
            codes: rest > 0 ? `${codes.join(', ')} +${rest}` : codes.join(', '),
          }),
        ),
      )
    }
    if (active.length > 0) text.push(paragraph(...t('recap.total'), ' ', ...figures(lang, recap.totals)))
    text.push(paragraph(...t('recap.legend')))
    return text
  }
  let shown = Math.min(active.length, MAX_LINES)
  let text = compose(shown)
  while (shown > 1 && plainLength(text) > MAX_CHARS) {
    shown -= 1
    text = compose(shown)
  }
  return text
}
