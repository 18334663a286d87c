/** Issues (issues, issue_events): this module alone writes both tables. */
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/database.js'
import { UserError } from '../../errors.js'
import type { ContentStatus, IssueEventKind, IssueOutcome, IssueStatus } from '../../vocabulary.js'
import { type ChangeContext, recordAudit } from '../audit/record-audit.js'
import { allocateItemNumber } from '../numbers/allocate-number.js'
import { missingItemError } from '../numbers/item-kind.js'
import { findIssue, selectIssues, toIssue } from './queries.js'
import type { WrittenIssue } from './read-issue.js'
import type { Issue, IssueScreenshot } from './types.js'

type Db = Kysely<Database> | Transaction<Database>

async function addEvent(
  trx: Db,
  change: ChangeContext,
  issueId: number,
  event: IssueEventKind,
  extra: { agencyId?: number; itemNumber?: number; detail?: string | null } = {},
): Promise<void> {
  await trx
    .insertInto('issue_events')
    .values({
      issue_id: issueId,
      event,
      at: change.now,
      actor_id: change.actorId,
      chat_id: change.chatId,
      agency_id: extra.agencyId ?? null,
      item_number: extra.itemNumber ?? null,
      detail: extra.detail ?? null,
    })
    .execute()
}

/** The issue, locked for the change about to be made; refused when the number names something else. */
async function lockIssue(trx: Db, workspaceId: number, number: number): Promise<Issue> {
  const row = await selectIssues(trx)
    .where('s.workspace_id', '=', workspaceId)
    .where('s.number', '=', number)
    .forUpdate('s')
    .executeTakeFirst()
  if (!row) throw await missingItemError(trx, workspaceId, number, 'isu')
  return toIssue(row)
}

async function reread(trx: Db, issueId: number): Promise<Issue> {
  return toIssue(await selectIssues(trx).where('s.id', '=', issueId).executeTakeFirstOrThrow())
}

/** The issue with this short number, or the refusal naming what the number is. */
export async function requireIssue(
  db: Kysely<Database>,
  workspaceId: number,
  number: number,
): Promise<Issue> {
  const issue = await findIssue(db, workspaceId, number)
  if (!issue) throw await missingItemError(db, workspaceId, number, 'isu')
  return issue
}

