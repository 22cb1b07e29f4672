import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVersion } from "../documents/create-version";
import { updateDocument } from "../documents/update-document";
import { createApiTestWorkspace } from "../testing/api-test-workspace";
import { testAccess } from "../testing/test-db";
import { handleApiRequest } from "./v1/router";

let workspace: Awaited<ReturnType<typeof createApiTestWorkspace>>;
let env: typeof workspace.env;
let key: string;
let member: typeof workspace.member;

beforeAll(async () => {
  workspace = await createApiTestWorkspace("render tests");
  ({ env, key, member } = workspace);
  await workspace.addDocument("greeter.md", "Hello {{name}} from {{team}}!{{> footer}}");
  await workspace.addDocument("footer.md", "\n-- {{team}}");
  await workspace.addDocument("go-doc.md", "{{if .Strict}}Be strict. {{end}}{{.Request}}");
});
afterAll(() => env.cleanup());

/** Calls the API as the server does: through the /api/v1 router. */
async function call(path: string, init: { method?: string; body?: unknown } = {}) {
  const headers = new Headers({ authorization: `Bearer ${key}` });
  if (init.body !== undefined) headers.set("content-type", "application/json");
  const request = new Request(`http://localhost/api/v1${path}`, {
    method: init.method ?? "GET",
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const response = await handleApiRequest(request);
  return { status: response.status, json: response.body ? JSON.parse(response.body) : null };
}

describe("render endpoint", () => {
  it("renders the latest version with values, resolving includes from other documents", async () => {
    const { status, json } = await call("/documents/greeter/render", { method: "POST", body: { values: { name: "Ada", team: "Core" } } });
    expect(status).toBe(200);
    expect(json).toEqual({ text: "Hello Ada from Core!\n-- Core", missing: [], problems: [], version: 1, ok: true });
  });

  it("lists missing variables in a lenient render and refuses a strict one with 422", async () => {
    const lenient = await call("/documents/greeter/render", { method: "POST", body: { values: { name: "Ada" } } });
    expect(lenient.json).toMatchObject({ text: "Hello Ada from {{team}}!\n-- {{team}}", missing: ["team"], ok: true });
    const strict = await call("/documents/greeter/render", { method: "POST", body: { values: { name: "Ada" }, strict: true } });
    expect(strict.status).toBe(422);
    expect(strict.json.error).toEqual({ code: "unprocessable", message: "Missing variables: team.", details: { missing: ["team"], problems: [] } });
  });

  it("renders by label and sees a label move at once", async () => {
    await createVersion({ db: env.db, access: await testAccess(env.db, "go-doc"), input: { content: "v2: {{.Request}}", message: "", baseVersion: 1 }, authorName: "t", actor: member.actor });
    const put = (version: number) => call("/documents/go-doc/labels/production", { method: "PUT", body: { version } });
    await put(1);
    const v1 = await call("/documents/go-doc/render", { method: "POST", body: { label: "production", values: { Strict: true, Request: "Go." } } });
    expect(v1.json).toMatchObject({ text: "Be strict. Go.", version: 1 });
    await put(2);
    const v2 = await call("/documents/go-doc/render", { method: "POST", body: { label: "production", values: { Request: "Go." } } });
    expect(v2.json).toMatchObject({ text: "v2: Go.", version: 2 });
    const byNumber = await call(`/documents/go-doc/render?version=1&values=${encodeURIComponent(JSON.stringify({ Request: "Q" }))}`);
    expect(byNumber.json).toMatchObject({ text: "Q", version: 1 });
  });

  it("renders in the dialect set for the document, overriding detection", async () => {
    await workspace.addDocument("quoting.md", "Literally {{name}}");
    expect((await call("/documents/quoting/render", { method: "POST", body: { values: { name: "x" } } })).json.text).toBe("Literally x");
    await updateDocument({ db: env.db, access: await testAccess(env.db, "quoting"), input: { dialect: "none" }, actor: member.actor });
    expect((await call("/documents/quoting/render", { method: "POST", body: { values: { name: "x" } } })).json.text).toBe("Literally {{name}}");
  });

  it("rejects bad requests with 400 and unknown documents or labels with 404", async () => {
    expect((await call(`/documents/greeter/render?values=not-json`)).status).toBe(400);
    expect((await call("/documents/greeter/render", { method: "POST", body: { version: 1, label: "production" } })).status).toBe(400);
    expect((await call("/documents/greeter/render", { method: "POST", body: { values: [] } })).status).toBe(400);
    expect((await call("/documents/nope/render", { method: "POST", body: {} })).status).toBe(404);
    expect((await call("/documents/greeter/render", { method: "POST", body: { label: "staging" } })).status).toBe(404);
  });
});
