import type { ChatHarness } from './chat-harness.js'
import { seedForum } from './seed.js'

/**
 * The forum of the recurring-item tests: SETDA, whose Budi keeps the series, and DINKES, whose Dina
 * holds the other agency's items and tries the edits that are not hers to make.
 */
export async function setdaDinkesForum(chat: ChatHarness) {
  const seeded = await seedForum(chat, {
    agencies: [
      { code: 'SETDA', name: 'Sekretariat Daerah', kind: 'opd' },
      { code: 'DINKES', name: 'Dinas Kesehatan', kind: 'opd' },
    ],
    members: [
      { name: 'Budi Setda', agency: 'SETDA' },
      { name: 'Dina Dinkes', agency: 'DINKES' },
    ],
  })
  return { ...seeded, budi: seeded.people['Budi Setda']!, dina: seeded.people['Dina Dinkes']! }
}
