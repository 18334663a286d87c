import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/database.js'
import { UserError } from '../../errors.js'
import type { ContentStatus, SocialPlatform } from '../../vocabulary.js'
import { type ChangeContext, recordAudit } from '../audit/record-audit.js'
import { type ClarificationApproval, clarificationChanged, markIssueAnswered } from '../issues/issues.js'
import { allocateItemNumber } from '../numbers/allocate-number.js'
import { describeOtherKind, kindOfNumber } from '../numbers/item-kind.js'
import { getDraft } from './queries.js'
import { type ContentEvent, nextStatus, reviewActionOf } from './status.js'
import type { ContentActor, ContentDraft, NewAttachment } from './types.js'

type Trx = Transaction<Database>

/** A draft is not in a status that allows the event; commands turn it into a message naming the status. */
export class DraftStatusError extends Error {
  override name = 'DraftStatusError'
  constructor(
    readonly number: number,
    readonly status: ContentStatus,
    readonly event: ContentEvent,
  ) {
    super(`draft #${number} is ${status}: cannot ${event}`)
  }
}

/** What a submission holds; `agencyCode` undefined means the sender's own agency. */
export interface DraftInput {
  readonly title: string
  readonly body: string
  readonly platforms: readonly SocialPlatform[]
  readonly plannedAt: Date | null
  readonly hashtags: readonly string[]
  readonly agencyCode?: string | undefined
  readonly keyMessageNumber?: number | undefined
  /** The issue this draft answers: a clarification, reviewed first. */
  readonly issueId?: number | undefined
}

/** The fields an edit names; a field left out stays as it is, `null` clears an optional one. */
export interface DraftChanges {
  readonly title?: string
  readonly body?: string
  readonly platforms?: readonly SocialPlatform[]
  readonly plannedAt?: Date | null
  readonly hashtags?: readonly string[]
  readonly agencyCode?: string
  readonly keyMessageNumber?: number | null
}

/** What came with the command besides the fields: files and a note for the review history. */
export interface DraftExtras {
  readonly note?: string | undefined
  readonly attachments: readonly NewAttachment[]
}

const subjectOf = (number: number) => `konten#${number}`

/** Throws the right UserError for a number that is not a draft here: unused, or another kind of item. */
export async function explainMissingDraft(
  db: Kysely<Database>,
  workspaceId: number,
  number: number,
): Promise<never> {
  const kind = await kindOfNumber(db, workspaceId, number)
  if (kind && kind !== 'konten') throw describeOtherKind(number, kind)
  throw new UserError('content.not_found', { number })
}

/** The draft, or the UserError explaining why there is none. */
export async function requireDraft(
  db: Kysely<Database>,
  workspaceId: number,
  number: number,
): Promise<ContentDraft> {
  return (await getDraft(db, workspaceId, number)) ?? explainMissingDraft(db, workspaceId, number)
}

/** Reads the draft's row under lock, so two reviews of one draft happen one after the other. */
async function lockDraft(trx: Trx, workspaceId: number, number: number) {
  const row = await trx
    .selectFrom('content_drafts')
    .select(['id', 'status', 'agency_id', 'issue_id'])
    .where('workspace_id', '=', workspaceId)
    .where('number', '=', number)
    .forUpdate()
    .executeTakeFirst()
  return row ?? explainMissingDraft(trx, workspaceId, number)
}

/** SPEC §1: an agency changes its own drafts; the coordinator any. */
async function checkOwner(trx: Trx, actor: ContentActor, agencyId: number, number: number): Promise<void> {
  if (actor.isCoordinator || actor.agencyId === agencyId) return
  const agency = await trx
    .selectFrom('agencies')
    .select('code')
    .where('id', '=', agencyId)
    .executeTakeFirstOrThrow()
  throw new UserError('content.not_owner', { number, agency: agency.code })
}

