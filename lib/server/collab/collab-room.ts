import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { adoptVersionForm, draftText, initDraft, markDraftSaved, readDraftMeta, receiveVersion } from "@/lib/core/collab/draft-doc";
import { MAX_CONTENT_BYTES } from "@/lib/contracts/documents";
import type { LiveDraftStore } from "./live-draft-store";

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
/** Close code for a read-only participant that tried to change the draft. */
export const CLOSE_READ_ONLY = 4403;
/** Close code for a change that would make the draft far larger than a document may be. */
export const CLOSE_TOO_LARGE = 4413;
// Twice the document limit: room to edit a large document down before saving (the save says
// "over 2 MB"), while nobody can grow a draft without bound.
export const MAX_DRAFT_CHARS = 2 * MAX_CONTENT_BYTES;
// The draft is written once typing pauses for this long, and at least this often while it
// goes on: each write encodes the whole draft (a few MB for the largest documents), and
// browsers still hold anything newer than the last write and send it again after a crash.
const PERSIST_DELAY_MS = 300;
const PERSIST_MAX_WAIT_MS = 2_000;
// Appended changes are folded into the stored state after this many writes while editing,
// or this many when the room closes; loading merges whatever remains.
const COMPACT_WHILE_OPEN = 200;
const COMPACT_ON_CLOSE = 20;
/** The origin of changes the server makes itself (new drafts, saved versions, restores). */
export const SERVER_ORIGIN = "server";
/** The origin of applying what the store held: nothing to write back. */
const LOADED = "load";

export interface Peer {
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
 * protocol (sync and awareness). Changes are appended to the store shortly after they happen
 * (at least every 2 s while typing goes on) and when the last peer leaves. A new room starts from the stored draft, or from the newest version.
 */
export class CollabRoom {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  private readonly peers = new Map<Peer, Set<number>>();
  private persistTimer: ReturnType<typeof setTimeout> | null = null;
  private firstUnsavedAt: number | null = null;
  /** Changes not written yet. */
  private pending: Uint8Array[] = [];
  /** Changes appended to the store since its state was last compacted. */
  private appended = 0;
  /** Writes happen one after another, so a compaction never drops a change appended meanwhile. */
  private writes: Promise<void> = Promise.resolve();
  private lastEditor = "";

  private constructor(
    readonly documentId: string,
    private readonly store: LiveDraftStore,
  ) {
    this.awareness.setLocalState(null);
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeUpdate(encoder, update);
      this.broadcast(encoding.toUint8Array(encoder), origin);
      if (origin instanceof Object && this.peers.has(origin as Peer)) this.lastEditor = (origin as Peer).name;
      if (origin === LOADED) return;
      this.pending.push(update);
      this.schedulePersist();
    });
    this.awareness.on("update", ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      const changed = [...added!, ...updated!, ...removed!];
      const ids = this.peers.get(origin as Peer);
      if (ids) {
        for (const id of added!) ids.add(id);
        for (const id of removed!) ids.delete(id);
      }
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
      encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
      this.broadcast(encoding.toUint8Array(encoder), null);
    });
  }

  static async open(documentId: string, store: LiveDraftStore): Promise<CollabRoom> {
    const room = new CollabRoom(documentId, store);
    const { state, appended, head } = await store.load(documentId);
    room.appended = appended;
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
    this.peers.set(peer, new Set());
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
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_AWARENESS) {
      const update = decoding.readVarUint8Array(decoder);
      // Presence claiming to be someone else is dropped, not shown to the others.
      if (presenceMatches(update, peer)) awarenessProtocol.applyAwarenessUpdate(this.awareness, update, peer);
      return;
    }
    if (type !== MESSAGE_SYNC) return;
    const syncType = decoding.readVarUint(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeSyncStep2(encoder, this.doc, decoding.readVarUint8Array(decoder));
      peer.send(encoding.toUint8Array(encoder));
      return;
    }
    const update = decoding.readVarUint8Array(decoder);
    if (peer.readOnly) {
      // A viewer's client answers the server's state request with its own (normally
      // nothing new); anything that would change the draft closes the connection.
      if (wouldChange(this.doc, update)) peer.close(CLOSE_READ_ONLY, "You can read this draft but not change it.");
      return;
    }
    // An update adds at most its own size in text: a cheap bound, checked without decoding.
    if (draftText(this.doc).length + update.length > MAX_DRAFT_CHARS) {
      peer.close(CLOSE_TOO_LARGE, "This change would make the draft larger than 4 MB; it was not applied.");
      return;
    }
    Y.applyUpdate(this.doc, update, peer);
  }

  leave(peer: Peer): void {
    const ids = this.peers.get(peer);
    this.peers.delete(peer);
    if (ids && ids.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...ids], null);
  }

  /** Writes the changes not written yet, now. */
  flush(): Promise<void> {
    return this.write(false);
  }

  /** Before the room closes: the last changes, folded into the stored state if many have piled up. */
  close(): Promise<void> {
    return this.write(true);
  }

  private write(closing: boolean): Promise<void> {
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.persistTimer = null;
    this.firstUnsavedAt = null;
    // A failed write (reported to its caller) must not stop the ones after it.
    this.writes = this.writes.catch(() => undefined).then(async () => {
      if (this.pending.length > 0) {
        const changes = Y.mergeUpdates(this.pending);
        this.pending = [];
        try {
          await this.store.append(this.documentId, changes);
        } catch (error) {
          this.pending.unshift(changes); // written with the next attempt
          throw error;
        }
        this.appended++;
      }
      if (this.appended >= (closing ? COMPACT_ON_CLOSE : COMPACT_WHILE_OPEN)) {
        await this.store.compact(this.documentId, Y.encodeStateAsUpdate(this.doc), this.lastEditor);
        this.appended = 0;
      }
    });
    return this.writes;
  }

  private schedulePersist(): void {
    const now = Date.now();
    this.firstUnsavedAt ??= now;
    if (this.persistTimer) clearTimeout(this.persistTimer);
    const delay = Math.min(PERSIST_DELAY_MS, this.firstUnsavedAt + PERSIST_MAX_WAIT_MS - now);
    this.persistTimer = setTimeout(() => {
      this.persistTimer = null;
      void this.flush().catch((error: unknown) => console.error("Could not store the live draft:", error));
    }, Math.max(0, delay));
  }

  private broadcast(data: Uint8Array, except: unknown): void {
    for (const peer of this.peers.keys()) if (peer !== except) peer.send(data);
  }
}

function wouldChange(doc: Y.Doc, update: Uint8Array): boolean {
  const probe = new Y.Doc();
  Y.applyUpdate(probe, Y.encodeStateAsUpdate(doc));
  let changed = false;
  probe.on("update", () => (changed = true));
  Y.applyUpdate(probe, update);
  probe.destroy();
  return changed;
}

/** Every presence state in an awareness update names the peer's own user (or none). */
function presenceMatches(update: Uint8Array, peer: Peer): boolean {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    decoding.readVarUint(decoder); // client id
    decoding.readVarUint(decoder); // clock
    const state = JSON.parse(decoding.readVarString(decoder)) as { user?: { id?: unknown; name?: unknown } } | null;
    if (state?.user && (state.user.id !== peer.userId || state.user.name !== peer.name)) return false;
  }
  return true;
}
