import { CollabRoom } from "./collab-room";
import type { Relay } from "../instances/relay";
import type { LiveDraftStore } from "./live-draft-store";

/**
 * The open rooms of this process, one per document with editors connected. A room closes
 * (after writing its draft) when its last peer leaves; one opening is shared by everyone who
 * connects while it loads. With a relay (several instances on PostgreSQL), each room is linked
 * to the same document's rooms on the other instances.
 */
export class CollabRooms {
  private readonly rooms = new Map<string, Promise<CollabRoom>>();
  private readonly closing = new Map<string, Promise<void>>();
  private readonly unwatch = new Map<CollabRoom, () => Promise<void>>();

  /** `watch` follows each open room (draft history) until it closes. */
  constructor(
    private readonly store: LiveDraftStore,
    private readonly watch?: (room: CollabRoom) => () => Promise<void>,
    /** Other instances' rooms hear this one's changes through it; undefined with one instance. */
    readonly relay?: Relay,
  ) {}

  open(documentId: string): Promise<CollabRoom> {
    let room = this.rooms.get(documentId);
    if (!room) {
      // A room that is still writing its draft finishes first, so the next one loads it.
      const closing = this.closing.get(documentId) ?? Promise.resolve();
      room = closing.then(() => CollabRoom.open(documentId, this.store, this.relay));
      if (this.watch) void room.then((opened) => this.unwatch.set(opened, this.watch!(opened)), () => undefined);
      room.catch(() => this.rooms.delete(documentId));
      this.rooms.set(documentId, room);
    }
    return room;
  }

  /** The room of a document if it is open (or opening) in this process. */
  peek(documentId: string): Promise<CollabRoom> | undefined {
    return this.rooms.get(documentId);
  }

  async release(room: CollabRoom): Promise<void> {
    if (room.size > 0) return;
    this.rooms.delete(room.documentId);
    const unwatch = this.unwatch.get(room);
    this.unwatch.delete(room);
    const done = Promise.resolve(unwatch?.())
      .then(() => room.close()).finally(() => this.closing.delete(room.documentId));
    this.closing.set(room.documentId, done);
    await done;
  }

  /** Before the process stops: every pending draft write. */
  async flushAll(): Promise<void> {
    await Promise.all([...this.rooms.values()].map(async (room) => (await room).flush()));
    await Promise.all(this.closing.values());
  }

  get openCount(): number {
    return this.rooms.size;
  }
}
