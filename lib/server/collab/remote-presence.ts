import * as decoding from "lib0/decoding";
import type { PresenceOwner } from "./presence-guard";

// Owners standing for participants connected to other instances. Their client ids are
// theirs: no local connection may take one over, except the same person (a page that
// reconnected through this instance), as presence-guard.ts allows for any owner.
const remote = new WeakSet<PresenceOwner>();

export const remotePresence = {
  isRemote(owner: PresenceOwner | undefined): boolean {
    return owner !== undefined && remote.has(owner);
  },

  /** Records who owns each client id of a presence update another instance relayed (already checked there). */
  register(update: Uint8Array, owners: Map<number, PresenceOwner>): void {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      decoding.readVarUint(decoder); // clock
      const json = decoding.readVarString(decoder);
      const current = owners.get(clientId);
      if (current && !remote.has(current)) continue; // a local connection holds it now
      if (json === "null") {
        owners.delete(clientId);
        continue;
      }
      const user = userOf(json);
      const owner: PresenceOwner = { userId: user.id, name: user.name, readOnly: user.readOnly };
      remote.add(owner);
      owners.set(clientId, owner);
    }
  },
};

function userOf(json: string): { id: string; name: string; readOnly: boolean } {
  try {
    const user = (JSON.parse(json) as { user?: { id?: unknown; name?: unknown; readOnly?: unknown } }).user;
    return { id: String(user?.id ?? ""), name: String(user?.name ?? ""), readOnly: user?.readOnly !== false };
  } catch {
    return { id: "", name: "", readOnly: true };
  }
}
