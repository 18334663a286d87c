import type { telegram as id } from '../id/telegram.js'

export const telegram: Record<keyof typeof id, string> = {
  'telegram.intro':
    'Hello, I am *Sinergi*: the shared editorial calendar of your Bakohumas forum, right in this group.\nGroup admins: type */aktifkan@{bot} Forum Name* for a new forum, or */hubungkan@{bot} CODE* to join an existing one. Commands: */bantuan@{bot}*',
  'telegram.intro_linked':
    'Sinergi is active again in this group for the forum *{forum}*. Commands: */bantuan@{bot}*',
  'telegram.private_first':
    '{person}, Sinergi cannot message you privately yet. Open {link}, tap *Start*, then repeat the command here.',
  'telegram.anonymous_admin':
    'Sinergi needs to know who is asking: turn off *Remain anonymous* in your admin rights, then send the command again.',
  'telegram.button.done': '#{number}: {status}',
  'telegram.button.working': 'Working on it…',
  'telegram.button.asked': 'Reply to Sinergi’s question in the group with the note.',
  'telegram.button.expired': 'This button no longer works. Type the command instead, e.g. /konten.',
  'telegram.review.status_line': 'Status: {status} — {name}',
  'review.button.approve': 'Approve',
  'review.button.revise': 'Revise',
  'review.button.reject': 'Reject',
}
