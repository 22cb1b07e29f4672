import { randomUUID } from "node:crypto";
import pg from "pg";
import { ChunkAssembler, notifyChannel, splitPayload } from "./notify-chunks";
import type { Relay } from "./relay";

const RECONNECT_MS = [100, 250, 500, 1000, 2000];

/**
 * A relay over PostgreSQL's LISTEN/NOTIFY: no service besides the database the instances
 * already share. One connection listens, one publishes (so one instance's messages keep their
 * order). Payloads are base64 in chunks under NOTIFY's 8000-byte limit; whatever is published
 * while a statement runs goes in the next one, so the chunks of a message arrive together. A
 * lost listening connection is reopened with backoff, its channels listened to again, and
 * `onReconnect` listeners told.
 */
export function createPostgresRelay(connectionString: string, { durableNotify = false }: { durableNotify?: boolean } = {}): Relay {
  const instanceId = randomUUID();
  const handlers = new Map<string, Set<(payload: Uint8Array) => void>>(); // by NOTIFY channel
  const reconnectListeners = new Set<() => void>();
  const assembler = new ChunkAssembler();
  let listener: Promise<pg.Client> | null = null;
  let publisher: Promise<pg.Client> | null = null;
  let closed = false;
  let messageId = 0;
  let attempt = 0;

  const connect = async (): Promise<pg.Client> => {
    const client = new pg.Client({ connectionString });
    client.on("error", () => undefined); // the "end" handler below takes over
    await client.connect();
    return client;
  };

  const openListener = (): Promise<pg.Client> => {
    const opening = connect().then(async (client) => {
      client.on("notification", ({ channel, payload }) => {
        const set = handlers.get(channel);
        if (!set || payload === undefined) return;
        const message = assembler.add(payload);
        if (!message || message.sender === instanceId) return;
        for (const handler of set) handler(message.payload);
      });
      client.on("end", () => {
        if (closed) return;
        listener = null;
        assembler.clear();
        scheduleReconnect();
      });
      for (const channel of handlers.keys()) await client.query(`LISTEN ${channel}`);
      return client;
    });
    return opening;
  };

  const scheduleReconnect = () => {
    const delay = RECONNECT_MS[Math.min(attempt++, RECONNECT_MS.length - 1)];
    setTimeout(() => {
      if (closed) return;
      listening().then(
        () => {
          attempt = 0;
          for (const notify of reconnectListeners) notify();
        },
        () => scheduleReconnect(),
      );
    }, delay).unref();
  };

  const listening = (): Promise<pg.Client> => {
    if (!listener) {
      const opening = openListener();
      listener = opening;
      opening.catch(() => listener === opening && (listener = null));
    }
    return listener;
  };
  const publishing = () => {
    if (!publisher) {
      // A NOTIFY commits a transaction, which by default waits for its WAL to reach the disk:
      // an fsync per keystroke relayed, for nothing, since notifications are never replayed
      // after a crash (what matters is stored first, by the use case's own commit). Listeners
      // get them at commit either way.
      publisher = connect().then(async (client) => {
        if (!durableNotify) await client.query("SET synchronous_commit = off");
        return client;
      });
      const current = publisher;
      current.then((client) => client.on("end", () => publisher === current && (publisher = null)), () => (publisher = null));
    }
    return publisher;
  };

  // Messages published while a NOTIFY statement runs go out together in the next one: one round
  // trip for a burst, and one instance's messages in the order they were published.
  const outbox: Array<{ channel: string; chunks: string[]; resolve: () => void; reject: (error: unknown) => void }> = [];
  let sending = false;
  const sendOutbox = async () => {
    if (sending || outbox.length === 0) return;
    sending = true;
    const batch = outbox.splice(0, outbox.length);
    try {
      const channels = batch.flatMap(({ channel, chunks }) => chunks.map(() => channel));
      const chunks = batch.flatMap((message) => message.chunks);
      // One statement however many messages: NOTIFYs of one transaction are delivered together, in order.
      await (await publishing()).query("SELECT pg_notify(c, p) FROM unnest($1::text[], $2::text[]) AS t(c, p)", [channels, chunks]);
      for (const message of batch) message.resolve();
    } catch (error) {
      for (const message of batch) message.reject(error);
    } finally {
      sending = false;
      void sendOutbox();
    }
  };

  return {
    instanceId,
    publish(channel, payload) {
      return new Promise<void>((resolve, reject) => {
        outbox.push({ channel: notifyChannel(channel), chunks: splitPayload(instanceId, ++messageId, payload), resolve, reject });
        void sendOutbox();
      });
    },
    async subscribe(channel, handler) {
      const name = notifyChannel(channel);
      let set = handlers.get(name);
      if (!set) {
        set = new Set();
        handlers.set(name, set);
        try {
          // A connection opened from here on listens to every channel in `handlers` itself.
          const client = await listening();
          await client.query(`LISTEN ${name}`);
        } catch (error) {
          handlers.delete(name);
          throw error;
        }
      }
      set.add(handler);
      return async () => {
        set.delete(handler);
        if (set.size > 0 || handlers.get(name) !== set) return;
        handlers.delete(name);
        if (listener) await (await listener).query(`UNLISTEN ${name}`).catch(() => undefined);
      };
    },
    onReconnect(notify) {
      reconnectListeners.add(notify);
      return () => void reconnectListeners.delete(notify);
    },
    async close() {
      // What was published before closing still goes out (a command-line import's last change).
      const deadline = Date.now() + 2000;
      while ((sending || outbox.length > 0) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
      closed = true;
      const clients = await Promise.allSettled([listener, publisher].filter((c): c is Promise<pg.Client> => c !== null));
      await Promise.all(clients.map((c) => (c.status === "fulfilled" ? c.value.end().catch(() => undefined) : undefined)));
    },
  };
}
