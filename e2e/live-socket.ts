import { connect } from "node:net";
import * as encoding from "lib0/encoding";
import { joinLiveDraft } from "../scripts/testing/live-draft-client";
import { DRAFT_TEXT } from "../lib/core/collab/draft-doc";

/**
 * Joins a live draft over a raw websocket with someone's cookies (no browser, no UI to hide
 * buttons), waits for the server's state and then tries to insert `text` at the start.
 * Resolves with how the server ended the connection, or "open" if it let the write through.
 */
export async function writeThroughSocket({ url, cookie, origin, text }: { url: string; cookie: string; origin: string; text: string }) {
  const participant = joinLiveDraft({ url, cookie, origin });
  await participant.synced;
  participant.change((doc) => doc.getText(DRAFT_TEXT).insert(0, text));
  // A server that accepted the change would simply keep the connection open.
  const outcome = await Promise.race([participant.closed, new Promise<"open">((resolve) => setTimeout(() => resolve("open"), 2_000))]);
  participant.close();
  return { closeCode: outcome };
}

/** A raw websocket upgrade request: the HTTP status the server answers with (0: no answer at all). */
export function upgradeStatus(baseURL: string, path: string, headers: Record<string, string>): Promise<number> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname, () => {
      const lines = Object.entries({ host: `${hostname}:${port}`, ...headers }).map(([name, value]) => `${name}: ${value}\r\n`);
      socket.write(
        `GET ${path} HTTP/1.1\r\n${lines.join("")}Connection: Upgrade\r\nUpgrade: websocket\r\n` +
          "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n",
      );
    });
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk.toString()));
    socket.on("close", () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
    socket.on("error", () => resolve(0));
    setTimeout(() => socket.destroy(), 5_000);
  });
}

/** How the server ended a live-draft connection within `ms`, or "open". */
export function closedWithin(participant: { closed: Promise<number> }, ms = 5_000): Promise<number | "open"> {
  return Promise.race([participant.closed, new Promise<"open">((resolve) => setTimeout(() => resolve("open"), ms))]);
}

/** A presence (awareness) message for arbitrary client ids and states, as a hostile client would send. */
export function presenceMessage(entries: Array<[clientId: number, clock: number, state: object | null]>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, entries.length);
  for (const [clientId, clock, state] of entries) {
    encoding.writeVarUint(update, clientId);
    encoding.writeVarUint(update, clock);
    encoding.writeVarString(update, JSON.stringify(state));
  }
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(update));
  return encoding.toUint8Array(encoder);
}
