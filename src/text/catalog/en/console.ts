import type { consoleChat as id } from '../id/console.js'

export const consoleChat: Record<keyof typeof id, string> = {
  'console.welcome':
    'Sinergi console — a local chat without Telegram/WhatsApp.\nType commands as in a group (/help). Paste multi-line invitations at once.\nConsole commands: :as <name> (switch person), :grup <number/name> (switch group), :pribadi (private chat with the bot), :admin (make this person a group admin), > text (reply to Sinergi’s last message), :siapa (where am I), :keluar (quit).',
  'console.help':
    'Console commands: :as <name>, :grup <number/name>, :pribadi, :admin, > reply, :siapa, :keluar',
  'console.name_needed': 'Write the name, e.g. :as Sari',
  'console.now_person': 'You are now {name}.',
  'console.now_group': 'Now in {title}.',
  'console.now_private': 'Now in {name}’s private chat with Sinergi.',
  'console.private_title': 'private {name}',
  'console.group_title': 'Group {name}',
  'console.group_needed': 'Switch to a group first (:grup 1).',
  'console.now_admin': '{name} is now an admin of {title}.',
  'console.where': '{name} in {title}.',
  'console.starting': 'Sinergi is starting… (loading the program and opening the database)',
  'console.ready': 'Sinergi is ready ({seconds} s).',
  'console.file_saved': '📎 {file} → {path}',
}
