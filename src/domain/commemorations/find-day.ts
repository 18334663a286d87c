import { UserError } from '../../errors.js'
import { closestWithinTwoEdits } from '../../input/similarity.js'
import { dayNameKey } from './days.js'

/** Names a refusal lists when a written name fits several days. */
const AMBIGUOUS_MAX = 5

/**
 * The day among `names` that `written` names: the one with the same compared name, else the only one
 * whose name holds it (`Bakti PU` is not enough, `Bakti Pekerjaan` is). Otherwise a UserError that
 * lists the candidates, or suggests the name within two edits.
 */
export function findDayName(written: string, names: readonly string[]): string {
  const key = dayNameKey(written)
  const exact = names.find((name) => dayNameKey(name) === key)
  if (exact) return exact
  const holding = key ? names.filter((name) => dayNameKey(name).includes(key)) : []
  if (holding.length === 1) return holding[0]!
  if (holding.length > 1)
    throw new UserError('days.ambiguous', {
      name: written,
      names: holding.slice(0, AMBIGUOUS_MAX).join('; '),
    })
  const suggestion = closestWithinTwoEdits(written, names)
  if (suggestion) throw new UserError('days.not_found_suggest', { name: written, suggestion })
  throw new UserError('days.not_found', { name: written })
}
