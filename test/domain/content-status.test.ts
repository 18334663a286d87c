import { describe, expect, it } from 'vitest'
import {
  allowedFrom,
  type ContentEvent,
  isFinal,
  nextStatus,
  reviewActionOf,
} from '../../src/domain/content/status.js'
import { CONTENT_STATUSES, type ContentStatus } from '../../src/domain/content/types.js'

// The whole table of SPEC §1: every (status, event) pair, so a change to the rules shows here.
const EXPECTED: Record<ContentStatus, Record<ContentEvent, ContentStatus | undefined>> = {
  diajukan: {
    edit: 'diajukan',
    approve: 'disetujui',
    revise: 'revisi',
    reject: 'ditolak',
    publish: undefined,
    cancel: 'dibatalkan',
  },
  revisi: {
    edit: 'diajukan',
    approve: undefined,
    revise: undefined,
    reject: 'ditolak',
    publish: undefined,
    cancel: 'dibatalkan',
  },
  disetujui: {
    edit: 'diajukan',
    approve: undefined,
    revise: undefined,
    reject: undefined,
    publish: 'terbit',
    cancel: 'dibatalkan',
  },
  terbit: {
    edit: undefined,
    approve: undefined,
    revise: undefined,
    reject: undefined,
    publish: undefined,
    cancel: undefined,
  },
  ditolak: {
    edit: undefined,
    approve: undefined,
    revise: undefined,
    reject: undefined,
    publish: undefined,
    cancel: undefined,
  },
  dibatalkan: {
    edit: undefined,
    approve: undefined,
    revise: undefined,
    reject: undefined,
    publish: undefined,
    cancel: undefined,
  },
}

describe('content draft status machine', () => {
  const pairs = CONTENT_STATUSES.flatMap((status) =>
    (Object.keys(EXPECTED[status]) as ContentEvent[]).map((event) => ({
      status,
      event,
      expected: EXPECTED[status][event],
    })),
  )

  it.each(pairs)('$event from $status gives $expected', ({ status, event, expected }) => {
    expect(nextStatus(status, event)).toBe(expected)
  })

  it('sends a revised draft back to review when it is edited, and back again from review to revision', () => {
    const revised = nextStatus('diajukan', 'revise')!
    const resubmitted = nextStatus(revised, 'edit')!
    expect([revised, resubmitted, nextStatus(resubmitted, 'revise')]).toEqual([
      'revisi',
      'diajukan',
      'revisi',
    ])
  })

  it('needs a new approval after an approved draft is edited', () => {
    const edited = nextStatus('disetujui', 'edit')!
    expect(edited).toBe('diajukan')
    expect(nextStatus(edited, 'publish')).toBeUndefined()
  })

  it('only publishes approved drafts', () => {
    expect(allowedFrom('publish')).toEqual(['disetujui'])
  })

  it('treats published, rejected and withdrawn drafts as final', () => {
    expect(CONTENT_STATUSES.filter(isFinal)).toEqual(['terbit', 'ditolak', 'dibatalkan'])
    for (const status of CONTENT_STATUSES.filter(isFinal)) {
      expect(
        (Object.keys(EXPECTED[status]) as ContentEvent[]).map((event) => nextStatus(status, event)),
      ).toEqual(Array(6).fill(undefined))
    }
  })

  it('writes the history entry of each event', () => {
    expect(
      (['edit', 'approve', 'revise', 'reject', 'publish', 'cancel'] as const).map(reviewActionOf),
    ).toEqual(['diubah', 'disetujui', 'revisi', 'ditolak', 'terbit', 'dibatalkan'])
  })
})
