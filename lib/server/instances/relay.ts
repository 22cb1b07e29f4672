/**
 * Bytes published on a named channel reach every other instance subscribed to it (never the
 * publisher itself), in the order one instance published them. Delivery is at most once: a
 * connection lost for a while loses what was sent meanwhile, and `onReconnect` tells the
 * subscribers to catch up from the database (which holds everything that matters).
 */
export interface Relay {
  /** Unique per instance (and per relay object in tests). */
  readonly instanceId: string;
  publish(channel: string, payload: Uint8Array): Promise<void>;
  /** Resolves once the subscription is live; the result unsubscribes. */
  subscribe(channel: string, handler: (payload: Uint8Array) => void): Promise<() => Promise<void>>;
  /** After the connection came back: anything published meanwhile may be missing. */
  onReconnect(listener: () => void): () => void;
  close(): Promise<void>;
}
