import { z } from 'zod'
import { readItemNumber } from '../src/input/item-number.js'

// Shared argument schemas. Their messages are catalog keys: the dispatcher shows them with a usage example.

/** `12` or `#12`. */
export const itemNumber = z.string({ message: 'core.error.item_number' }).transform((token, ctx) => {
  const number = readItemNumber(token)
  if (number === undefined) {
    ctx.addIssue({ code: 'custom', message: 'core.error.item_number' })
    return z.NEVER
  }
  return number
})

/** Free text that must not be empty. */
export const requiredText = (max = 500) =>
  z
    .string({ message: 'core.error.text_required' })
    .trim()
    .min(1, { message: 'core.error.text_required' })
    .max(max, { message: 'core.error.too_long' })

export const optionalText = (max = 500) =>
  z
    .string()
    .trim()
    .max(max, { message: 'core.error.too_long' })
    .optional()
    .transform((text) => (text ? text : undefined))

/** Reads nothing: for commands without arguments. */
export const noArgs = { read: () => ({}), args: z.object({}) }
