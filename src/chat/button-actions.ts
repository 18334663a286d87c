/**
 * What a button under a bot message does, as typed data: built by commands, encoded by the platform
 * into its callback data (Telegram allows 64 bytes), decoded when pressed. A press runs as the presser
 * typing the equivalent command, so it passes the very same checks.
 */
import type { ReviewDecision } from '../domain/content/service.js'

export type ButtonAction = {
  readonly kind: 'review'
  readonly decision: ReviewDecision
  readonly number: number
}

const REVIEW_COMMAND: Record<ReviewDecision, string> = {
  approve: 'setujui',
  revise: 'revisi',
  reject: 'tolak',
}
const ENCODED = /^review:(approve|revise|reject):(\d{1,9})$/

/** `review:approve:14`. */
export function encodeButtonAction(action: ButtonAction): string {
  return `${action.kind}:${action.decision}:${action.number}`
}

/** The action behind callback data; undefined for data that is not ours (or from an older format). */
export function decodeButtonAction(data: string): ButtonAction | undefined {
  const match = ENCODED.exec(data)
  if (!match) return undefined
  return { kind: 'review', decision: match[1] as ReviewDecision, number: Number(match[2]) }
}

/** The command a press stands for: `/setujui 14`. */
export function commandOfButton(action: ButtonAction): string {
  return `/${REVIEW_COMMAND[action.decision]} ${action.number}`
}
