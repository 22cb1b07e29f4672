import { createServer } from "node:http";
import { handleCollabUpgrade } from "@/lib/server/collab/handle-collab-upgrade";

/**
 * For bench:collab: only the live-draft websocket (the app's own handler, sessions and rooms),
 * in a process of its own so its memory can be read without the rest of the app or the
 * benchmark's clients in it. Answers "measure" with its memory after a full collection.
 */
const server = createServer((_request, response) => response.end());
server.on("upgrade", (request, socket, head) => {
  handleCollabUpgrade(request, socket, head).catch(() => socket.destroy());
});
server.listen(Number(process.env.PORT), () => process.send?.("ready"));
process.on("message", (message) => {
  if (message !== "measure") return;
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("start with --expose-gc");
  gc();
  gc();
  const { heapUsed, external } = process.memoryUsage();
  process.send?.({ bytes: heapUsed + external });
});
