import { createServer, type Server } from "node:http";
import { connect as connectTcp, type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { SYSTEM_ACTOR } from "../access/actor";
import { importDocumentFile } from "../documents/import-document-file";
import { createTestDb, useAsDefaultDb } from "../testing/test-db";
import { changeMembership } from "../workspaces/change-membership";
import { CLOSE } from "./close-codes";
import { collabRooms, liveConnections } from "./collab-registry";
import { routeUpgrade } from "./route-upgrade";
import { isOpen, socketClient, until } from "./socket-test-client";
import { subscribeLiveDrafts } from "./subscribe-live-drafts";
import { cookieOf, postAuth, signUpPerson, type SignedUpPerson } from "../testing/sign-up-person";

let env: ReturnType<typeof createTestDb>;
let server: Server;
let base: string;
let port: number;
let workspace: string;
let unsubscribe: () => void;
const cookies: Record<string, string> = {};
const userIds: Record<string, string> = {};
const people: Record<string, SignedUpPerson> = {};


/** Signs a person up through the real auth handler and gives them a role in `workspaceId`. */
async function person(name: string, workspaceId: string | null, role: string) {
  const id = workspaceId ?? (await env.db.workspace.create({ data: { name: `${name}'s` } })).id;
  const signedUp = await signUpPerson(env.db, { name, ip: `10.9.0.${name.length}`, member: { workspaceId: id, role } });
  cookies[name] = signedUp.cookie;
  userIds[name] = signedUp.userId;
  people[name] = signedUp;
  return id;
}

/** A second session of someone's (another browser): its cookie. */
async function signIn(name: string) {
  return cookieOf(await postAuth("sign-in/email", { email: people[name]!.email, password: people[name]!.password }, { ip: "10.9.1.1" }));
}

beforeAll(async () => {
  env = createTestDb();
  useAsDefaultDb(env.db);
  unsubscribe = subscribeLiveDrafts({ db: env.db });
  workspace = await person("editor", null, "owner");
  await person("viewer", workspace, "viewer");
  await person("outsider", null, "owner");
  for (const name of ["leaver", "demoted", "signer", "expiring"]) await person(name, workspace, "editor");
  await importDocumentFile({ db: env.db, workspaceId: workspace, fileName: "shared.md", bytes: new TextEncoder().encode("Draft"), authorName: "t" });
  server = createServer();
  server.on("upgrade", (req, socket, head) => routeUpgrade(req, socket, head));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  base = `ws://127.0.0.1:${port}`;
  // Seven real sign-ups and sign-ins (scrypt twice each) take seconds on a busy 2-core machine.
}, 60_000);
afterAll(async () => {
  unsubscribe();
  server.close();
  await collabRooms().flushAll();
  await env.cleanup();
});

/** Opens /collab/<slug> as `who`: "open", or the HTTP status the upgrade was refused with. */
function open(slug: string, who: string | null, origin?: string): Promise<string | number> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = {};
    if (who) headers.cookie = cookies[who]!;
    if (origin) headers.origin = origin;
    const ws = new WebSocket(`${base}/collab/${slug}`, { headers });
    ws.on("open", () => {
      ws.close();
      resolve("open");
    });
    ws.on("unexpected-response", (_request, response) => resolve(response.statusCode ?? 0));
    ws.on("error", () => undefined);
  });
}

/** A raw upgrade request: the status line the server answers with (never silence). */
async function rawUpgrade(path: string, extra = ""): Promise<string> {
  return (await rawUpgradeAnswer(path, extra)).split("\r\n")[0] ?? "";
}

/** The whole HTTP answer to a raw upgrade request. */
function rawUpgradeAnswer(path: string, extra = ""): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connectTcp(port, "127.0.0.1", () => {
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
          `Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n${extra}\r\n`,
      );
    });
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk.toString()));
    socket.on("close", () => resolve(answer));
    socket.on("error", reject);
    setTimeout(() => socket.destroy(), 2_000);
  });
}

const join = async (who: string, cookie = cookies[who]!) => {
  const client = socketClient(`${base}/collab/shared`, { cookie });
  await client.synced;
  return client;
};

