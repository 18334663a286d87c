import type {
  IssueCategory,
  IssueEventKind,
  IssueLevel,
  IssueOutcome,
  IssueStatus,
  MediaKind,
  Platform,
} from '../../vocabulary.js'

/** The photo sent with `/isu`, as the platform that received it refers to it. */
export interface IssueScreenshot {
  readonly platform: Platform
  readonly fileRef: string
  readonly media: MediaKind
  readonly mimeType: string | null
}

/** An issue on the desk: what was reported, by whom, who owns the answer and by when. */
export interface Issue {
  readonly id: number
  readonly workspaceId: number
  readonly number: number
  readonly text: string
  readonly links: readonly string[]
  readonly category: IssueCategory
  readonly level: IssueLevel
  readonly status: IssueStatus
  /** The owning agency, once assigned. */
  readonly agency: { readonly id: number; readonly code: string } | null
  readonly assignedAt: Date | null
  readonly deadlineAt: Date | null
  readonly firstAnswerAt: Date | null
  /**
   * A clarification of the owning agency waits for review or was approved (one sent back or rejected, or
   * one from an agency the issue was taken from, leaves it owed).
   */
  readonly answerStands: boolean
  readonly outcome: IssueOutcome | null
  readonly outcomeNote: string | null
  readonly reporter: { readonly id: number; readonly name: string }
  readonly screenshot: IssueScreenshot | null
  readonly openedAt: Date
  readonly closedAt: Date | null
}

/** One step of an issue's timeline. */
export interface IssueEvent {
  readonly event: IssueEventKind
  readonly at: Date
  readonly actorName: string
  readonly agencyCode: string | null
  readonly itemNumber: number | null
  readonly detail: string | null
}
