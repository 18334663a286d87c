/**
 * Half-way through an amplification request, into every group: the agencies that have not reported,
 * mentioning their admins (or members). Not sent late: it expires when the last-hour reminder is due.
 */
import { z } from 'zod'
import {
  aboutEachRequest,
  lastHourOf,
  midpointOf,
  releaseReminderMentions,
  renderReminder,
} from './about-requests.js'
import { type DerivedKind, instantField, itemNumberField, itemScope } from './kind.js'

const payload = z.object({ number: itemNumberField, dueAt: instantField })
type Payload = z.infer<typeof payload>

export const amplifyMidpoint: DerivedKind<'amplify_midpoint', Payload> = {
  name: 'amplify_midpoint',
  source: 'derived',
  payload,
  bulk: false,
  audience: 'workspace groups',
  catchUp: false,
  scope: itemScope('amplifications'),
  derive: (state, window) =>
    aboutEachRequest(
      state,
      window,
      'amplify_midpoint',
      'mid',
      midpointOf,
      (request) => lastHourOf(request) ?? request.deadlineAt,
    ),
  render: (db, state, message, options) =>
    renderReminder(db, state, message, 'amplify.reminder_midpoint', options),
  givenUp: releaseReminderMentions,
}
