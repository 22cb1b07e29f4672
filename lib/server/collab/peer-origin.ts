import type { Peer } from "./collab-room";

/** The participant a transaction came from, or null for the server's own changes. */
export function asPeer(origin: unknown): Peer | null {
  const peer = origin as Partial<Peer> | null;
  return typeof peer === "object" && peer !== null && typeof peer.name === "string" && typeof peer.send === "function" ? (peer as Peer) : null;
}