/** The agency a draft belongs to: the named one (coordinator: any; others: only their own), or the sender's. */
async function resolveAgency(
  trx: Trx,
  workspaceId: number,
  actor: ContentActor,
  code: string | undefined,
): Promise<number> {
  if (code === undefined) {
    if (actor.agencyId === null) throw new UserError('content.agency_required')
    return actor.agencyId
  }
  const agency = await trx
    .selectFrom('agencies')
    .select(['id', 'code'])
    .where('workspace_id', '=', workspaceId)
    .where('code', '=', code.toUpperCase())
    .where('archived_at', 'is', null)
    .executeTakeFirst()
  if (!agency) throw new UserError('content.agency_unknown', { code: code.toUpperCase() })
  if (!actor.isCoordinator && agency.id !== actor.agencyId)
    throw new UserError('content.agency_not_yours', { code: agency.code })
  return agency.id
}

/** The id of a key message named by its number; it must exist, be a key message, and not be archived. */
async function resolveKeyMessage(trx: Trx, workspaceId: number, number: number): Promise<number> {
  const row = await trx
    .selectFrom('key_messages')
    .select(['id', 'archived_at'])
    .where('workspace_id', '=', workspaceId)
    .where('number', '=', number)
    .executeTakeFirst()
  if (!row) {
    const kind = await kindOfNumber(trx, workspaceId, number)
    throw new UserError(kind ? 'content.key_message_ref.other_kind' : 'content.key_message_ref.not_found', {
      number,
    })
  }
  if (row.archived_at) throw new UserError('content.key_message_ref.archived', { number })
  return row.id
}

async function addAttachments(trx: Trx, draftId: number, attachments: readonly NewAttachment[], now: Date) {
  if (attachments.length === 0) return
  await trx
    .insertInto('content_attachments')
    .values(
      attachments.map((a) => ({
        draft_id: draftId,
        media: a.media,
        platform: a.platform,
        file_ref: a.fileRef,
        file_name: a.fileName ?? null,
        mime_type: a.mimeType ?? null,
        created_at: now,
      })),
    )
    .execute()
}

async function addReview(
  trx: Trx,
  change: ChangeContext,
  draftId: number,
  event: ContentEvent | 'submit',
  note?: string | null,
) {
  await trx
    .insertInto('content_reviews')
    .values({
      draft_id: draftId,
      action: event === 'submit' ? 'diajukan' : reviewActionOf(event),
      note: note || null,
      actor_id: change.actorId,
      created_at: change.now,
    })
    .execute()
}

/** /konten tambah: a new draft, status diajukan, with its files and the first history entry — all or nothing. */
export async function submitDraft(
  db: Kysely<Database>,
  change: ChangeContext,
  actor: ContentActor,
  input: DraftInput,
  extras: DraftExtras,
): Promise<ContentDraft> {
  return db.transaction().execute((trx) => insertDraft(trx, change, actor, input, extras))
}

