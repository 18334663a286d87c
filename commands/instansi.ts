import { z } from 'zod'
import {
  changeOf,
  defineCommand,
  reply,
  type WorkspaceContext,
  workspaceAction,
} from '../src/chat/command.js'
import { type AgencyKind, readAgencyCode, readAgencyKind } from '../src/domain/agencies/agency-code.js'
import {
  agencyMembers,
  agencyNotFound,
  findAgencyByCode,
  listAgencies,
} from '../src/domain/agencies/queries.js'
import { type AgencyInput, addAgency, archiveAgency } from '../src/domain/agencies/service.js'
import { UserError } from '../src/errors.js'
import { readKeyForm } from '../src/input/key-form.js'
import { translateBlocks } from '../src/text/catalog/index.js'
import { list, paragraph, type RichText } from '../src/text/rich-text.js'

// Bounded lists: a regency forum has dozens of agencies; 30 lines stay well under Telegram's 4,096 characters.
const PAGE_SIZE = 30
const MEMBERS_SHOWN = 30

const kindLabel = (ctx: WorkspaceContext, kind: AgencyKind) => ctx.t(`agency.kind.${kind}`)
export default defineCommand({
  name: 'instansi',
  aliases: ['agency'],
  summary: 'help.instansi.summary',
  help: 'help.instansi.details',
  action: workspaceAction({
    allowed: 'anyone',
    mutates: false,
    usage: 'usage.instansi',
    read: (input) => ({ target: input.tokens[0] ?? '' }),
    args: z.object({ target: z.string() }),
    async run(ctx, { target }) {
      if (!target || /^\d{1,4}$/.test(target))
        return reply(await agencyList(ctx, target ? Number(target) : 1))
      return reply(await agencyDetail(ctx, target))
    },
  }),
  subcommands: {
    tambah: {
      aliases: ['add'],
      action: workspaceAction({
        allowed: 'coordinator',
        mutates: true,
        usage: 'usage.instansi.tambah',
        read: (input) => ({ tokens: [...input.tokens], bodyLines: [...input.bodyLines] }),
        args: z.object({ tokens: z.array(z.string()), bodyLines: z.array(z.string()) }),
        async run(ctx, { tokens, bodyLines }) {
          const keyForm = tokens.length === 0 && bodyLines.some((line) => line.trim())
          const input = keyForm ? readAgencyForm(bodyLines) : readOneLine(tokens)
          const { agency, restored, rejoined } = await addAgency(ctx.db, changeOf(ctx), input)
          const params = { code: agency.code, name: agency.name, kind: kindLabel(ctx, agency.kind) }
          if (!restored) return reply(translateBlocks(ctx.lang, 'agency.added', params))
          const text = translateBlocks(ctx.lang, 'agency.restored', params)
          if (rejoined > 0) text.push(...translateBlocks(ctx.lang, 'agency.rejoined', { count: rejoined }))
          return reply(text)
        },
      }),
    },
    hapus: {
      aliases: ['remove', 'archive', 'delete'],
      action: workspaceAction({
        allowed: 'coordinator',
        mutates: true,
        usage: 'usage.instansi.hapus',
        read: (input) => ({ code: input.tokens[0] ?? '' }),
        args: z.object({ code: z.string().min(1, { message: 'agency.code_required' }) }),
        async run(ctx, { code }) {
          const wanted = readAgencyCode(code)
          if (!wanted) throw new UserError('agency.code_invalid', { code })
          const { agency, released } = await archiveAgency(ctx.db, changeOf(ctx), wanted)
          const params = { code: agency.code, name: agency.name }
          const text = translateBlocks(ctx.lang, 'agency.archived_done', params)
          if (released > 0) text.push(...translateBlocks(ctx.lang, 'agency.released', { count: released }))
          text.push(...translateBlocks(ctx.lang, 'agency.archive_undo', params))
          return reply(text)
        },
      }),
    },
  },
})

