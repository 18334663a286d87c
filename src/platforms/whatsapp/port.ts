/**
 * The narrow port: the part of a Baileys socket Sinergi uses, and nothing more. The real socket
 * (`makeWASocket`) satisfies it as it is; tests put a fake behind it that uses Baileys' own event
 * emitter and message shapes. An upgrade of Baileys touches this folder only.
 */
import type {
  AuthenticationCreds,
  AuthenticationState,
  BaileysEventEmitter,
  BinaryNode,
  GroupMetadata,
  proto,
  SocketConfig,
  WAMessageKey,
  WASocket,
  WAVersion,
} from 'baileys'

/** The logger Baileys takes (pino-compatible). */
export type BaileysLogger = SocketConfig['logger']

/** Baileys' LID ↔ phone-number mapping store (`sock.signalRepository.lidMapping`), as far as we read it. */
export interface LidLookup {
  /** The phone-number JID of a LID, if Baileys has seen the pair (never asks the network). */
  getPNForLID(lid: string): Promise<string | null>
  /** The LID of a phone-number JID (from the store, else asked of WhatsApp). */
  getLIDForPN(pn: string): Promise<string | null>
}

/**
 * The `CB:` event under which Baileys' websocket routes `<notification type="companion_reg_refresh">`
 * (lib/Socket/socket.js emits every node once per attribute as `CB:<tag>,<attr>:<value>`). Baileys
 * rc14 acks that notification and does nothing else; Sinergi handles it (socket-session.ts).
 */
export const COMPANION_REG_REFRESH = 'CB:notification,type:companion_reg_refresh'

/** The raw protocol nodes Sinergi listens to on Baileys' websocket: only the one above. */
export interface WaProtocolEvents {
  on(event: typeof COMPANION_REG_REFRESH, listener: (node: BinaryNode) => void): unknown
}

export type WaSocketPort = Pick<
  WASocket,
  | 'user'
  | 'sendMessage'
  | 'sendPresenceUpdate'
  | 'groupMetadata'
  | 'groupFetchAllParticipating'
  | 'requestPairingCode'
  | 'end'
> & {
  readonly ev: Pick<BaileysEventEmitter, 'on' | 'off'>
  readonly ws: WaProtocolEvents
  readonly authState: { readonly creds: Pick<AuthenticationCreds, 'me' | 'registered'> }
  readonly signalRepository: { readonly lidMapping: LidLookup }
}

/** What Sinergi decides about every socket it opens (the rest is Baileys' defaults or the factory's). */
export interface WaSocketConfig {
  readonly auth: AuthenticationState
  readonly logger: BaileysLogger
  /** A message the bot sent, for a recipient's retry request. */
  readonly getMessage: (key: WAMessageKey) => Promise<proto.IMessage | undefined>
  /** Stored group metadata, so Baileys does not fetch it on every send. */
  readonly cachedGroupMetadata: (jid: string) => Promise<GroupMetadata | undefined>
  /** The WhatsApp Web version to announce; undefined: Baileys' built-in one. */
  readonly version?: WAVersion
}

/** Opens one socket (it connects at once and reports through `connection.update`). */
export type SocketFactory = (config: WaSocketConfig) => WaSocketPort
