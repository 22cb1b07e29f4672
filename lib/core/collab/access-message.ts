import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

/**
 * A live-draft message of the app's own, next to y-websocket's sync (0), awareness (1), auth (2)
 * and awareness query (3): the server tells a participant what it may now do, when their role
 * changes while the draft is open (a demoted editor's page turns read-only at once).
 */
export const MESSAGE_ACCESS = 20;

export function encodeAccessMessage(readOnly: boolean): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_ACCESS);
  encoding.writeVarUint(encoder, readOnly ? 1 : 0);
  return encoding.toUint8Array(encoder);
}

/** Reads the body of an access message (after its type): whether the participant is now read-only. */
export function readAccessMessage(decoder: decoding.Decoder): { readOnly: boolean } {
  return { readOnly: decoding.readVarUint(decoder) === 1 };
}
