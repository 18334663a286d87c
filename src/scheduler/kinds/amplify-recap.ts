/**
 * The recap at an amplification request's deadline, into every group: reported x/y, links per
 * platform, late ones, belum lapor. The request is a durable record, so a recap first seen after the
 * deadline (the scheduler was down) still goes out, until the end of that day.
 */
import { z } from 'zod'
import { recapText } from '../../domain/amplification/present.js'
import { requestProgress } from '../../domain/amplification/queries.js'
import { endOfDayOrAfter } from '../producers/window.js'
import { aboutEachRequest, requestOf } from './about-requests.js'
import { type DerivedKind, instantField, itemNumberField, itemScope } from './kind.js'

/** Worth sending late until the end of the deadline's day, and at least this long. */
const RECAP_MIN_LIFE_MS = 3 * 3600_000

const payload = z.object({ number: itemNumberField, dueAt: instantField })
type Payload = z.infer<typeof payload>

export const amplifyRecap: DerivedKind<'amplify_recap', Payload> = {
  name: 'amplify_recap',
  source: 'derived',
  payload,
  bulk: false,
  audience: 'workspace groups',
  catchUp: true,
  scope: itemScope('amplifications'),
  derive(state, window) {
    const zone = state.workspace.timezone
    return aboutEachRequest(
      state,
      window,
      'amplify_recap',
      'recap',
      (request) => request.deadlineAt,
      (_request, dueAt) => endOfDayOrAfter(dueAt, zone, RECAP_MIN_LIFE_MS),
    )
  },
  async render(db, state, message, options) {
    const progress = await requestProgress(db, requestOf(state, message.subjectNumber))
    return { action: 'send', text: recapText(progress, options.lang), announces: [] }
  },
}
