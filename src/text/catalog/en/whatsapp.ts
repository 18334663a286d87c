import type { whatsapp as id } from '../id/whatsapp.js'

export const whatsapp: Record<keyof typeof id, string> = {
  'whatsapp.intro':
    'Hello, I am *Sinergi*: the shared editorial calendar of your Bakohumas forum, right in this group.\nGroup admins: type */aktifkan Forum Name* for a new forum, or */hubungkan CODE* to join an existing one. Commands: */bantuan*',
  'whatsapp.intro_linked':
    'Sinergi is active again in this group for the forum *{forum}*. Commands: */bantuan*',
}
