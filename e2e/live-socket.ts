import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import WebSocket from "ws";
import * as Y from "yjs";
import { DRAFT_TEXT } from "../lib/core/collab/draft-doc";

const MESSAGE_SYNC = 0;

/**
 * Joins a live draft over a raw websocket with someone's cookies (no browser, no UI to hide
 * buttons), waits for the server's state and then tries to insert `text` at the start.
 * Resolves with how the server ended the connection, or "open" if it let the write through.
 */
export function writeThroughSocket({ url, cookie, origin, text }: { url: string; cookie: string; origin: string; text: string }) {
  return new Promise<{ closeCode: number | "open"; draft: string }>((resolve, reject) => {
    const doc = new Y.Doc();
    const socket = new WebSocket(url, { headers: { cookie, origin } });
    socket.binaryType = "arraybuffer";
    let wrote = false;
    socket.on("unexpected-response", (_request, response) => reject(new Error(`refused with HTTP ${response.statusCode}`)));
    socket.on("error", reject);
    socket.on("open", () => {
      const hello = encoding.createEncoder();
      encoding.writeVarUint(hello, MESSAGE_SYNC);
      syncProtocol.writeSyncStep1(hello, doc);
      socket.send(encoding.toUint8Array(hello));
    });
    socket.on("message", (data: ArrayBuffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return;
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, MESSAGE_SYNC);
      const kind = syncProtocol.readSyncMessage(decoder, reply, doc, "server");
      if (encoding.length(reply) > 1) socket.send(encoding.toUint8Array(reply));
      if (kind !== syncProtocol.messageYjsSyncStep2 || wrote) return;
      // The server's state has arrived: now the forged edit.
      wrote = true;
      const before = Y.encodeStateVector(doc);
      doc.getText(DRAFT_TEXT).insert(0, text);
      const update = encoding.createEncoder();
      encoding.writeVarUint(update, MESSAGE_SYNC);
      syncProtocol.writeUpdate(update, Y.encodeStateAsUpdate(doc, before));
      socket.send(encoding.toUint8Array(update));
      // A server that accepted it would simply stay open.
      setTimeout(() => {
        socket.close();
        resolve({ closeCode: "open", draft: doc.getText(DRAFT_TEXT).toString() });
      }, 2_000);
    });
    socket.on("close", (code) => {
      if (wrote) resolve({ closeCode: code, draft: doc.getText(DRAFT_TEXT).toString() });
    });
  });
}
