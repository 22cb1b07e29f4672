import type { Duplex } from "node:stream";

const STATUS_TEXT: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  500: "Internal Server Error",
};

/**
 * Answers a websocket upgrade that is refused with a plain HTTP response, so the client learns
 * why (a browser's console, a script's error) instead of seeing the connection drop.
 */
export function refuseUpgrade(socket: Duplex, status: number, message = STATUS_TEXT[status] ?? "Refused"): void {
  if (socket.destroyed) return;
  const body = `${message}\n`;
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? "Refused"}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
