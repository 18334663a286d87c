import { type Language, translatePlain } from './catalog/index.js'

/** `45 menit`, `90 menit`, `2 jam`, `2 jam 30 menit` (as `/pengingat` shows offsets). */
export function durationText(minutes: number, lang: Language): string {
  if (minutes < 120) return translatePlain(lang, 'scheduler.minutes', { n: minutes })
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return rest === 0
    ? translatePlain(lang, 'scheduler.hours', { n: hours })
    : translatePlain(lang, 'scheduler.hours_minutes', { h: hours, m: rest })
}
