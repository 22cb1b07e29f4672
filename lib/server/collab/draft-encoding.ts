import * as Y from "yjs";
import { MAX_CONTENT_BYTES } from "@/lib/contracts/documents";

// The whole draft, encoded: its text (twice a version's limit), the base version's copy in its
// metadata, and their history. Whatever lies outside the text counts too.
export const MAX_DRAFT_BYTES = 5 * MAX_CONTENT_BYTES;

/**
 * A room's draft as sent to participants, computed once per change however many ask: the whole
 * state for a participant that has nothing, the delete set alone for one that has everything
 * (a viewer answering a state request), a true diff otherwise. Also keeps the draft's encoded
 * size, estimated between encodings from the changes applied, for the size limit.
 */
export class DraftEncoding {
  private full: Uint8Array | null = null;
  private current: Uint8Array | null = null;
  private size = 0;

  constructor(private readonly doc: Y.Doc) {}

  /** After every change to the draft: `bytes`, the size of the change applied. */
  changed(bytes: number): void {
    this.full = null;
    this.current = null;
    this.size += bytes;
  }

  /** Whether a change of `bytes` keeps the draft within its limit (encoding it only near the limit). */
  fits(bytes: number): boolean {
    if (this.size + bytes <= MAX_DRAFT_BYTES) return true;
    this.fullState(); // deleted text takes less room than the changes that deleted it
    return this.size + bytes <= MAX_DRAFT_BYTES;
  }

  fullState(): Uint8Array {
    if (!this.full) {
      this.full = Y.encodeStateAsUpdate(this.doc);
      this.size = this.full.length;
    }
    return this.full;
  }

  /** What a participant with state vector `encoded` is missing. */
  diffFor(encoded: Uint8Array): Uint8Array {
    const theirs = Y.decodeStateVector(encoded);
    let knowsAll = true;
    let knowsNone = true;
    for (const client of this.doc.store.clients.keys()) {
      const known = theirs.get(client) ?? 0;
      if (known < Y.getState(this.doc.store, client)) knowsAll = false;
      if (known > 0) knowsNone = false;
    }
    if (knowsNone) return this.fullState();
    if (knowsAll) return (this.current ??= Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(this.doc)));
    return Y.encodeStateAsUpdate(this.doc, encoded);
  }
}