/** Opens an issue with the next short number. */
export async function openIssue(
  db: Kysely<Database>,
  change: ChangeContext,
  written: WrittenIssue,
  screenshot: IssueScreenshot | null,
): Promise<Issue> {
  return db.transaction().execute(async (trx) => {
    const number = await allocateItemNumber(trx, change.workspaceId, 'isu')
    const { id } = await trx
      .insertInto('issues')
      .values({
        workspace_id: change.workspaceId,
        number,
        text: written.text,
        links: [...written.links],
        category: written.category,
        level: written.level,
        reported_by: change.actorId,
        chat_id: change.chatId,
        screenshot_platform: screenshot?.platform ?? null,
        screenshot_ref: screenshot?.fileRef ?? null,
        screenshot_media: screenshot?.media ?? null,
        screenshot_mime: screenshot?.mimeType ?? null,
        opened_at: change.now,
        created_at: change.now,
        updated_at: change.now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await addEvent(trx, change, id, 'dibuka', {
      detail: `${written.category}, ${written.level}`,
    })
    await recordAudit(trx, change, 'issue.opened', `#${number}`, {
      category: written.category,
      level: written.level,
    })
    return reread(trx, id)
  })
}

function refuseClosed(issue: Issue): void {
  if (issue.status === 'selesai') throw new UserError('issue.already_closed', { number: issue.number })
}

/**
 * Gives the issue to an agency with a deadline; assigning it again replaces the agency and the deadline,
 * or only the deadline when it is the same agency. Returns the agency it had before, if any.
 */
export async function assignIssue(
  db: Kysely<Database>,
  change: ChangeContext,
  number: number,
  agency: { readonly id: number; readonly code: string },
  deadlineAt: Date,
): Promise<{ issue: Issue; previous: Issue['agency'] }> {
  return db.transaction().execute(async (trx) => {
    const current = await lockIssue(trx, change.workspaceId, number)
    refuseClosed(current)
    // An answered issue handed to another agency waits for that agency's answer again. Given again to
    // the same agency (a new deadline), the agency still has had it since it was first given: its answer
    // time and the half-way reminder count from then.
    const sameAgency = current.agency?.id === agency.id
    const status: IssueStatus = current.status === 'ditanggapi' && sameAgency ? 'ditanggapi' : 'ditugaskan'
    await trx
      .updateTable('issues')
      .set({
        agency_id: agency.id,
        deadline_at: deadlineAt,
        status,
        ...(sameAgency ? {} : { assigned_at: change.now, first_answer_at: null }),
        updated_at: change.now,
      })
      .where('id', '=', current.id)
      .execute()
    await addEvent(trx, change, current.id, 'ditugaskan', {
      agencyId: agency.id,
      detail: deadlineAt.toISOString(),
    })
    await recordAudit(trx, change, 'issue.assigned', `#${number}`, {
      agency: agency.code,
      deadline_at: deadlineAt.toISOString(),
    })
    return { issue: await reread(trx, current.id), previous: current.agency }
  })
}

/** Closes the issue with its outcome. */
export async function closeIssue(
  db: Kysely<Database>,
  change: ChangeContext,
  number: number,
  outcome: IssueOutcome,
  note: string | null,
  mayClose: (issue: Issue) => boolean,
): Promise<Issue> {
  return db.transaction().execute(async (trx) => {
    const current = await lockIssue(trx, change.workspaceId, number)
    refuseClosed(current)
    if (!mayClose(current)) throw new UserError('issue.not_yours', { number })
    await trx
      .updateTable('issues')
      .set({
        status: 'selesai',
        outcome,
        outcome_note: note,
        closed_at: change.now,
        updated_at: change.now,
      })
      .where('id', '=', current.id)
      .execute()
    await addEvent(trx, change, current.id, 'selesai', {
      detail: note ? `${outcome}: ${note}` : outcome,
    })
    await recordAudit(trx, change, 'issue.closed', `#${number}`, { outcome })
    return reread(trx, current.id)
  })
}

/**
 * The owning agency submitted clarification draft #`draftNumber` (inside the caller's transaction, with
 * the draft): the first one is the agency's answer time. Refused on a closed or unassigned issue, or
 * for someone outside the owning agency.
 */
export async function recordClarification(
  trx: Transaction<Database>,
  change: ChangeContext,
  number: number,
  mayAnswer: (issue: Issue) => boolean,
  submit: (issue: Issue) => Promise<{ readonly id: number; readonly number: number }>,
): Promise<Issue> {
  const current = await lockIssue(trx, change.workspaceId, number)
  refuseClosed(current)
  if (!current.agency) throw new UserError('issue.not_assigned', { number })
  if (!mayAnswer(current))
    throw new UserError('issue.answer_not_yours', { number, code: current.agency.code })
  const draft = await submit(current)
  await trx
    .updateTable('issues')
    .set({ first_answer_at: current.firstAnswerAt ?? change.now, updated_at: change.now })
    .where('id', '=', current.id)
    .execute()
  await addEvent(trx, change, current.id, 'tanggapan', {
    agencyId: current.agency.id,
    itemNumber: draft.number,
  })
  await recordAudit(trx, change, 'issue.clarification', `#${number}`, { draft: draft.number })
  return reread(trx, current.id)
}

/**
 * What approving a clarification did to its issue: answered it; nothing, because the issue was already
 * closed; or nothing, because the issue has since been given to another agency (`owner`), whose own
 * clarification it still waits for.
 */
export type ClarificationApproval =
  | { readonly outcome: 'answered' | 'closed' }
  | { readonly outcome: 'reassigned'; readonly owner: string; readonly author: string }

/**
 * Clarification #`draftNumber` of agency `draftAgencyId` was approved (inside the review's
 * transaction): the issue is answered, when that agency still owns it.
 */
export async function markIssueAnswered(
  trx: Transaction<Database>,
  change: ChangeContext,
  issueId: number,
  draftNumber: number,
  draftAgencyId: number,
): Promise<ClarificationApproval> {
  const current = await trx
    .selectFrom('issues as s')
    .leftJoin('agencies as owner', 'owner.id', 's.agency_id')
    .innerJoin('agencies as author', (join) => join.on('author.id', '=', draftAgencyId))
    .select(['s.status', 's.agency_id', 's.number', 'owner.code as owner_code', 'author.code as author_code'])
    .where('s.id', '=', issueId)
    .forUpdate('s')
    .executeTakeFirstOrThrow()
  await addEvent(trx, change, issueId, 'ditanggapi', { agencyId: draftAgencyId, itemNumber: draftNumber })
  // Reassigned since it was written: the approval is on the timeline, the new owner still owes its answer.
  if (current.agency_id !== draftAgencyId) {
    await recordAudit(trx, change, 'issue.clarification_changed', `#${current.number}`, {
      draft: draftNumber,
      status: 'disetujui',
    })
    return { outcome: 'reassigned', owner: current.owner_code ?? '', author: current.author_code }
  }
  await recordAudit(trx, change, 'issue.answered', `#${current.number}`, { draft: draftNumber })
  // A closed issue stays closed; its timeline still shows the approval.
  if (current.status === 'selesai') return { outcome: 'closed' }
  await trx
    .updateTable('issues')
    .set({ status: 'ditanggapi', updated_at: change.now })
    .where('id', '=', issueId)
    .execute()
  return { outcome: 'answered' }
}

/** A clarification in these states was no answer: its agency's answer time is that of its next one, if any. */
const NO_ANSWER: readonly ContentStatus[] = ['ditolak', 'dibatalkan']

/**
 * A clarification's status changed other than by approval (sent back for revision, rejected, withdrawn,
 * resubmitted): whether its issue still waits for an answer may have changed, so the issue is audited
 * as changed and the scheduler plans its reminders again. A rejected or withdrawn clarification was no
 * answer: the owning agency answered when it submitted the first of its clarifications still standing
 * since it was given the issue (sent back for revision counts: it answered, to be improved), or not yet.
 */
export async function clarificationChanged(
  trx: Transaction<Database>,
  change: ChangeContext,
  issueId: number,
  draftNumber: number,
  status: ContentStatus,
): Promise<void> {
  const issue = await trx
    .selectFrom('issues')
    .select(['number', 'agency_id', 'first_answer_at'])
    .where('id', '=', issueId)
    .executeTakeFirstOrThrow()
  if (NO_ANSWER.includes(status) && issue.agency_id !== null && issue.first_answer_at !== null) {
    const standing = await trx
      .selectFrom('content_drafts')
      .select((eb) => eb.fn.min('created_at').as('first'))
      .where('issue_id', '=', issueId)
      .where('agency_id', '=', issue.agency_id)
      .where('status', 'not in', NO_ANSWER)
      .where('created_at', '>=', issue.first_answer_at)
      .executeTakeFirst()
    await trx
      .updateTable('issues')
      .set({ first_answer_at: standing?.first ?? null, updated_at: change.now })
      .where('id', '=', issueId)
      .execute()
  }
  await recordAudit(trx, change, 'issue.clarification_changed', `#${issue.number}`, {
    draft: draftNumber,
    status,
  })
}

/** Amplification request #`requestNumber` shares the issue's clarification: a step of its timeline. */
export async function recordAmplified(
  db: Kysely<Database>,
  change: ChangeContext,
  number: number,
  requestNumber: number,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const current = await lockIssue(trx, change.workspaceId, number)
    await addEvent(trx, change, current.id, 'disebar', { itemNumber: requestNumber })
    await recordAudit(trx, change, 'issue.amplified', `#${number}`, { request: requestNumber })
  })
}
