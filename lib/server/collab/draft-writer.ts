import * as Y from "yjs";
import type { LiveDraftStore } from "./live-draft-store";

// Appended changes are folded into the stored state after this many appends while editing
// (each append is one group commit, a keystroke or a few), or this many when the room closes;
// loading merges whatever remains.
const COMPACT_WHILE_OPEN = 500;
const COMPACT_ON_CLOSE = 20;
// After a failed write the changes wait in memory (and are not relayed) and are tried again.
const RETRY_MS = 250;

/**
 * Writes a room's changes to the store in group commits: a change is appended as soon as the
 * write before it is done, together with every change that arrived meanwhile, and its
 * `onStored` runs only once it is durable. The room relays changes from there, so whatever
 * any participant has seen survives a crash.
 */
export class DraftWriter {
  private pending: Array<{ update: Uint8Array; onStored: () => void }> = [];
  private written = 0;
  private queued = 0;
  private waiting: Array<{ until: number; then: () => void }> = [];
  private scheduled = false;
  private failing = false;
  /** Writes happen one after another, so a compaction never drops a change appended meanwhile. */
  private writes: Promise<void> = Promise.resolve();

  constructor(
    private readonly documentId: string,
    private readonly store: LiveDraftStore,
    /** The whole draft and its last editor, for compactions. */
    private readonly snapshot: () => { state: Uint8Array; byName: string },
    /** Changes appended since the stored state was last compacted. */
    private appended: number,
  ) {}

  append(update: Uint8Array, onStored: () => void): void {
    this.pending.push({ update, onStored });
    this.queued++;
    this.schedule();
  }

  /** Runs `then` once every change appended so far is stored (at once if it already is). */
  afterStored(then: () => void): void {
    if (this.written >= this.queued) return then();
    this.waiting.push({ until: this.queued, then });
  }

  /** Writes the changes not written yet, now. */
  flush(): Promise<void> {
    return this.write(false);
  }

  /** Before the room closes: the last changes, folded into the stored state if many have piled up. */
  close(): Promise<void> {
    return this.write(true);
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // The next turn of the event loop: changes arriving on other sockets meanwhile join the commit.
    setImmediate(() => {
      this.write(false).then(
        () => (this.failing = false),
        (error: unknown) => {
          // Said once per outage, not on every retry.
          if (!this.failing) console.error("Could not store the live draft (retrying):", error);
          this.failing = true;
          setTimeout(() => this.schedule(), RETRY_MS).unref();
        },
      );
    });
  }

  private write(closing: boolean): Promise<void> {
    // A failed write (reported to its caller) must not stop the ones after it.
    this.writes = this.writes.catch(() => undefined).then(async () => {
      this.scheduled = false; // changes from here on need another write
      const batch = this.pending;
      this.pending = [];
      if (batch.length > 0) {
        const changes = batch.length === 1 ? batch[0]!.update : Y.mergeUpdates(batch.map((item) => item.update));
        try {
          await this.store.append(this.documentId, changes);
        } catch (error) {
          this.pending = [...batch, ...this.pending]; // written with the next attempt
          throw error;
        }
        this.appended++;
        this.written += batch.length;
        for (const item of batch) item.onStored();
        this.release();
      }
      if (this.appended >= (closing ? COMPACT_ON_CLOSE : COMPACT_WHILE_OPEN)) {
        const { state, byName } = this.snapshot();
        await this.store.compact(this.documentId, state, byName);
        this.appended = 0;
      }
    });
    return this.writes;
  }

  private release(): void {
    const ready = this.waiting.filter((waiter) => waiter.until <= this.written);
    this.waiting = this.waiting.filter((waiter) => waiter.until > this.written);
    for (const waiter of ready) waiter.then();
  }
}
