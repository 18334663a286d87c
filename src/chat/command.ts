import type { Kysely } from 'kysely'
import type { z } from 'zod'
import type { Database } from '../db/database.js'
import type { ChangeContext } from '../domain/audit/record-audit.js'
import type { Viewer } from '../domain/calendar/view.js'
import type { CalendarLinkSettings } from '../domain/calendar/web-link.js'
import type { ChatRow } from '../domain/chats/chats.js'
import type { Membership, Workspace } from '../domain/workspaces/workspaces.js'
import type { Language, MessageKey } from '../text/catalog/index.js'
import type { Inline, RichText } from '../text/rich-text.js'
import type { TemplateParams } from '../text/template.js'
import type { ContentStatus } from '../vocabulary.js'
import type { Incoming, Outgoing, PlatformPort, SenderIdentity } from './types.js'

/**
 * Who may run an action (SPEC §1), the first, coarse check; services then check ownership.
 * - anyone: also guests and people outside any forum
 * - member: anggota, admin or koordinator of the workspace (sees drafts)
 * - agency: belongs to an agency, or is the coordinator (adds agenda items and drafts)
 * - admin: agency admin or coordinator
 * - coordinator
 * - group-admin: an administrator of the platform group, asked of the platform
 */
export type Access = 'anyone' | 'member' | 'agency' | 'admin' | 'coordinator' | 'group-admin'

export interface Actor {
  readonly personId: number
  readonly displayName: string
  readonly identity: SenderIdentity
  /** Undefined for a guest (or when no workspace is known). */
  readonly membership: Membership | undefined
}

/** Everything a command's handler may use. */
export interface CommandContext {
  readonly incoming: Incoming
  readonly now: Date
  readonly lang: Language
  readonly chat: ChatRow
  /** The workspace of the chat (or, privately, of the sender); undefined only for actions that need none. */
  readonly workspace: Workspace | undefined
  readonly actor: Actor
  readonly db: Kysely<Database>
  readonly platform: PlatformPort
  readonly publicUrl: string
  /** Secret and settings of web-calendar links and feed addresses; undefined in tests that do not set them. */
  readonly webLinks?: CalendarLinkSettings
  /** Zone and language a new workspace starts with. */
  readonly defaults: { readonly timezone: string; readonly language: Language }
  /** Every command, for /bantuan. */
  readonly commands: readonly CommandDefinition[]
  /** A catalog message in the workspace language. */
  t(key: MessageKey, params?: TemplateParams): Inline[]
  /** The dates help texts, usage lines and errors show as examples (`{ex_date}`), computed from today. */
  examples(): TemplateParams
}

/** The context of an action that declared it needs a workspace. */
export type WorkspaceContext = CommandContext & { readonly workspace: Workspace }

/** What the parser hands an action: the words after the (sub)command and the following lines. */
export interface CommandInput {
  /** The first line after the command and subcommand, as written. */
  readonly rest: string
  /** `rest` split into words ("quoted strings" kept together). */
  readonly tokens: readonly string[]
  /** Lines after the first (the key form), as written. */
  readonly bodyLines: readonly string[]
}

/**
 * What a command changed that a platform may show outside its answer: the message a review button sat
 * on shows the draft's new status. Adapters learn it from here, never by reading tables.
 */
export type CommandOutcome = {
  readonly kind: 'draftReviewed'
  readonly number: number
  readonly status: ContentStatus
}

export interface CommandResult {
  readonly messages: readonly Outgoing[]
  readonly outcome?: CommandOutcome
  /** The bot asked something; a reply from the same person within 10 minutes goes to `answers`. */
  readonly question?: { readonly purpose: string; readonly context: Record<string, unknown> }
  /**
   * An action that may change data found it only had to read (`/sebar 31` shows a request where `/sebar
   * 14` opens one): nothing is re-planned, and like a read-only command it is not answered over 10 min late.
   */
  readonly readOnly?: boolean
}

export interface ActionDefinition<Args, Ctx extends CommandContext = CommandContext> {
  readonly allowed: Access
  /** Default true: the action runs inside a workspace. */
  readonly needsWorkspace?: Ctx extends WorkspaceContext ? true : boolean
  readonly where?: 'group' | 'private' | 'any'
  /**
   * Changes data: such commands are still carried out up to 24 h late; read-only ones only 10 min.
   * A function decides from the input for actions that show or set (`/zona` shows, `/zona WITA` sets).
   */
  readonly mutates: boolean | ((input: CommandInput) => boolean)
  /** Catalog key of a usage example, shown under every error of this action. */
  readonly usage: MessageKey
  /** Turns the raw input into the object `args` validates. Zod messages are catalog keys. */
  readonly read: (input: CommandInput) => unknown
  readonly args: z.ZodType<Args>
  run(ctx: Ctx, args: Args): Promise<CommandResult>
}

// biome-ignore lint/suspicious/noExplicitAny: a registry holds actions of every argument type
export type AnyAction = ActionDefinition<any, any>

export interface CommandDefinition {
  /** Indonesian name, lower case; the primary one. */
  readonly name: string
  /** English alias and other spellings, lower case. */
  readonly aliases: readonly string[]
  /** One-line description for /bantuan and the platform command menus. */
  readonly summary: MessageKey
  /** Detailed help with examples for `/bantuan <perintah>`. */
  readonly help: MessageKey
  /** The action for the bare command (`/agenda`, `/agenda besok`, `/agenda 12`). */
  readonly action: AnyAction
  /** Subcommands by name (`tambah`) with their aliases (`add`). */
  readonly subcommands?: Readonly<
    Record<string, { readonly aliases: readonly string[]; readonly action: AnyAction }>
  >
  /** Answers to questions this command asked, by purpose. */
  readonly answers?: Readonly<
    Record<
      string,
      (ctx: CommandContext, text: string, context: Record<string, unknown>) => Promise<CommandResult>
    >
  >
}

export function defineCommand(definition: CommandDefinition): CommandDefinition {
  return definition
}

/** Declares an action whose handler always has a workspace. */
export function workspaceAction<Args>(
  action: Omit<ActionDefinition<Args, WorkspaceContext>, 'needsWorkspace'>,
): ActionDefinition<Args, WorkspaceContext> {
  return { ...action, needsWorkspace: true }
}

/** Declares an action that may run without a workspace (/bantuan, /aktifkan, /hubungkan). */
export function freeAction<Args>(
  action: Omit<ActionDefinition<Args, CommandContext>, 'needsWorkspace'>,
): ActionDefinition<Args, CommandContext> {
  return { ...action, needsWorkspace: false }
}

/** Who changes what, from which chat, and when: the audit context every writing service takes. */
export function changeOf(ctx: WorkspaceContext): ChangeContext & { readonly chatId: number } {
  return { workspaceId: ctx.workspace.id, actorId: ctx.actor.personId, chatId: ctx.chat.id, now: ctx.now }
}

/**
 * Who reads this command's answer: drafts under review show in private chats only, to the members of
 * the agency that owns them and to the coordinator (SPEC §1).
 */
export function viewerOf(ctx: CommandContext): Viewer {
  if (ctx.chat.kind === 'group') return 'group'
  const membership = ctx.actor.membership
  if (membership?.role === 'koordinator') return 'coordinator'
  return membership?.agencyId ? { agencyId: membership.agencyId } : 'guest'
}

/** A reply in the chat of the command, quoting it. */
export function reply(text: RichText, extra: Omit<Outgoing, 'target' | 'text'> = {}): CommandResult {
  return { messages: [{ target: { kind: 'reply' }, text, quote: true, ...extra }] }
}
