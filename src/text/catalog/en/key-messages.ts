import type { keyMessages as id } from '../id/key-messages.js'

export const keyMessages: Record<keyof typeof id, string> = {
  'help.narasi.summary': 'Key messages (the one narrative) in force',
  'help.narasi.details':
    '*/keymessage* — the key messages in force today. */keymessage 5* — details of key message #5.\nThe coordinator adds one with one key per line (the keys are Indonesian):\n/keymessage add\nTema: National Health Day\nPesan: Healthy families, strong Indonesia.\nPoin:\n- Complete immunisation\n- Balanced nutrition\nTagar: #HKN2026 #HealthyTogether\nBerlaku: {ex_period}\n*/keymessage remove 5* — remove it (archived). Content drafts refer to it with `Pesan kunci: 5`.',
  'usage.narasi': '/keymessage\n/keymessage 5',
  'usage.narasi.tambah':
    '/keymessage add\nTema: National Health Day\nPesan: Healthy families, strong Indonesia.\nPoin:\n- Complete immunisation\n- Balanced nutrition\nTagar: #HKN2026\nBerlaku: {ex_period}',
  'usage.narasi.hapus': '/keymessage remove 5',

  'key_message.active_title': '*Key messages in force* — {date}',
  'key_message.none_active': 'No key message is in force today.',
  'key_message.upcoming_title': '*Coming up*',
  'key_message.more': '… and {count} more.',
  'key_message.add_hint':
    'The coordinator adds key messages with */keymessage add* (examples: */help keymessage*).',
  'key_message.details_hint':
    'Details: */keymessage number*, e.g. */keymessage {number}*. Content drafts refer to it with `Pesan kunci: {number}`.',
  'key_message.title': '*Key message #{number}* — {theme}',
  'key_message.valid': 'Valid: {period}',
  'key_message.message': 'Message:',
  'key_message.points': 'Talking points:',
  'key_message.hashtags': 'Hashtags: {hashtags}',
  'key_message.archived_note': '_This key message was removed._',
  'key_message.expired_note': '_Its validity has ended._',
  'key_message.not_yet_note': '_Not in force yet; starts {date}._',

  'key_message.added': 'Key message *#{number}* saved.',
  'key_message.added_hint':
    'Content drafts refer to it with `Pesan kunci: {number}`. Something wrong? Remove it with */keymessage remove {number}* and add it again.',
  'key_message.extras': 'Other lines were kept in the message:',
  'key_message.archived':
    'Key message *#{number}* {theme} removed from the list (archived). Drafts that refer to it keep the reference.',
  'key_message.already_archived': 'Key message #{number} was already removed.',
  'key_message.not_found': 'There is no key message #{number}. See the current ones with */keymessage*.',
  'key_message.filter_unknown': 'Write a key message number, e.g. */keymessage 5*, or just */keymessage*.',
  'key_message.theme_required':
    'The theme is missing. Write `Tema: …` on a line of its own after */keymessage add*.',
  'key_message.theme_too_long': 'The theme is too long (200 characters at most).',
  'key_message.too_long':
    'The key message is too long ({max} characters at most for the message and points).',
  'key_message.period_required': 'The validity is missing, e.g. `Berlaku: {ex_period}`.',
  'key_message.period.invalid_date': 'The date *{part}* in the validity does not exist.',
  'key_message.period.weekday_mismatch': 'The day and date *{part}* do not match: that date is a {weekday}.',
  'key_message.period.not_understood':
    'I could not understand *{part}* in the validity. Example: `Berlaku: {ex_period}` or `Berlaku: 1/11 - 10/11`.',
  'key_message.period_past': 'That validity ({period}) has already ended.',
}
