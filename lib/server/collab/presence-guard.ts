import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

/** One presence state (cursor, selection, who) may be this large; a browser's is ~200 bytes. */
export const MAX_PRESENCE_BYTES = 4 * 1024;
/** Presence client ids one connection may hold (a page has one). */
export const MAX_PRESENCE_IDS = 4;

export interface PresenceOwner {
  userId: string;
  name: string;
  readOnly: boolean;
}

/**
 * Rewrites a participant's presence (awareness) update into what the others may see: only
 * client ids this connection owns (the first to use an id owns it; the same person may take
 * over their own, as a reconnecting page does), their user forced to the session's name and id
 * and to their real role, a colour only if it is a plain hex colour, no state over 4 KiB.
 * Returns null when nothing is left.
 */
export function filterPresence(update: Uint8Array, peer: PresenceOwner, owners: Map<number, PresenceOwner>): Uint8Array | null {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const kept: Array<[number, number, string]> = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    const owner = owners.get(clientId);
    if (owner && owner !== peer && owner.userId !== peer.userId) continue;
    if (!owner && ownedBy(owners, peer) >= MAX_PRESENCE_IDS) continue;
    const state = json === "null" ? json : sanitize(json, peer);
    if (state === undefined) continue;
    owners.set(clientId, peer);
    kept.push([clientId, clock, state]);
  }
  return kept.length === 0 ? null : encodePresence(kept);
}

/** The same states with the user's role set to `readOnly`, one clock later, for a role change. */
export function presenceWithRole(states: Array<[number, number, Record<string, unknown>]>, peer: PresenceOwner): Uint8Array {
  return encodePresence(states.map(([id, clock, state]) => [id, clock + 1, JSON.stringify({ ...state, user: forcedUser(state.user, peer) })]));
}

/** The state as the others may see it, or undefined to drop it. */
function sanitize(json: string, peer: PresenceOwner): string | undefined {
  if (json.length > MAX_PRESENCE_BYTES) return undefined;
  let state: unknown;
  try {
    state = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof state !== "object" || state === null || Array.isArray(state)) return undefined;
  const fields = state as Record<string, unknown>;
  const result = JSON.stringify({ ...fields, user: forcedUser(fields.user, peer) });
  return result.length > MAX_PRESENCE_BYTES ? undefined : result;
}

function forcedUser(user: unknown, peer: PresenceOwner): Record<string, unknown> {
  const color = (user as { color?: unknown } | null)?.color;
  return {
    id: peer.userId,
    name: peer.name,
    readOnly: peer.readOnly,
    ...(typeof color === "string" && /^#[0-9a-f]{6}$/i.test(color) ? { color } : {}),
  };
}

function ownedBy(owners: Map<number, PresenceOwner>, peer: PresenceOwner): number {
  let count = 0;
  for (const owner of owners.values()) if (owner === peer) count++;
  return count;
}

function encodePresence(states: Array<[number, number, string]>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, states.length);
  for (const [clientId, clock, json] of states) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, json);
  }
  return encoding.toUint8Array(encoder);
}
