import type { Role } from "@/lib/core/access/roles";
import type { VariableSchema } from "@/lib/core/variables/schema";

/**
 * What use cases announce after their transaction has committed. Use cases publish; live
 * drafts, caches and (later) webhooks subscribe, so no use case imports them.
 */
export interface DomainEvents {
  /**
   * A version was saved. `draft`: from the shared draft (the workbench), its new base;
   * `restore`: an old version made current, the shared text is replaced with it;
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
  /** A member's role changed (`role`) or they were removed (`role: null`). */
  "membership.changed": { workspaceId: string; userId: string; role: Role | null };
  /** A session ended (sign-out, revocation, expiry): sockets opened with it must close. */
  "session.ended": { userId: string; sessionId?: string };
}

export type DomainEventName = keyof DomainEvents;
type Handler<K extends DomainEventName> = (event: DomainEvents[K]) => void | Promise<void>;
// Keyed by event name; each set holds handlers of that event (checked at subscribe and publish).
type Handlers = Map<DomainEventName, Set<Handler<never>>>;

// On globalThis: the custom server and Next's compiled server code load this module separately
// but must share one set of subscribers (a save in a server action reaches the sockets' rooms).
const holder = globalThis as unknown as { dramatisDomainEvents?: Handlers };
const handlers = (): Handlers => (holder.dramatisDomainEvents ??= new Map());

/** Subscribes to an event; returns the function that unsubscribes. */
export function subscribe<K extends DomainEventName>(name: K, handler: Handler<K>): () => void {
  const all = handlers();
  const set = all.get(name) ?? new Set();
  all.set(name, set);
  set.add(handler as Handler<never>);
  return () => void set.delete(handler as Handler<never>);
}

/**
 * Delivers an event to every subscriber and waits for them. A failing subscriber is logged and
 * never fails the publisher: what it reacts to has already been committed.
 */
export async function publish<K extends DomainEventName>(name: K, event: DomainEvents[K]): Promise<void> {
  const set = handlers().get(name) as Set<Handler<K>> | undefined;
  if (!set) return;
  await Promise.all(
    [...set].map(async (handler) => {
      try {
        await handler(event);
      } catch (error) {
        console.error(`A subscriber to ${name} failed:`, error);
      }
    }),
  );
}
