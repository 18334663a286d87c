import type { Role } from '../../src/vocabulary.js'
import type { ChatHarness } from './chat-harness.js'
import { seedForum } from './seed.js'

type Member = { name: string; agency: string; role?: Exclude<Role, 'koordinator'> }

/** Budi of DINKES and Rina of PLN: who opens, answers and is assigned issues in the issue desk's tests. */
export const ISSUE_DESK_MEMBERS: readonly Member[] = [
  { name: 'Budi', agency: 'DINKES' },
  { name: 'Rina', agency: 'PLN' },
]
/** DINKES's admin, whom assignments and reminders mention. */
export const DINKES_ADMIN: Member = { name: 'Dewi Admin', agency: 'DINKES', role: 'admin' }

/** The issue desk's forum: DINKES and PLN with `members` (by default Budi and Rina, in that order). */
export async function issueDeskForum(chat: ChatHarness, members: readonly Member[] = ISSUE_DESK_MEMBERS) {
  const seeded = await seedForum(chat, {
    agencies: [
      { code: 'DINKES', name: 'Dinas Kesehatan' },
      { code: 'PLN', name: 'PLN UP3 Wonosobo', kind: 'bumn' },
    ],
    members: [...members],
  })
  return { ...seeded, budi: seeded.people.Budi!, rina: seeded.people.Rina! }
}
