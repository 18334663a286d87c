/** One line of `npm run doctor`: what was checked, how it stands, and what was found. */
export interface Finding {
  readonly status: 'ok' | 'warn' | 'fail'
  readonly subject: string
  readonly detail: string
}

export const ok = (subject: string, detail: string): Finding => ({ status: 'ok', subject, detail })
export const warn = (subject: string, detail: string): Finding => ({ status: 'warn', subject, detail })
export const fail = (subject: string, detail: string): Finding => ({ status: 'fail', subject, detail })
