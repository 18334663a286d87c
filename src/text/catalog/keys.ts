import type { id } from './id/index.js'

/** Every message key; the Indonesian catalog is the source of truth, English must have each one. */
export type MessageKey = keyof typeof id
