/**
 * How the server ends a live-draft connection. Codes 4400–4499 tell y-websocket not to
 * reconnect (the browser shows the reason); a reason must stay under 123 bytes.
 */
export const CLOSE = {
  /** The session ended: signed out, revoked or expired. */
  signedOut: { code: 4401, reason: "Your session ended. Sign in again to rejoin the draft." },
  /** A read-only participant sent a change. */
  readOnly: { code: 4403, reason: "You can read this draft but not change it." },
  /** Removed from the workspace, or the document is gone or moved. */
  removed: { code: 4404, reason: "You no longer have access to this document." },
  /** A change beyond the draft's size limit. */
  tooLarge: { code: 4413, reason: "This change would make the draft larger than its limit; it was not applied." },
  /** A change creating shared data a draft does not have. */
  unsupported: { code: 4422, reason: "This change adds data a draft cannot hold; it was not applied." },
  /** Too many messages or bytes per second. */
  rateLimited: { code: 4429, reason: "Too many changes too fast. Reload the page to rejoin." },
  /** Not the live-draft protocol. */
  malformed: { code: 1007, reason: "Malformed message" },
} as const;

export const CLOSE_READ_ONLY = CLOSE.readOnly.code;
export const CLOSE_TOO_LARGE = CLOSE.tooLarge.code;
