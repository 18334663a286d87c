import type { MessageKey } from './text/catalog/index.js'
import { echo } from './text/shorten.js'

/**
 * An error the user caused (bad input, not allowed, unknown item). The dispatcher renders it from the
 * message catalog in the workspace language, with a usage example; it is never logged as a fault.
 */
export class UserError extends Error {
  override name = 'UserError'
  /** Text parameters are what someone wrote, repeated back: shortened, so one long message gets one reply. */
  readonly params: Readonly<Record<string, string | number>>

  constructor(
    readonly key: MessageKey,
    params: Readonly<Record<string, string | number>> = {},
  ) {
    super(key)
    this.params = Object.fromEntries(
      Object.entries(params).map(([name, value]) => [name, typeof value === 'string' ? echo(value) : value]),
    )
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError
}
