/**
 * The words every layer shares: platforms, languages, statuses and roles. Kept here, below the
 * database, the domain, the chat core and the adapters alike, so none of them imports another just
 * for a type.
 */

/** Where a chat lives. */
export type Platform = 'telegram' | 'whatsapp' | 'console'
export type ChatKind = 'group' | 'private'
/** The workspace language of every user-facing text. */
export type Language = 'id' | 'en'

export type Role = 'koordinator' | 'admin' | 'anggota'
export type AgencyKind = 'opd' | 'vertikal' | 'bumn' | 'bumd' | 'lainnya'
/** Which kind of item a short number (#12) belongs to. */
export type ItemKind = 'agenda' | 'konten' | 'narasi' | 'pengingat' | 'sebar' | 'isu'
export type AgendaStatus = 'terjadwal' | 'batal'
export type ContentStatus = 'diajukan' | 'revisi' | 'disetujui' | 'terbit' | 'ditolak' | 'dibatalkan'
export type SocialPlatform = 'instagram' | 'facebook' | 'x' | 'tiktok' | 'youtube' | 'website' | 'lainnya'
export type ReviewAction =
  | 'diajukan'
  | 'diubah'
  | 'disetujui'
  | 'revisi'
  | 'ditolak'
  | 'terbit'
  | 'dibatalkan'
export type MediaKind = 'photo' | 'video' | 'document' | 'audio'
export type ReminderStatus = 'menunggu' | 'terkirim' | 'batal'
/** An amplification request (/sebar): open until its coordinator closes or cancels it. */
export type AmplificationStatus = 'terbuka' | 'ditutup' | 'batal'
/** An issue (/isu): opened, assigned to an agency, answered by an approved clarification, closed. */
export type IssueStatus = 'terbuka' | 'ditugaskan' | 'ditanggapi' | 'selesai'
/** `Tingkat:` of an issue; it sets the default deadline. */
export type IssueLevel = 'rendah' | 'sedang' | 'tinggi'
/** `Jenis:` of an issue. */
export type IssueCategory =
  | 'hoaks'
  | 'disinformasi'
  | 'pemberitaan negatif'
  | 'keluhan publik'
  | 'pertanyaan media'
  | 'pemberitaan'
/** How an issue was closed (`/isu 5 selesai <hasil>`). */
export type IssueOutcome =
  | 'klarifikasi terbit'
  | 'tidak perlu tanggapan'
  | 'dilaporkan ke platform'
  | 'lainnya'
/** A step on an issue's timeline. */
export type IssueEventKind = 'dibuka' | 'ditugaskan' | 'tanggapan' | 'ditanggapi' | 'disebar' | 'selesai'
/** Where a reported repost link lives; anything else is `web`. */
export type LinkPlatform = 'instagram' | 'facebook' | 'x' | 'tiktok' | 'youtube' | 'web'

/** A person as a platform knows them: Telegram user id, WhatsApp JID (LID or phone), console name. */
export interface PlatformIdentity {
  readonly platform: Platform
  readonly externalId: string
  readonly username?: string
  readonly displayName: string
}

/** A chat as a platform knows it. */
export interface PlatformChat {
  readonly platform: Platform
  readonly externalId: string
  readonly kind: ChatKind
  readonly title?: string
  /** The thread inside the chat the message was posted in (a Telegram forum topic). */
  readonly topic?: string
}

/** A platform connection's state, for /readyz and the metrics (`open`, `standby`, `error`, …). */
export type PlatformState = { readonly state: string; readonly detail?: string }
