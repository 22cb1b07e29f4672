import { createHash } from "node:crypto";

// PostgreSQL refuses a NOTIFY payload of 8000 bytes or more. Each chunk carries the sender,
// the message's number, its index and count, then up to this much base64.
const CHUNK_CHARS = 7800;

/** A PostgreSQL channel name (an identifier of at most 63 bytes) for any channel string. */
export function notifyChannel(channel: string): string {
  return `dramatis_${createHash("sha1").update(channel).digest("hex")}`;
}

export function splitPayload(sender: string, messageId: number, payload: Uint8Array): string[] {
  const text = Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength).toString("base64");
  const count = Math.max(1, Math.ceil(text.length / CHUNK_CHARS));
  return Array.from({ length: count }, (_, index) =>
    `${sender}|${messageId}|${index}|${count}|${text.slice(index * CHUNK_CHARS, (index + 1) * CHUNK_CHARS)}`,
  );
}

/**
 * Puts chunks back together. Chunks of one message arrive together and in order (they are
 * sent in one statement), so a partial message only remains when a connection dropped.
 */
export class ChunkAssembler {
  private readonly partial = new Map<string, string[]>();

  /** The sender and the whole payload once the last chunk of a message arrived, else null. */
  add(chunk: string): { sender: string; payload: Uint8Array } | null {
    const [sender, messageId, index, count, data] = chunk.split("|");
    if (sender === undefined || data === undefined) return null;
    const total = Number(count);
    if (total === 1) return { sender, payload: new Uint8Array(Buffer.from(data, "base64")) };
    const key = `${sender}|${messageId}`;
    const parts = Number(index) === 0 ? [] : this.partial.get(key);
    if (!parts) return null; // its start was lost
    parts.push(data);
    if (parts.length < total) {
      this.partial.set(key, parts);
      return null;
    }
    this.partial.delete(key);
    return { sender, payload: new Uint8Array(Buffer.from(parts.join(""), "base64")) };
  }

  /** After a reconnect: whatever was half-received will never complete. */
  clear(): void {
    this.partial.clear();
  }
}