/** One page of agencies with member counts; a long list says where the next page is. */
async function agencyList(ctx: WorkspaceContext, page: number): Promise<RichText> {
  const { agencies, total, archived } = await listAgencies(ctx.db, ctx.workspace.id, {
    offset: (Math.max(page, 1) - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  })
  if (total === 0) return translateBlocks(ctx.lang, 'agency.list_empty')
  const pages = Math.ceil(total / PAGE_SIZE)
  if (page < 1 || page > pages) throw new UserError('agency.page_out_of_range', { pages })
  const text: RichText = [
    ...translateBlocks(ctx.lang, 'agency.list_title', { forum: ctx.workspace.name, total }),
    list(
      agencies.map((a) =>
        ctx.t('agency.list_item', {
          code: a.code,
          name: a.name,
          kind: kindLabel(ctx, a.kind),
          members: a.members,
        }),
      ),
    ),
  ]
  if (pages > 1) {
    const key = page < pages ? 'agency.list_next' : 'agency.list_page'
    text.push(paragraph(...ctx.t(key, { page, pages, next: page + 1 })))
  }
  if (archived > 0) text.push(paragraph(...ctx.t('agency.list_archived', { count: archived })))
  text.push(paragraph(...ctx.t('agency.list_footer', { code: agencies[0]!.code })))
  return text
}

/** One agency: its kind and its people (coordinators and admins first), bounded. */
async function agencyDetail(ctx: WorkspaceContext, written: string): Promise<RichText> {
  const code = readAgencyCode(written)
  if (!code) throw new UserError('agency.code_invalid', { code: written })
  const agency = await findAgencyByCode(ctx.db, ctx.workspace.id, code)
  if (!agency) throw await agencyNotFound(ctx.db, ctx.workspace.id, code)
  if (agency.archivedAt)
    return translateBlocks(ctx.lang, 'agency.detail_archived', { code: agency.code, name: agency.name })
  const text = translateBlocks(ctx.lang, 'agency.detail_title', {
    code: agency.code,
    name: agency.name,
    kind: kindLabel(ctx, agency.kind),
  })
  const { members, total } = await agencyMembers(ctx.db, ctx.workspace.id, agency.id, MEMBERS_SHOWN)
  if (total === 0)
    return [...text, ...translateBlocks(ctx.lang, 'agency.detail_empty', { code: agency.code })]
  text.push(paragraph(...ctx.t('agency.detail_members', { total })))
  text.push(
    list(
      members.map((m) =>
        ctx.t('agency.detail_member', { name: m.displayName, role: ctx.t(`membership.role.${m.role}`) }),
      ),
    ),
  )
  if (total > members.length)
    text.push(paragraph(...ctx.t('agency.detail_more', { count: total - members.length })))
  return text
}

/**
 * `DINKES Dinas Kesehatan opd`: the code, the name, and the kind when the last word is one. A last word
 * written in lower case that is no kind (`pemda`, `vertical`) was meant as one: it is refused, naming
 * the kinds, rather than glued onto the name (names are written capitalised).
 */
function readOneLine(tokens: readonly string[]): AgencyInput {
  const [written, ...rest] = tokens
  if (!written) throw new UserError('agency.code_required')
  const code = readAgencyCode(written)
  if (!code) throw new UserError('agency.code_invalid', { code: written })
  const last = rest.at(-1)
  const kind = rest.length > 1 && last ? readAgencyKind(last) : undefined
  if (rest.length > 1 && last && !kind && /^\p{Ll}+$/u.test(last))
    throw new UserError('agency.kind_invalid', { kind: last })
  const nameWords = kind ? rest.slice(0, -1) : rest
  if (nameWords.length === 0) throw new UserError('agency.name_required', { code })
  return { code, name: checkName(nameWords.join(' ')), kind: kind ?? 'lainnya' }
}

/** The key form: `Kode: DINKES`, `Nama: Dinas Kesehatan`, `Jenis: opd`, one per line. */
function readAgencyForm(lines: readonly string[]): AgencyInput {
  const { values, extras } = readKeyForm(lines, [
    { field: 'code', names: ['Kode', 'Code'] },
    { field: 'name', names: ['Nama', 'Nama instansi', 'Name'] },
    { field: 'kind', names: ['Jenis', 'Kind'] },
  ])
  if (extras[0]) throw new UserError('agency.form_unknown', { key: extras[0].key })
  if (!values.code) throw new UserError('agency.code_required')
  const code = readAgencyCode(values.code)
  if (!code) throw new UserError('agency.code_invalid', { code: values.code })
  if (!values.name) throw new UserError('agency.name_required', { code })
  let kind: AgencyKind = 'lainnya'
  if (values.kind) {
    const read = readAgencyKind(values.kind)
    if (!read) throw new UserError('agency.kind_invalid', { kind: values.kind })
    kind = read
  }
  return { code, name: checkName(values.name), kind }
}

function checkName(written: string): string {
  const name = written.trim().replace(/\s+/g, ' ')
  if (name.length < 2 || name.length > 160) throw new UserError('agency.name_length')
  return name
}