/** `submitDraft` inside a transaction the caller owns (an issue's clarification is recorded with it). */
export async function insertDraft(
  trx: Trx,
  change: ChangeContext,
  actor: ContentActor,
  input: DraftInput,
  extras: DraftExtras,
): Promise<ContentDraft> {
  const agencyId = await resolveAgency(trx, change.workspaceId, actor, input.agencyCode)
  const keyMessageId =
    input.keyMessageNumber === undefined
      ? null
      : await resolveKeyMessage(trx, change.workspaceId, input.keyMessageNumber)
  const number = await allocateItemNumber(trx, change.workspaceId, 'konten')
  const { id } = await trx
    .insertInto('content_drafts')
    .values({
      workspace_id: change.workspaceId,
      number,
      agency_id: agencyId,
      title: input.title,
      body: input.body,
      platforms: [...input.platforms],
      planned_at: input.plannedAt,
      hashtags: [...input.hashtags],
      key_message_id: keyMessageId,
      status: 'diajukan',
      created_by: change.actorId,
      created_at: change.now,
      updated_at: change.now,
      published_at: null,
      issue_id: input.issueId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await addAttachments(trx, id, extras.attachments, change.now)
  await addReview(trx, change, id, 'submit', extras.note)
  await recordAudit(trx, change, 'content.submitted', subjectOf(number), {
    title: input.title,
    agencyId,
    plannedAt: input.plannedAt?.toISOString() ?? null,
    attachments: extras.attachments.length,
  })
  return (await getDraft(trx, change.workspaceId, number))!
}

export interface EditOutcome {
  readonly draft: ContentDraft
  readonly previousStatus: ContentStatus
  /** The fields the edit named (and `attachments` when files came with it). */
  readonly changed: readonly (keyof DraftChanges | 'attachments')[]
}

/**
 * /konten ubah: changes the named fields and resubmits the draft for review (SPEC §1). `changesOf`
 * computes the changes from the current draft (a time alone keeps the planned date), read under lock.
 */
export async function editDraft(
  db: Kysely<Database>,
  change: ChangeContext,
  actor: ContentActor,
  number: number,
  changesOf: (current: ContentDraft) => DraftChanges,
  extras: DraftExtras,
): Promise<EditOutcome> {
  return db.transaction().execute(async (trx) => {
    const row = await lockDraft(trx, change.workspaceId, number)
    await checkOwner(trx, actor, row.agency_id, number)
    const status = nextStatus(row.status, 'edit')
    if (!status) throw new DraftStatusError(number, row.status, 'edit')
    const changes = changesOf((await getDraft(trx, change.workspaceId, number))!)
    const named = (Object.keys(changes) as (keyof DraftChanges)[]).filter((key) => changes[key] !== undefined)
    if (named.length === 0 && extras.attachments.length === 0)
      throw new UserError('content.edit_nothing', { number })
    const values: Partial<{
      title: string
      body: string
      platforms: SocialPlatform[]
      planned_at: Date | null
      hashtags: string[]
      agency_id: number
      key_message_id: number | null
    }> = {}
    if (changes.title !== undefined) values.title = changes.title
    if (changes.body !== undefined) values.body = changes.body
    if (changes.platforms !== undefined) values.platforms = [...changes.platforms]
    if (changes.plannedAt !== undefined) values.planned_at = changes.plannedAt
    if (changes.hashtags !== undefined) values.hashtags = [...changes.hashtags]
    if (changes.agencyCode !== undefined)
      values.agency_id = await resolveAgency(trx, change.workspaceId, actor, changes.agencyCode)
    if (changes.keyMessageNumber !== undefined) {
      values.key_message_id =
        changes.keyMessageNumber === null
          ? null
          : await resolveKeyMessage(trx, change.workspaceId, changes.keyMessageNumber)
    }
    await trx
      .updateTable('content_drafts')
      .set({ ...values, status, updated_at: change.now })
      .where('id', '=', row.id)
      .execute()
    await addAttachments(trx, row.id, extras.attachments, change.now)
    await addReview(trx, change, row.id, 'edit', extras.note)
    if (row.issue_id !== null && status !== row.status)
      await clarificationChanged(trx, change, row.issue_id, number, status)
    const changed = [...named, ...(extras.attachments.length > 0 ? (['attachments'] as const) : [])]
    await recordAudit(trx, change, 'content.edited', subjectOf(number), {
      changed,
      from: row.status,
      to: status,
    })
    return { draft: (await getDraft(trx, change.workspaceId, number))!, previousStatus: row.status, changed }
  })
}

/** /konten batal: the owner withdraws a draft (kept, status dibatalkan). */
export async function cancelDraft(
  db: Kysely<Database>,
  change: ChangeContext,
  actor: ContentActor,
  number: number,
  reason: string | undefined,
): Promise<ContentDraft> {
  return db.transaction().execute(async (trx) => {
    const row = await lockDraft(trx, change.workspaceId, number)
    await checkOwner(trx, actor, row.agency_id, number)
    const status = nextStatus(row.status, 'cancel')
    if (!status) throw new DraftStatusError(number, row.status, 'cancel')
    await trx
      .updateTable('content_drafts')
      .set({ status, updated_at: change.now })
      .where('id', '=', row.id)
      .execute()
    await addReview(trx, change, row.id, 'cancel', reason)
    if (row.issue_id !== null) await clarificationChanged(trx, change, row.issue_id, number, status)
    await recordAudit(trx, change, 'content.cancelled', subjectOf(number), {
      from: row.status,
      reason: reason ?? null,
    })
    return (await getDraft(trx, change.workspaceId, number))!
  })
}

export type ReviewDecision = 'approve' | 'revise' | 'reject'

const AUDIT_OF_DECISION: Record<ReviewDecision, string> = {
  approve: 'content.approved',
  revise: 'content.revision_requested',
  reject: 'content.rejected',
}

/**
 * /setujui, /revisi, /tolak: the coordinator's review, with its note in the history. The caller has
 * checked the role; the status is checked here, under lock.
 */
export async function reviewDraft(
  db: Kysely<Database>,
  change: ChangeContext,
  number: number,
  decision: ReviewDecision,
  note: string | undefined,
): Promise<{
  draft: ContentDraft
  previousStatus: ContentStatus
  /** What an approved clarification did to its issue. */
  issue?: ClarificationApproval
}> {
  return db.transaction().execute(async (trx) => {
    const row = await lockDraft(trx, change.workspaceId, number)
    const status = nextStatus(row.status, decision)
    if (!status) throw new DraftStatusError(number, row.status, decision)
    await trx
      .updateTable('content_drafts')
      .set({ status, updated_at: change.now })
      .where('id', '=', row.id)
      .execute()
    await addReview(trx, change, row.id, decision, note)
    let issue: ClarificationApproval | undefined
    if (row.issue_id !== null) {
      if (decision === 'approve')
        issue = await markIssueAnswered(trx, change, row.issue_id, number, row.agency_id)
      else await clarificationChanged(trx, change, row.issue_id, number, status)
    }
    await recordAudit(trx, change, AUDIT_OF_DECISION[decision], subjectOf(number), {
      from: row.status,
      note: note ?? null,
    })
    const draft = (await getDraft(trx, change.workspaceId, number))!
    return { draft, previousStatus: row.status, ...(issue && { issue }) }
  })
}

/** Checks, before asking for a note, that a review decision is possible now (so the question is not wasted). */
export async function checkReviewable(
  db: Kysely<Database>,
  workspaceId: number,
  number: number,
  decision: ReviewDecision,
): Promise<ContentDraft> {
  const draft = await requireDraft(db, workspaceId, number)
  if (!nextStatus(draft.status, decision)) throw new DraftStatusError(number, draft.status, decision)
  return draft
}

/**
 * /terbit: marks an approved draft published now, with its links. A draft already published takes
 * further links (the same post on another platform) without changing its publication time.
 */
export async function publishDraft(
  db: Kysely<Database>,
  change: ChangeContext,
  actor: ContentActor,
  number: number,
  urls: readonly string[],
): Promise<{ draft: ContentDraft; added: string[]; firstReport: boolean }> {
  return db.transaction().execute(async (trx) => {
    const row = await lockDraft(trx, change.workspaceId, number)
    await checkOwner(trx, actor, row.agency_id, number)
    const firstReport = row.status !== 'terbit'
    if (firstReport) {
      const status = nextStatus(row.status, 'publish')
      if (!status) throw new DraftStatusError(number, row.status, 'publish')
      await trx
        .updateTable('content_drafts')
        .set({ status, published_at: change.now, updated_at: change.now })
        .where('id', '=', row.id)
        .execute()
    }
    const inserted = await trx
      .insertInto('content_links')
      .values(urls.map((url) => ({ draft_id: row.id, url, created_at: change.now })))
      .onConflict((oc) => oc.columns(['draft_id', 'url']).doNothing())
      .returning('url')
      .execute()
    const added = urls.filter((url) => inserted.some((r) => r.url === url))
    if (!firstReport && added.length === 0) throw new UserError('content.links_known', { number })
    await addReview(trx, change, row.id, 'publish', added.join('\n'))
    await recordAudit(trx, change, 'content.published', subjectOf(number), { links: added, firstReport })
    return { draft: (await getDraft(trx, change.workspaceId, number))!, added, firstReport }
  })
}
