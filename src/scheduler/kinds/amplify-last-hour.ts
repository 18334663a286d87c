/**
 * An hour before an amplification request's deadline, into every group: the agencies that have not
 * reported, mentioning their people not mentioned yet. Expires at the deadline.
 */
import { z } from 'zod'
import { aboutEachRequest, lastHourOf, releaseReminderMentions, renderReminder } from './about-requests.js'
import { type DerivedKind, instantField, itemNumberField, itemScope } from './kind.js'

const payload = z.object({ number: itemNumberField, dueAt: instantField })
type Payload = z.infer<typeof payload>

export const amplifyLastHour: DerivedKind<'amplify_last_hour', Payload> = {
  name: 'amplify_last_hour',
  source: 'derived',
  payload,
  bulk: false,
  audience: 'workspace groups',
  catchUp: false,
  scope: itemScope('amplifications'),
  derive: (state, window) =>
    aboutEachRequest(state, window, 'amplify_last_hour', '1h', lastHourOf, (request) => request.deadlineAt),
  render: (db, state, message, options) =>
    renderReminder(db, state, message, 'amplify.reminder_last_hour', options),
  givenUp: releaseReminderMentions,
}
