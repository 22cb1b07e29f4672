import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { handleAuthRequest } from "../auth/handle-auth-request";
import { importDocumentFile } from "../documents/import-document-file";
import { createTestDb, useAsDefaultDb } from "../testing/test-db";
import { handleCollabUpgrade } from "./handle-collab-upgrade";

let env: ReturnType<typeof createTestDb>;
let server: Server;
let base: string;
const cookies: Record<string, string> = {};

/** Signs a person up through the real auth handler and gives them a role in `workspaceId`. */
async function person(name: string, workspaceId: string | null, role: string) {
  const auth = (path: string) =>
    handleAuthRequest(
      new Request(`http://localhost/api/auth/${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://localhost", "x-forwarded-for": `10.9.0.${name.length}` },
        body: JSON.stringify({ name, email: `${name}@example.com`, password: `${name}-password-long` }),
      }),
    );
  // Sign-up never signs in by itself (it answers alike for taken emails): sign in after it.
  await auth("sign-up/email");
  const response = await auth("sign-in/email");
  cookies[name] = response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
  const user = await env.db.user.findUniqueOrThrow({ where: { email: `${name}@example.com` } });
  const workspace = workspaceId ?? (await env.db.workspace.create({ data: { name: `${name}'s` } })).id;
  await env.db.membership.create({ data: { workspaceId: workspace, userId: user.id, role } });
  return workspace;
}

beforeAll(async () => {
  env = createTestDb();
  useAsDefaultDb(env.db);
  const workspace = await person("editor", null, "owner");
  await person("viewer", workspace, "viewer");
  await person("outsider", null, "owner");
  await importDocumentFile({ db: env.db, workspaceId: workspace, fileName: "shared.md", bytes: new TextEncoder().encode("Draft"), authorName: "t" });
  server = createServer();
  server.on("upgrade", (req, socket, head) => void handleCollabUpgrade(req, socket, head));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.close();
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
});
