/** What can happen to a draft. */
export type ContentEvent = 'edit' | 'approve' | 'revise' | 'reject' | 'publish' | 'cancel'

/**
 * SPEC §1's life of a draft: diajukan → revisi ↔ diajukan → disetujui → terbit, or ditolak /
 * dibatalkan. Editing resubmits (an approved draft goes back to diajukan); the coordinator reviews
 * only what is waiting for review; a draft sent back for revision may still be rejected; the owner may
 * withdraw anything not yet published or closed. Published, rejected and withdrawn drafts are final.
 */
const TRANSITIONS: Readonly<Record<ContentEvent, Partial<Record<ContentStatus, ContentStatus>>>> = {
  edit: { diajukan: 'diajukan', revisi: 'diajukan', disetujui: 'diajukan' },
  approve: { diajukan: 'disetujui' },
  revise: { diajukan: 'revisi' },
  reject: { diajukan: 'ditolak', revisi: 'ditolak' },
  publish: { disetujui: 'terbit' },
  cancel: { diajukan: 'dibatalkan', revisi: 'dibatalkan', disetujui: 'dibatalkan' },
}

/** The status a draft moves to, or undefined when the event is not allowed from `current`. */
export function nextStatus(current: ContentStatus, event: ContentEvent): ContentStatus | undefined {
  return TRANSITIONS[event][current]
}

/** The statuses from which an event is allowed. */
export function allowedFrom(event: ContentEvent): ContentStatus[] {
  return Object.keys(TRANSITIONS[event]) as ContentStatus[]
}

/** The review-history entry an event writes. */
export function reviewActionOf(event: ContentEvent): ReviewAction {
  switch (event) {
    case 'edit':
      return 'diubah'
    case 'approve':
      return 'disetujui'
    case 'revise':
      return 'revisi'
    case 'reject':
      return 'ditolak'
    case 'publish':
      return 'terbit'
    case 'cancel':
      return 'dibatalkan'
  }
}

/** A draft no one can change any more. */
export function isFinal(status: ContentStatus): boolean {
  return status === 'terbit' || status === 'ditolak' || status === 'dibatalkan'
}

import type { ContentStatus, ReviewAction } from '../../vocabulary.js'
