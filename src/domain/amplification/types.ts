import type { AmplificationStatus, LinkPlatform } from '../../vocabulary.js'

/** An amplification request (`/sebar`): agencies are asked to repost one narrative by a deadline. */
export interface AmplificationRequest {
  readonly id: number
  readonly workspaceId: number
  readonly number: number
  readonly title: string
  /** The draft amplified (`/sebar 14`), when the request names one. */
  readonly contentNumber: number | null
  readonly links: readonly string[]
  readonly hashtags: readonly string[]
  readonly notes: string | null
  readonly openedAt: Date
  readonly deadlineAt: Date
  /** The zone the deadline was written in (`sampai 15.00 WITA`); the workspace zone otherwise. */
  readonly deadlineZone: string
  readonly status: AmplificationStatus
  readonly createdBy: number
}

/** One target agency of a request and what it reported. */
export interface TargetProgress {
  readonly agencyId: number
  readonly code: string
  readonly links: readonly ReportedLink[]
}

export interface ReportedLink {
  readonly url: string
  readonly platform: LinkPlatform
  readonly late: boolean
  readonly reportedAt: Date
}

/** A request with every target agency's reports: what /sebar <nomor>, the reminders and the recap show. */
export interface RequestProgress {
  readonly request: AmplificationRequest
  /** Every target, by code. */
  readonly targets: readonly TargetProgress[]
}

/** An open request with how many of its agencies reported: the lines of /sebar and the brief. */
export interface RequestSummary {
  readonly request: AmplificationRequest
  readonly targetCount: number
  readonly reportedCount: number
  /** Whether the agency the summaries were asked for (/lapor) reported; undefined without one. */
  readonly agencyReported?: boolean
}
