import type { Role } from "@/lib/core/access/roles";
import type { VariableSchema } from "@/lib/core/variables/schema";

/**
 * What use cases announce after their transaction has committed. Use cases publish; live
 * drafts, the read cache and (later) webhooks subscribe, so no use case imports them. With
 * several instances every event also reaches the other instances' subscribers (see
 * lib/server/instances): payloads are plain JSON.
 */
export interface DomainEvents {
  /**
   * A version was saved. `draft`: from the shared draft (the workbench), its new base;
   * `restore`: an old version made current, the shared text is replaced with it (a restore is
   * a saved version to every subscriber, so it is not an event of its own);
   * `external`: saved elsewhere (API, import).
   */
  "version.saved": {
    workspaceId: string;
    documentId: string;
    number: number;
    content: string;
    /** Who saved it: the version's authorName. */
    authorName: string;
    source: "draft" | "restore" | "external";
    /** The version's variable form. */
    variables?: VariableSchema;
    /** For a restore: the version whose text and form were restored. */
    restoredFrom?: number;
  };
  /** A label now points at another version, or its protection changed. */
  "label.moved": { workspaceId: string; documentId: string; name: string; change: "moved" | "protection" };
  /** A document was created, changed (title, slug, settings), archived or brought back, or deleted. */
  "document.changed": {
    workspaceId: string;
    documentId: string;
    change: "created" | "updated" | "archived" | "unarchived" | "deleted";
  };
  /**
   * A folder was moved or renamed with everything under it (`documents` of them, archived
   * included): one event rather than one per document, since a folder can hold thousands.
   */
  "folder.moved": { workspaceId: string; from: string; to: string; documents: number };
  /** Workspace-wide settings or credentials changed (remote images, a revoked API key). */
  "workspace.changed": { workspaceId: string; change: "settings" | "api-key-revoked" };
  /** A member's role changed (`role`), they joined, or they were removed (`role: null`). */
  "membership.changed": { workspaceId: string; userId: string; role: Role | null };
  /** A session ended (sign-out, revocation, expiry): sockets opened with it must close. */
  "session.ended": { userId: string; sessionId?: string };
}

export type DomainEventName = keyof DomainEvents;
/** `remote`: the event was published by another instance and arrived through the relay. */
export interface Delivery {
  remote: boolean;
}
export type EventHandler<K extends DomainEventName> = (event: DomainEvents[K], delivery: Delivery) => void | Promise<void>;
type AnyHandler = (name: DomainEventName, event: unknown, delivery: Delivery) => void | Promise<void>;

/** A set of subscribers. The process has one (`processEventBus`); tests create their own. */
export interface EventBus {
  /** Subscribes to an event; returns the function that unsubscribes. */
  subscribe<K extends DomainEventName>(name: K, handler: EventHandler<K>): () => void;
  /** Every event, whatever its name (the read cache, the relay to other instances). */
  subscribeAll(handler: AnyHandler): () => void;
  /**
   * Delivers an event to every subscriber and waits for them. A failing subscriber is logged
   * and never fails the publisher: what it reacts to has already been committed.
   */
  publish<K extends DomainEventName>(name: K, event: DomainEvents[K], delivery?: Delivery): Promise<void>;
}

export function createEventBus(): EventBus {
  const byName = new Map<DomainEventName, Set<AnyHandler>>();
  const all = new Set<AnyHandler>();
  const run = async (name: DomainEventName, handler: AnyHandler, event: unknown, delivery: Delivery) => {
    try {
      await handler(name, event, delivery);
    } catch (error) {
      console.error(`A subscriber to ${name} failed:`, error);
    }
  };
  return {
    subscribe(name, handler) {
      const set = byName.get(name) ?? new Set();
      byName.set(name, set);
      const wrapped: AnyHandler = (_, event, delivery) => handler(event as never, delivery);
      set.add(wrapped);
      return () => void set.delete(wrapped);
    },
    subscribeAll(handler) {
      all.add(handler);
      return () => void all.delete(handler);
    },
    async publish(name, event, delivery = { remote: false }) {
      const handlers = [...(byName.get(name) ?? []), ...all];
      await Promise.all(handlers.map((handler) => run(name, handler, event, delivery)));
    },
  };
}

// On globalThis: the custom server and Next's compiled server code load this module separately
// but must share one bus (a save in a server action reaches the sockets' rooms).
const holder = globalThis as unknown as { dramatisEventBus?: EventBus };

/** This process's bus: what use cases publish to and `server.ts` wires subscribers on. */
export function processEventBus(): EventBus {
  return (holder.dramatisEventBus ??= createEventBus());
}

/** Subscribes to an event on the process's bus; returns the function that unsubscribes. */
export function subscribe<K extends DomainEventName>(name: K, handler: EventHandler<K>): () => void {
  return processEventBus().subscribe(name, handler);
}

/** Publishes on the process's bus (after the use case's transaction committed). */
export function publish<K extends DomainEventName>(name: K, event: DomainEvents[K]): Promise<void> {
  return processEventBus().publish(name, event);
}
