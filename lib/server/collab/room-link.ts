import type { Relay } from "../instances/relay";

/** The origin of changes another instance made and stored: relayed to local peers, never stored again. */
export const RELAYED_ORIGIN = "relayed";

/** What a room sends the same document's rooms on other instances. */
export const LINK = { update: 0, presence: 1, presenceQuery: 2 } as const;
type LinkKind = (typeof LINK)[keyof typeof LINK];

export const draftChannel = (documentId: string) => `draft:${documentId}`;

export function encodeLinkMessage(kind: LinkKind, payload: Uint8Array = new Uint8Array()): Uint8Array {
  const message = new Uint8Array(payload.length + 1);
  message[0] = kind;
  message.set(payload, 1);
  return message;
}

export function decodeLinkMessage(message: Uint8Array): { kind: number; payload: Uint8Array } {
  return { kind: message[0] ?? -1, payload: message.subarray(1) };
}

/**
 * A room's connection to the same document's rooms on the other instances. Publishing never
 * throws: a change is stored before it is published, so an instance that misses it (the relay
 * was down) reads it from the database when the relay comes back (`resync`).
 */
export class RoomLink {
  constructor(
    private readonly relay: Relay,
    private readonly documentId: string,
  ) {}

  static async open(relay: Relay, documentId: string, receive: (message: Uint8Array) => void): Promise<{ link: RoomLink; close: () => Promise<void> }> {
    const unsubscribe = await relay.subscribe(draftChannel(documentId), receive);
    return { link: new RoomLink(relay, documentId), close: unsubscribe };
  }

  send(kind: LinkKind, payload?: Uint8Array): void {
    this.relay.publish(draftChannel(this.documentId), encodeLinkMessage(kind, payload)).catch((error: unknown) => {
      console.error("Could not relay a live-draft change to the other instances (they catch up from the database):", error);
    });
  }

  onReconnect(listener: () => void): () => void {
    return this.relay.onReconnect(listener);
  }
}
