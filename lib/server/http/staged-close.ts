import type { Server } from "node:http";
import type { Socket } from "node:net";

/** How long a closing connection keeps taking (and discarding) what the client still sends. */
export const LINGER_MS = 2_000;

/**
 * Makes every `Connection: close` answer a staged close (RFC 9112 §9.6), as nginx's
 * `lingering_close` does. Node closes such a connection as soon as the answer is written; a
 * client still sending the body it was refused for (a 413 answered from the headers) then
 * gets a reset, and a reset can throw away the answer before the client has read it: it sees
 * EPIPE or ECONNRESET instead of the 413. So the write side is closed after the answer, what
 * still arrives is read and dropped, and the socket is destroyed once the client closes its
 * side or after LINGER_MS, whichever comes first. Nothing is read into memory.
 */
export function closeConnectionsGently(server: Server): void {
  server.on("connection", (socket: Socket) => {
    // Node's HTTP server calls destroySoon() after the last answer of a closing connection.
    socket.destroySoon = function lingerThenDestroy(this: Socket) {
      if (this.destroyed) return;
      this.end();
      const timer = setTimeout(() => this.destroy(), LINGER_MS);
      timer.unref();
      this.once("close", () => clearTimeout(timer));
      this.once("end", () => this.destroy());
      // The HTTP parser may still be attached: take the bytes off the socket ourselves.
      this.removeAllListeners("data");
      this.on("data", () => undefined);
      this.resume();
    };
  });
}