describe("the collaboration socket", () => {
  it("admits members of the document's workspace, editors and viewers alike", async () => {
    expect(await open("shared", "editor")).toBe("open");
    expect(await open("shared", "viewer")).toBe("open");
  });

  it("refuses the signed-out (401), outsiders and unknown documents alike (404), and other sites (403)", async () => {
    expect(await open("shared", null)).toBe(401);
    expect(await open("shared", "outsider")).toBe(404);
    expect(await open("missing", "editor")).toBe(404);
    expect(await open("shared", "editor", "https://evil.example")).toBe(403);
  });

  it("answers every refused upgrade over HTTP: Origin null, a malformed address, an unknown path", async () => {
    expect(await rawUpgrade("/collab/shared", `Origin: null\r\nCookie: ${cookies.editor}\r\n`)).toBe("HTTP/1.1 403 Forbidden");
    expect(await rawUpgrade("/collab/%ZZ", `Cookie: ${cookies.editor}\r\n`)).toBe("HTTP/1.1 400 Bad Request");
    expect(await rawUpgrade("/collab/", `Cookie: ${cookies.editor}\r\n`)).toBe("HTTP/1.1 400 Bad Request");
    expect(await rawUpgrade("/somewhere-else")).toBe("HTTP/1.1 404 Not Found");
  });

  it("says why in the API's JSON error shape, from the one error mapping", async () => {
    const bodyOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4));
    const signedOut = await rawUpgradeAnswer("/collab/shared");
    expect(signedOut).toContain("Content-Type: application/json");
    expect(bodyOf(signedOut)).toEqual({ error: { code: "unauthorized", message: "Sign in to join the live draft." } });
    const outsider = await rawUpgradeAnswer("/collab/shared", `Cookie: ${cookies.outsider}\r\n`);
    expect(bodyOf(outsider)).toEqual({ error: { code: "not_found", message: 'There is no document "shared".' } });
    expect(bodyOf(await rawUpgradeAnswer("/nowhere")).error.code).toBe("not_found");
  });
});

describe("open sockets follow rights at once", () => {
  it("a member removed from the workspace is disconnected and receives no more edits", async () => {
    const leaver = await join("leaver");
    const editor = await join("editor");
    await changeMembership({ db: env.db, workspaceId: workspace, actor: SYSTEM_ACTOR, userId: userIds.leaver!, role: null });
    expect((await leaver.closed).code).toBe(CLOSE.removed.code);
    editor.type("after removal ");
    await collabRooms().flushAll();
    expect(leaver.text()).not.toContain("after removal");
    editor.close();
  });

  it("an editor demoted to viewer is told at once, and a change sent afterwards closes the socket unapplied", async () => {
    const demoted = await join("demoted");
    await changeMembership({ db: env.db, workspaceId: workspace, actor: SYSTEM_ACTOR, userId: userIds.demoted!, role: "viewer" });
    await until(() => demoted.access.length > 0);
    expect(demoted.access).toEqual([true]);
    demoted.type("DEMOTED WRITE ");
    expect((await demoted.closed).code).toBe(CLOSE.readOnly.code);
    const check = await join("editor");
    expect(check.text()).not.toContain("DEMOTED WRITE");
    check.close();
  });

  it("signing out closes that session's sockets and leaves the person's other sessions open", async () => {
    const other = await join("signer", await signIn("signer"));
    const signed = await join("signer");
    const response = await postAuth("sign-out", {}, { cookie: cookies.signer });
    expect(response.status).toBe(200);
    expect((await signed.closed).code).toBe(CLOSE.signedOut.code);
    expect(isOpen(other)).toBe(true);
    other.close();
  });

  it("a session that expires or is revoked elsewhere closes its sockets", async () => {
    const cookie = await signIn("expiring");
    const expiring = await join("expiring", cookie);
    const revoked = await join("expiring");
    const [session] = await env.db.session.findMany({ where: { userId: userIds.expiring }, orderBy: { createdAt: "desc" }, take: 1 });
    // The socket was opened with a session ending in 14 days; it now ends in half a second.
    await env.db.session.update({ where: { id: session!.id }, data: { expiresAt: new Date(Date.now() + 500) } });
    await liveConnections().recheckAll();
    expect(isOpen(expiring)).toBe(true);
    expect((await expiring.closed).code).toBe(CLOSE.signedOut.code);

    // Deleted without an event (another process, by hand): the periodic check finds it.
    await env.db.session.deleteMany({ where: { userId: userIds.expiring } });
    expect(isOpen(revoked)).toBe(true);
    await liveConnections().recheckAll();
    expect((await revoked.closed).code).toBe(CLOSE.signedOut.code);
  });
});
