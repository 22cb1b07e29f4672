import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { encodeAccessMessage } from "@/lib/core/collab/access-message";
import { adoptVersionForm, draftText, initDraft, markDraftSaved, readDraftMeta, receiveVersion } from "@/lib/core/collab/draft-doc";
import { MAX_CONTENT_BYTES } from "@/lib/contracts/documents";
import { CLOSE } from "./close-codes";
import { DraftEncoding } from "./draft-encoding";
import { DraftWriter } from "./draft-writer";
import type { LiveDraftStore } from "./live-draft-store";
import { filterPresence, presenceWithRole, type PresenceOwner } from "./presence-guard";
import { RateLimit } from "./rate-limit";
import { changesDoc, decodeUpdate, onlyDraftTypes } from "./update-guard";

export { CLOSE_READ_ONLY, CLOSE_TOO_LARGE } from "./close-codes";
export { MAX_DRAFT_BYTES } from "./draft-encoding";

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
// The draft's text length in UTF-16 code units (Y.Text keeps it, so checking costs nothing per
// keystroke; counting UTF-8 bytes would mean serialising the text each time). Twice the save
// limit's byte count: room to edit a large document down before saving (the save says "over
// 2 MB"), while nobody can grow a draft without bound; bytes are bounded by MAX_DRAFT_BYTES.
export const MAX_DRAFT_TEXT_LENGTH = 2 * MAX_CONTENT_BYTES;
/** The origin of changes the server makes itself (new drafts, saved versions, restores). */
export const SERVER_ORIGIN = "server";
/** The origin of applying what the store held: nothing to write back. */
const LOADED = "load";
// Per connection. Fast typing sends ~2 messages a keystroke (change and cursor); a pasted or
// rejoining draft is one message of up to the whole draft. A page asks for the state once, and
// a viewer's page sends one update (its answer to the server's state request, normally empty).
const limits = () => ({
  messages: new RateLimit(100, 300),
  bytes: new RateLimit(1024 * 1024, 16 * 1024 * 1024),
  stateRequests: new RateLimit(0.1, 5),
  readOnlyUpdates: new RateLimit(0.1, 5),
});

export interface Peer extends PresenceOwner {
  send(data: Uint8Array): void;
  close(code: number, reason: string): void;
  /** Viewers: their updates are refused by the server, whatever their client does. */
  readOnly: boolean;
  /** Who the session says this is: presence may show no other name. */
  userId: string;
  name: string;
}

/**
 * One document's live draft: a Y.Doc shared by every connected peer over the y-websocket
 * protocol (sync and awareness). A change is stored (in a group commit) before it is relayed to
 * the others, so anything anyone has seen survives a crash. Every message is checked against
 * the sender's rights, the draft's shape and size, and per-connection rate limits. A new room
 * starts from the stored draft, or from the newest version.
 */
export class CollabRoom {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  private readonly peers = new Map<Peer, ReturnType<typeof limits>>();
  /** Which connection owns each presence client id (first come; the server's own is reserved). */
  private readonly presenceOwners = new Map<number, PresenceOwner>();
  private readonly encoding = new DraftEncoding(this.doc);
  private readonly writer: DraftWriter;
  private lastEditor = "";

