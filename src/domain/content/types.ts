export type { ContentStatus, ReviewAction, SocialPlatform }

/** The order platforms are shown in, whatever order they were written in. */
export const SOCIAL_PLATFORMS: readonly SocialPlatform[] = [
  'instagram',
  'facebook',
  'x',
  'tiktok',
  'youtube',
  'website',
  'lainnya',
]

/** Every status, in the order a draft moves through them (lists use it). */
export const CONTENT_STATUSES: readonly ContentStatus[] = [
  'diajukan',
  'revisi',
  'disetujui',
  'terbit',
  'ditolak',
  'dibatalkan',
]

/** Statuses a guest may see (SPEC §1: drafts not yet approved are hidden from guests). */
export const PUBLIC_STATUSES: readonly ContentStatus[] = ['disetujui', 'terbit']

/**
 * Whose drafts not yet approved a reader may see (SPEC §1): every agency's (the coordinator), one
 * agency's (its members, privately), or none (groups, guests, public feeds).
 */
export type DraftScope = 'all' | { readonly agencyId: number } | 'none'

/** Whether a reader with this scope may see the draft's title and text. */
export function mayReadDraft(scope: DraftScope, draft: Pick<ContentDraft, 'status' | 'agencyId'>): boolean {
  if (scope === 'all' || PUBLIC_STATUSES.includes(draft.status)) return true
  return scope !== 'none' && scope.agencyId === draft.agencyId
}

/** A content draft as the rest of Sinergi sees it, with its agency and key message resolved. */
export interface ContentDraft {
  readonly id: number
  readonly workspaceId: number
  readonly number: number
  readonly agencyId: number
  readonly agencyCode: string
  readonly agencyName: string
  readonly title: string
  readonly body: string
  readonly platforms: readonly SocialPlatform[]
  /** Planned publish instant; null while not scheduled. */
  readonly plannedAt: Date | null
  readonly hashtags: readonly string[]
  readonly keyMessage: { readonly id: number; readonly number: number; readonly theme: string } | null
  readonly status: ContentStatus
  /** The person who submitted it: the one told about reviews. */
  readonly createdBy: number
  readonly creatorName: string
  readonly createdAt: Date
  readonly updatedAt: Date
  readonly publishedAt: Date | null
  /** The issue this draft answers (a clarification, urgent), by its short number. */
  readonly issueNumber: number | null
}

/** One entry of a draft's review history (submitted, edited, approved, sent back, …). */
export interface ContentReview {
  readonly action: ReviewAction
  readonly note: string | null
  readonly actorId: number
  readonly actorName: string
  readonly at: Date
}

/** A file that came with the command (or the message it replied to). */
export interface NewAttachment {
  readonly media: MediaKind
  readonly platform: Platform
  readonly fileRef: string
  readonly fileName?: string | undefined
  readonly mimeType?: string | undefined
}

/** The sender of a command that changes a draft, as services check ownership (SPEC §1). */
export interface ContentActor {
  readonly personId: number
  readonly isCoordinator: boolean
  /** The sender's own agency; null for a coordinator without one. */
  readonly agencyId: number | null
}

import type { ContentStatus, MediaKind, Platform, ReviewAction, SocialPlatform } from '../../vocabulary.js'
