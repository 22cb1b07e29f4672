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
import type { Relay } from "../instances/relay";
import { LINK, RELAYED_ORIGIN, RoomLink } from "./room-link";
import { remotePresence } from "./remote-presence";
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
  private readonly stopLink: () => Promise<void>;
  private resyncTimer: ReturnType<typeof setTimeout> | null = null;

  private constructor(
    readonly documentId: string,
    private readonly store: LiveDraftStore,
    appended: number,
    linked?: { link: RoomLink; close: () => Promise<void> },
  ) {
    this.writer = new DraftWriter(documentId, store, () => ({ state: Y.encodeStateAsUpdate(this.doc), byName: this.lastEditor }), appended);
    const link = linked?.link;
    const stopReconnect = link?.onReconnect(() => void this.resync());
    this.stopLink = async () => {
      stopReconnect?.();
      await linked?.close();
    };
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
      // Another instance stored it before relaying it here.
      if (origin === RELAYED_ORIGIN) return this.broadcast(message, null);
      this.writer.append(update, () => {
        this.broadcast(message, origin);
        link?.send(LINK.update, update);
      });
    });
    this.awareness.on("update", ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      const changed = [...added!, ...updated!, ...removed!];
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
      encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
      this.broadcast(encoding.toUint8Array(encoder), null);
      // Only this instance's participants are announced: another's are theirs to announce (or time out).
      const local = origin === RELAYED_ORIGIN ? [] : changed.filter((id) => !remotePresence.isRemote(this.presenceOwners.get(id)));
      if (link && local.length > 0) link.send(LINK.presence, awarenessProtocol.encodeAwarenessUpdate(this.awareness, local));
    });
    this.link = link;
  }

  private readonly link?: RoomLink;

  /**
   * Opens a document's room from the stored draft, or from the newest version. With a relay,
   * the room hears the same document's rooms on other instances from before it loads, so
   * nothing stored in between is missed.
   */
  static async open(documentId: string, store: LiveDraftStore, relay?: Relay): Promise<CollabRoom> {
    let room: CollabRoom | undefined;
    const early: Uint8Array[] = [];
    const linked = relay ? await RoomLink.open(relay, documentId, (message) => (room ? room.receiveRelayed(message) : early.push(message))) : undefined;
    try {
      const loaded = await store.load(documentId);
      const { appended, head } = loaded;
      let { state } = loaded;
      if (!state && head) {
        // A new draft is stored at once (one per document, whichever instance gets there
        // first): a browser that joined it and later reconnects to a fresh room must find the
        // same Yjs history, or the merge would duplicate the text.
        const fresh = new Y.Doc();
        initDraft(fresh, head, SERVER_ORIGIN);
        state = await store.createIfAbsent(documentId, Y.encodeStateAsUpdate(fresh));
        fresh.destroy();
      }
      room = new CollabRoom(documentId, store, appended, linked);
      if (state) {
        Y.applyUpdate(room.doc, state, LOADED);
        // Drafts stored before drafts knew their base count as based on the newest version.
        if (head && !readDraftMeta(room.doc).base) markDraftSaved(room.doc, { ...head, byName: "" }, SERVER_ORIGIN);
        // Drafts stored before the form lived in the draft take their version's form.
        if (head) adoptVersionForm(room.doc, head, SERVER_ORIGIN);
        // Versions saved through the API while nobody was connected.
        if (head) receiveVersion(room.doc, { ...head, byName: "" }, SERVER_ORIGIN);
      }
      await room.flush();
      for (const message of early) room.receiveRelayed(message);
      // The other instances' participants, for this instance's pages.
      room.link?.send(LINK.presenceQuery);
      return room;
    } catch (error) {
      await linked?.close();
      throw error;
    }
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
    if (this.resyncTimer) clearTimeout(this.resyncTimer);
    await this.stopLink();
    this.awareness.destroy();
    await this.writer.close();
  }

  /** A message from the same document's room on another instance. */
  receiveRelayed(message: Uint8Array): void {
    const kind = message[0];
    const payload = message.subarray(1);
    if (kind === LINK.update) {
      Y.applyUpdate(this.doc, payload, RELAYED_ORIGIN);
      // A change that depends on one this room never heard (lost while the relay was down):
      // the database has it.
      if (this.doc.store.pendingStructs || this.doc.store.pendingDs) this.scheduleResync();
    } else if (kind === LINK.presence) {
      remotePresence.register(payload, this.presenceOwners);
      awarenessProtocol.applyAwarenessUpdate(this.awareness, payload, RELAYED_ORIGIN);
    } else if (kind === LINK.presenceQuery) {
      const local = [...this.awareness.getStates().keys()].filter((id) => id !== this.awareness.clientID && !remotePresence.isRemote(this.presenceOwners.get(id)));
      if (local.length > 0) this.link?.send(LINK.presence, awarenessProtocol.encodeAwarenessUpdate(this.awareness, local));
    }
  }

  /** Reads the stored draft again: whatever other instances stored while the relay was down. */
  async resync(): Promise<void> {
    const { state } = await this.store.load(this.documentId);
    if (state) Y.applyUpdate(this.doc, state, RELAYED_ORIGIN);
  }

  private scheduleResync(): void {
    this.resyncTimer ??= setTimeout(() => {
      this.resyncTimer = null;
      if (this.doc.store.pendingStructs || this.doc.store.pendingDs) {
        this.resync().catch((error: unknown) => console.error("Could not read the live draft again:", error));
      }
    }, 300);
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
