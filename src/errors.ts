/**
 * An error the user caused (bad input, not allowed, unknown item). The dispatcher renders it from the
 * message catalog in the workspace language, with a usage example; it is never logged as a fault.
 */
export class UserError extends Error {
  override name = 'UserError'
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key)
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError
}
