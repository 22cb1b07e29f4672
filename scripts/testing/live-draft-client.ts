import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import WebSocket from "ws";
import * as Y from "yjs";

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;

/**
 * A live-draft participant without a browser: speaks the y-websocket sync protocol over a raw
 * websocket with someone's session cookie. For benchmarks (many cheap participants) and for
 * tests that bypass the UI. `synced` resolves once the server's state has arrived.
 */
export function joinLiveDraft({ url, cookie, origin }: { url: string; cookie: string; origin: string }) {
  const doc = new Y.Doc();
  // Others' presence as the server relays it (this participant sends none of its own).
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState(null);
  const socket = new WebSocket(url, { headers: { cookie, origin } });
  socket.binaryType = "arraybuffer";
  const closed = new Promise<number>((resolve) => socket.on("close", (code) => resolve(code)));
  const synced = new Promise<void>((resolve, reject) => {
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
      const type = decoding.readVarUint(decoder);
      if (type === MESSAGE_AWARENESS) awarenessProtocol.applyAwarenessUpdate(awareness, decoding.readVarUint8Array(decoder), socket);
      if (type !== MESSAGE_SYNC) return;
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, MESSAGE_SYNC);
      const kind = syncProtocol.readSyncMessage(decoder, reply, doc, socket);
      if (encoding.length(reply) > 1) socket.send(encoding.toUint8Array(reply));
      if (kind === syncProtocol.messageYjsSyncStep2) resolve();
    });
  });
  return {
    doc,
    awareness,
    /** Sends a raw message (for tests of what the server refuses). */
    send: (data: Uint8Array) => {
      if (socket.readyState === socket.OPEN) socket.send(data);
    },
    synced,
    closed,
    /** Changes the local copy and sends the change, as an editor's keystroke would. */
    change(apply: (doc: Y.Doc) => void) {
      const before = Y.encodeStateVector(doc);
      apply(doc);
      const update = encoding.createEncoder();
      encoding.writeVarUint(update, MESSAGE_SYNC);
      syncProtocol.writeUpdate(update, Y.encodeStateAsUpdate(doc, before));
      socket.send(encoding.toUint8Array(update));
    },
    close: () => {
      awareness.destroy();
      socket.close();
    },
  };
}
