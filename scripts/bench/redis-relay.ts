import { randomUUID } from "node:crypto";
import net from "node:net";
import type { Relay } from "@/lib/server/instances/relay";

/**
 * Redis pub/sub behind the app's `Relay` interface, for `bench:relay` only (the app ships the
 * PostgreSQL relay; README "Several instances" says why). A few lines of RESP over a socket
 * rather than a client library, so comparing costs no dependency: one connection subscribes,
 * one publishes; payloads are binary-safe bulk strings prefixed with the sender's id.
 */
export async function createRedisRelay(port: number, host = "127.0.0.1"): Promise<Relay> {
  const instanceId = randomUUID();
  const senderBytes = Buffer.from(instanceId);
  const handlers = new Map<string, Set<(payload: Uint8Array) => void>>();
  const open = () =>
    new Promise<net.Socket>((resolve, reject) => {
      const socket = net.connect(port, host, () => resolve(socket.setNoDelay(true)));
      socket.once("error", reject);
    });
  const [subscriber, publisher] = await Promise.all([open(), open()]);
  const command = (args: (string | Buffer)[]) => {
    const parts: Buffer[] = [Buffer.from(`*${args.length}\r\n`)];
    for (const arg of args) {
      const bytes = typeof arg === "string" ? Buffer.from(arg) : arg;
      parts.push(Buffer.from(`$${bytes.length}\r\n`), bytes, Buffer.from("\r\n"));
    }
    return Buffer.concat(parts);
  };

  // Replies on the subscriber: arrays of bulk strings ("message", channel, payload) or
  // subscription confirmations. Parsed incrementally from a growing buffer.
  let buffer: Buffer = Buffer.alloc(0);
  const pendingSubscribes: Array<() => void> = [];
  subscriber.on("data", (data: Buffer) => {
    buffer = buffer.length === 0 ? data : Buffer.concat([buffer, data]);
    for (;;) {
      const parsed = parseArray(buffer);
      if (!parsed) return;
      buffer = buffer.subarray(parsed.end);
      const [kind, channel, payload] = parsed.items;
      if (kind?.toString() === "subscribe") pendingSubscribes.shift()?.();
      if (kind?.toString() !== "message" || !channel || !payload) continue;
      if (payload.subarray(0, senderBytes.length).equals(senderBytes)) continue;
      for (const handler of handlers.get(channel.toString()) ?? []) handler(new Uint8Array(payload.subarray(senderBytes.length)));
    }
  });
  publisher.on("data", () => undefined); // integer replies: receiver counts

  return {
    instanceId,
    async publish(channel, payload) {
      publisher.write(command(["PUBLISH", channel, Buffer.concat([senderBytes, payload])]));
    },
    async subscribe(channel, handler) {
      let set = handlers.get(channel);
      if (!set) {
        set = new Set();
        handlers.set(channel, set);
        await new Promise<void>((resolve) => {
          pendingSubscribes.push(resolve);
          subscriber.write(command(["SUBSCRIBE", channel]));
        });
      }
      set.add(handler);
      return async () => void set.delete(handler);
    },
    onReconnect: () => () => undefined,
    async close() {
      subscriber.destroy();
      publisher.destroy();
    },
  };
}

function parseArray(buffer: Buffer): { items: Buffer[]; end: number } | null {
  if (buffer.length === 0 || buffer[0] !== 0x2a) return null; // '*'
  let at = buffer.indexOf("\r\n");
  if (at < 0) return null;
  const count = Number(buffer.subarray(1, at).toString());
  at += 2;
  const items: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const lineEnd = buffer.indexOf("\r\n", at);
    if (lineEnd < 0) return null;
    const type = buffer[at];
    const header = buffer.subarray(at + 1, lineEnd).toString();
    if (type === 0x3a) { // ':' integer
      items.push(Buffer.from(header));
      at = lineEnd + 2;
      continue;
    }
    const length = Number(header);
    if (buffer.length < lineEnd + 2 + length + 2) return null;
    items.push(buffer.subarray(lineEnd + 2, lineEnd + 2 + length));
    at = lineEnd + 2 + length + 2;
  }
  return { items, end: at };
}