  private constructor(
    readonly documentId: string,
    store: LiveDraftStore,
    appended: number,
  ) {
    this.writer = new DraftWriter(documentId, store, () => ({ state: Y.encodeStateAsUpdate(this.doc), byName: this.lastEditor }), appended);
    this.awareness.setLocalState(null);
    this.presenceOwners.set(this.awareness.clientID, { userId: "", name: "", readOnly: true });
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      this.encoding.changed(update.length);
      if (origin === LOADED) return;
      if (origin instanceof Object && this.peers.has(origin as Peer)) this.lastEditor = (origin as Peer).name;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeUpdate(encoder, update);
      const message = encoding.toUint8Array(encoder);
      this.writer.append(update, () => this.broadcast(message, origin));
    });
    this.awareness.on("update", ({ added, updated, removed }: Record<string, number[]>) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
      encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...added!, ...updated!, ...removed!]));
      this.broadcast(encoding.toUint8Array(encoder), null);
    });
  }

  static async open(documentId: string, store: LiveDraftStore): Promise<CollabRoom> {
    const { state, appended, head } = await store.load(documentId);
    const room = new CollabRoom(documentId, store, appended);
    if (state) {
      Y.applyUpdate(room.doc, state, LOADED);
      // Drafts stored before drafts knew their base count as based on the newest version.
      if (head && !readDraftMeta(room.doc).base) markDraftSaved(room.doc, { ...head, byName: "" }, SERVER_ORIGIN);
      // Drafts stored before the form lived in the draft take their version's form.
      if (head) adoptVersionForm(room.doc, head, SERVER_ORIGIN);
      // Versions saved through the API while nobody was connected.
      if (head) receiveVersion(room.doc, { ...head, byName: "" }, SERVER_ORIGIN);
    } else if (head) {
      initDraft(room.doc, head, SERVER_ORIGIN);
    }
    // A new draft is stored at once: a browser that joined it and later reconnects to a fresh
    // room must find the same Yjs history, or the merge would duplicate the text.
    await room.flush();
    return room;
  }

  get size(): number {
    return this.peers.size;
  }

  text(): string {
    return draftText(this.doc).toString();
  }

  join(peer: Peer): void {
    this.peers.set(peer, limits());
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    peer.send(encoding.toUint8Array(encoder));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) {
      const awareness = encoding.createEncoder();
      encoding.writeVarUint(awareness, MESSAGE_AWARENESS);
      encoding.writeVarUint8Array(awareness, awarenessProtocol.encodeAwarenessUpdate(this.awareness, states));
      peer.send(encoding.toUint8Array(awareness));
    }
  }

  receive(peer: Peer, message: Uint8Array): void {
    const limit = this.peers.get(peer);
    if (!limit) return; // left, or refused a moment ago
    if (!limit.messages.take() || !limit.bytes.take(message.length)) return this.refuse(peer, CLOSE.rateLimited);
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_AWARENESS) {
      const update = filterPresence(decoding.readVarUint8Array(decoder), peer, this.presenceOwners);
      if (update) awarenessProtocol.applyAwarenessUpdate(this.awareness, update, peer);
      return;
    }
    if (type !== MESSAGE_SYNC) return;
    const syncType = decoding.readVarUint(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      if (!limit.stateRequests.take()) return this.refuse(peer, CLOSE.rateLimited);
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
      encoding.writeVarUint8Array(encoder, this.encoding.diffFor(decoding.readVarUint8Array(decoder)));
      const reply = encoding.toUint8Array(encoder);
      // What the reply holds is stored before it leaves, like any relayed change.
      this.writer.afterStored(() => peer.send(reply));
      return;
    }
    if (peer.readOnly && !limit.readOnlyUpdates.take()) return this.refuse(peer, CLOSE.rateLimited);
    this.apply(peer, decoding.readVarUint8Array(decoder));
  }

  /** A participant's role changed while connected: the server enforces it and tells their page and the others. */
  setReadOnly(peer: Peer, readOnly: boolean): void {
    peer.readOnly = readOnly;
    if (!this.peers.has(peer)) return;
    peer.send(encodeAccessMessage(readOnly));
    const states: Array<[number, number, Record<string, unknown>]> = [];
    for (const [clientId, owner] of this.presenceOwners) {
      const state = this.awareness.getStates().get(clientId);
      if (owner === peer && state) states.push([clientId, this.awareness.meta.get(clientId)?.clock ?? 0, state]);
    }
    if (states.length > 0) awarenessProtocol.applyAwarenessUpdate(this.awareness, presenceWithRole(states, peer), null);
  }

  leave(peer: Peer): void {
    this.peers.delete(peer);
    const ids = [...this.presenceOwners].filter(([, owner]) => owner === peer).map(([id]) => id);
    for (const id of ids) this.presenceOwners.delete(id);
    if (ids.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, ids, null);
  }

  /** Writes the changes not written yet, now. */
  flush(): Promise<void> {
    return this.writer.flush();
  }

  /** Before the room closes: the last changes, folded into the stored state if many have piled up. */
  async close(): Promise<void> {
    this.awareness.destroy();
    await this.writer.close();
  }

  private apply(peer: Peer, update: Uint8Array): void {
    const decoded = decodeUpdate(update);
    if (peer.readOnly) {
      // A viewer's client answers the server's state request with its own (normally nothing
      // new); anything that would change the draft closes the connection.
      if (changesDoc(this.doc, decoded)) this.refuse(peer, CLOSE.readOnly);
      return;
    }
    if (!onlyDraftTypes(decoded)) return this.refuse(peer, CLOSE.unsupported);
    // An update adds at most its own size in text: a cheap bound, checked without decoding.
    if (draftText(this.doc).length + update.length > MAX_DRAFT_TEXT_LENGTH || !this.encoding.fits(update.length)) {
      return this.refuse(peer, CLOSE.tooLarge);
    }
    Y.applyUpdate(this.doc, update, peer);
  }

  private refuse(peer: Peer, { code, reason }: { code: number; reason: string }): void {
    this.leave(peer);
    peer.close(code, reason);
  }

  private broadcast(data: Uint8Array, except: unknown): void {
    for (const peer of this.peers.keys()) if (peer !== except) peer.send(data);
  }
}
