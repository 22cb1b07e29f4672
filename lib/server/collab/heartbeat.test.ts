import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as awarenessProtocol from "y-protocols/awareness";
import { importDocumentFile } from "../documents/import-document-file";
import { createTestDb, useAsDefaultDb } from "../testing/test-db";
import { collabRooms } from "./collab-registry";
import { startCollabHeartbeat } from "./handle-collab-upgrade";
import { presenceMessage } from "./room-test-clients";
import { routeUpgrade } from "./route-upgrade";
import { isOpen, socketClient, until } from "./socket-test-client";
import { signUpPerson } from "../testing/sign-up-person";

// Short enough for a test, long enough for a busy machine's event loop to answer every ping.
const INTERVAL_MS = 150;

let env: ReturnType<typeof createTestDb>;
let server: Server;
let base: string;
let stopHeartbeat: () => void;
const cookies: Record<string, string> = {};
const documentIds: Record<string, string> = {};

beforeAll(async () => {
  env = createTestDb();
  useAsDefaultDb(env.db);
  const workspaceId = (await env.db.workspace.create({ data: { name: "Heartbeat" } })).id;
  for (const name of ["ana", "ben"]) {
    cookies[name] = (await signUpPerson(env.db, { name, ip: "10.8.0.1", member: { workspaceId, role: "editor" } })).cookie;
  }
  for (const slug of ["shared", "lonely"]) {
    const bytes = new TextEncoder().encode(`Draft ${slug}`);
    await importDocumentFile({ db: env.db, workspaceId, fileName: `${slug}.md`, bytes, authorName: "t" });
    documentIds[slug] = (await env.db.document.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  }
  server = createServer();
  server.on("upgrade", (req, socket, head) => routeUpgrade(req, socket, head));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stopHeartbeat = startCollabHeartbeat(INTERVAL_MS);
}, 60_000);
afterAll(async () => {
  stopHeartbeat();
  server.close();
  await collabRooms().flushAll();
  await env.cleanup();
});

/** Joins a document's live draft; a half-open client stops answering pings, as a vanished laptop would. */
async function join(slug: string, who: string, { halfOpen = false } = {}) {
  const client = socketClient(`${base}/collab/${slug}`, { cookie: cookies[who]! }, { autoPong: !halfOpen });
  await client.synced;
  const awareness = new awarenessProtocol.Awareness(client.doc);
  awareness.setLocalStateField("user", { id: who, name: who, color: "#336699" });
  client.send(presenceMessage(awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID])));
  return { ...client, clientId: awareness.clientID };
}

const roomOf = (slug: string) => collabRooms().peek(documentIds[slug]!);

describe("the live-draft heartbeat", () => {
  it("drops a client that stopped answering pings, with its presence, and keeps a live one", async () => {
    const live = await join("shared", "ana");
    const halfOpen = await join("shared", "ben", { halfOpen: true });
    const room = (await roomOf("shared"))!;
    await until(() => room.awareness.getStates().has(halfOpen.clientId) && room.awareness.getStates().has(live.clientId));
    expect(room.size).toBe(2);

    const closed = await halfOpen.closed;
    expect(closed.code).toBe(1006); // terminated, no closing handshake: the socket was not answering
    await until(() => !room.awareness.getStates().has(halfOpen.clientId));
    expect(room.size).toBe(1);

    // Several more rounds of pings: the client that answers them stays, presence and all.
    await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS * 4));
    expect(isOpen(live)).toBe(true);
    expect(room.awareness.getStates().has(live.clientId)).toBe(true);
    live.close();
  });

  it("closes the room when the dropped client was the last one in it, as a normal leave does", async () => {
    const halfOpen = await join("lonely", "ben", { halfOpen: true });
    expect(roomOf("lonely")).toBeDefined();
    await halfOpen.closed;
    await until(() => roomOf("lonely") === undefined);
  });
});
