import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import WebSocket, { type ClientOptions } from "ws";
import * as Y from "yjs";
import { MESSAGE_ACCESS, readAccessMessage } from "@/lib/core/collab/access-message";
import { DRAFT_TEXT } from "@/lib/core/collab/draft-doc";

/**
 * For the collab tests over real sockets: a participant speaking the y-websocket protocol that
 * records what the server tells it (access changes, how it closed the connection).
 */
export function socketClient(url: string, headers: Record<string, string>, options: ClientOptions = {}) {
  const doc = new Y.Doc();
  const ws = new WebSocket(url, { ...options, headers });
  const access: boolean[] = [];
  const received: Uint8Array[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on("close", (code, reason) => resolve({ code, reason: reason.toString() })));
  ws.on("error", () => undefined);
  const send = (data: Uint8Array) => {
    if (ws.readyState === ws.OPEN) ws.send(data);
  };
  const synced = new Promise<void>((resolve, reject) => {
    ws.on("unexpected-response", (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    ws.on("open", () => {
      const hello = encoding.createEncoder();
      encoding.writeVarUint(hello, 0);
      syncProtocol.writeSyncStep1(hello, doc);
      send(encoding.toUint8Array(hello));
    });
    ws.on("message", (data: Buffer) => {
      const bytes = new Uint8Array(data);
      received.push(bytes);
      const decoder = decoding.createDecoder(bytes);
      const type = decoding.readVarUint(decoder);
      if (type === MESSAGE_ACCESS) access.push(readAccessMessage(decoder).readOnly);
      if (type !== 0) return;
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, 0);
      const kind = syncProtocol.readSyncMessage(decoder, reply, doc, "server");
      if (encoding.length(reply) > 1) send(encoding.toUint8Array(reply));
      if (kind === syncProtocol.messageYjsSyncStep2) resolve();
    });
  });
  return {
    doc,
    ws,
    access,
    received,
    closed,
    synced,
    send,
    text: () => doc.getText(DRAFT_TEXT).toString(),
    /** Types into the local copy and sends the change, as an editor's keystroke would. */
    type(text: string, index = 0) {
      const before = Y.encodeStateVector(doc);
      doc.getText(DRAFT_TEXT).insert(index, text);
      const update = encoding.createEncoder();
      encoding.writeVarUint(update, 0);
      syncProtocol.writeUpdate(update, Y.encodeStateAsUpdate(doc, before));
      send(encoding.toUint8Array(update));
    },
    close: () => ws.close(),
  };
}

export const isOpen = (client: { ws: WebSocket }) => client.ws.readyState === WebSocket.OPEN;

/** Waits until `check` holds (or throws after `ms`). */
export async function until(check: () => boolean, ms = 3_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
