import { translatePlain } from '../text/catalog/index.js'
import type { Language } from '../vocabulary.js'

/** "3 jam" / "3 hours": how late a command arrived, for the note under its reply. */
export function describeAge(ms: number, lang: Language): string {
  const minutes = Math.round(ms / 60_000)
  if (minutes < 60) return translatePlain(lang, 'core.age.minutes', { n: minutes })
  return translatePlain(lang, 'core.age.hours', { n: Math.round(minutes / 60) })
}
