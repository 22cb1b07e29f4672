import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { endpoints, type Endpoint } from "@/lib/contracts/api-endpoints";
import { API_KEY_ROLES, ROLES, can, refusal, type Role } from "@/lib/core/access/roles";
import { createApiKey } from "../api-keys/create-api-key";
import { importDocumentFile } from "../documents/import-document-file";
import { apiRoute } from "../http/api-route";
import type { ApiRequest } from "../http/api-types";
import { createTestDb, createTestMember, useAsDefaultDb } from "../testing/test-db";
import { handleApiRequest } from "./v1/router";
import { signUpPerson } from "../testing/sign-up-person";

/**
 * Every endpoint of the registry, called by every kind of caller: a role the endpoint's
 * `permission` does not allow gets 403 with the refusal naming who may; one it allows is let
 * past authorization. Driven from the registry, so a new endpoint is covered without a line here.
 */

const SLUG = "permission-probe";
/** A value for each path parameter the registry uses; a new one must be added here. */
const SAMPLE_PARAMS: Record<string, string> = { slug: SLUG, ref: "1", name: "staging" };

let env: ReturnType<typeof createTestDb>;
let workspaceId: string;
const callers: { label: string; role: Role; headers: Record<string, string> }[] = [];

/** A real session (sign-up, then sign-in) with `role` in the test workspace: its cookie. */
async function sessionCookie(role: Role): Promise<string> {
  const person = await signUpPerson(env.db, { name: `Perm ${role}`, email: `${role}-perm@example.com`, ip: "10.7.0.1", member: { workspaceId, role } });
  return person.cookie;
}

beforeAll(async () => {
  env = createTestDb();
  useAsDefaultDb(env.db);
  const owner = await createTestMember(env.db);
  workspaceId = owner.workspaceId;
  await importDocumentFile({ db: env.db, workspaceId, fileName: `${SLUG}.md`, bytes: new TextEncoder().encode("Hello {{name}}"), authorName: "seed" });
  for (const role of API_KEY_ROLES) {
    const { key } = await createApiKey({ db: env.db, workspaceId, actor: owner.actor, input: { name: `${role} key`, role } });
    callers.push({ label: `${role} API key`, role, headers: { authorization: `Bearer ${key}` } });
  }
  for (const role of ROLES) callers.push({ label: `${role} session`, role, headers: { cookie: await sessionCookie(role) } });
}, 60_000);
afterAll(() => env.cleanup());

function pathOf(endpoint: Endpoint): string {
  return endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = SAMPLE_PARAMS[name];
    if (value === undefined) throw new Error(`Add a sample value for the path parameter {${name}} to SAMPLE_PARAMS.`);
    return value;
  });
}

/** A request as server.ts builds it, from this site's own page (same Origin) for session writes. */
function request(method: string, path: string, headers: Record<string, string>, body = "{}"): ApiRequest {
  const all: Record<string, string> = { host: "localhost", origin: "http://localhost", "content-type": "application/json", ...headers };
  return { method, url: `http://localhost${path}`, headers: { get: (name) => all[name.toLowerCase()] ?? null }, text: async () => body };
}

describe("every endpoint enforces its registry permission", () => {
  const cases = Object.entries(endpoints as Record<string, Endpoint>).flatMap(([id, endpoint]) =>
    [...API_KEY_ROLES.map((role) => ({ role, kind: "API key" })), ...ROLES.map((role) => ({ role, kind: "session" }))].map(
      ({ role, kind }) => ({ id, endpoint, caller: `${role} ${kind}` }),
    ),
  );

  it.each(cases)("$id ($endpoint.permission) as $caller", async ({ endpoint, caller }) => {
    const { role, headers } = callers.find((entry) => entry.label === caller)!;
    const response = await handleApiRequest(request(endpoint.method, pathOf(endpoint), headers));
    const body = response.body ? JSON.parse(response.body) : null;
    if (can(role, endpoint.permission)) {
      // Past authorization: whatever the (deliberately empty) body earns, it is not a refusal of the caller.
      expect([401, 403, 404]).not.toContain(response.status);
    } else {
      expect(response.status).toBe(403);
      expect(body.error).toMatchObject({ code: "forbidden", message: refusal(role, endpoint.permission) });
    }
  });

  it("covers at least one endpoint a viewer may not use (the table above is not vacuous)", () => {
    const refusedToViewers = Object.values(endpoints as Record<string, Endpoint>).filter((endpoint) => !can("viewer", endpoint.permission));
    expect(refusedToViewers.length).toBeGreaterThan(0);
  });
});

describe("the route wrapper for an endpoint that names no document", () => {
  it("checks the permission on the caller's workspaces too", async () => {
    const auditList = {
      method: "GET",
      permission: "audit.read",
      path: "/api/v1/audit-probe",
      summary: "probe",
      response: z.array(z.string()),
      errors: [],
    } satisfies Endpoint;
    const handler = apiRoute(auditList, async ({ workspaces }) => workspaces.map((workspace) => workspace.workspaceId));
    const viewer = callers.find((entry) => entry.label === "viewer API key")!;
    const refused = await handler(request("GET", auditList.path, viewer.headers), {});
    expect([refused.status, JSON.parse(refused.body!).error.message]).toEqual([403, refusal("viewer", "audit.read")]);
    const editor = callers.find((entry) => entry.label === "editor session")!;
    const allowed = await handler(request("GET", auditList.path, editor.headers), {});
    expect([allowed.status, JSON.parse(allowed.body!)]).toEqual([200, [workspaceId]]);
  });
});
