import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../api-keys/create-api-key";
import { importDocumentFile } from "../documents/import-document-file";
import { updateDocument } from "../documents/update-document";
import { createTestDb, createTestMember, useAsDefaultDb, testAccess } from "../testing/test-db";
import { handleApiRequest } from "./v1/router";

let env: ReturnType<typeof createTestDb>;
let key: string;
let member: Awaited<ReturnType<typeof createTestMember>>;
const text = (s: string) => new TextEncoder().encode(s);

beforeAll(async () => {
  env = createTestDb();
  useAsDefaultDb(env.db);
  member = await createTestMember(env.db);
  key = (await createApiKey({ db: env.db, workspaceId: member.workspaceId, actor: member.actor, input: { name: "jinja tests", role: "editor" } })).key;
  const add = (fileName: string, content: string) => importDocumentFile({ db: env.db, workspaceId: member.workspaceId, fileName, bytes: text(content), authorName: "t" });
  await add("base-persona.md", "You are {% block role %}a helpful assistant{% endblock %}.\n{% block rules %}- Be kind.{% endblock %}\n{% include 'signature' %}");
  await add("signature.md", "-- {{ team | upper }}");
  await add(
    "support-bot.md",
    "{% extends 'base-persona' %}{% block role %}{{ name | default('Sam') }}, a support agent{% endblock %}{% block rules %}{{ super() }}\n- Cite the docs.{% endblock %}",
  );
  await add("flag.md", "Flag: {{ flag }}");
});
afterAll(() => env.cleanup());

async function renderVia(slug: string, values: Record<string, unknown>, strict = false) {
  const request = new Request(`http://localhost/api/v1/documents/${slug}/render`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify({ values, strict }),
  });
  const response = await handleApiRequest(request);
  return { status: response.status, json: JSON.parse(response.body ?? "null") as { text?: string; dialect?: string } };
}

describe("Jinja documents through the render API", () => {
  it("extends a base persona and overrides its blocks, loading the parent and its includes", async () => {
    const { status, json } = await renderVia("support-bot", { name: "Ada", team: "help desk" });
    expect(status).toBe(200);
    expect(json.text).toBe("You are Ada, a support agent.\n- Be kind.\n- Cite the docs.\n-- HELP DESK");
  });

  it("refuses a strict render with a missing variable with 422", async () => {
    expect((await renderVia("support-bot", { name: "Ada" }, true)).status).toBe(422);
  });

  it("renders as Jinja once the document's dialect is set to jinja", async () => {
    expect((await renderVia("flag", { flag: true })).json.text).toBe("Flag: true");
    await updateDocument({ db: env.db, access: await testAccess(env.db, "flag"), input: { dialect: "jinja" }, actor: member.actor });
    expect((await renderVia("flag", { flag: true })).json.text).toBe("Flag: True");
  });

  it("rejects a dialect the engine does not know", async () => {
    await expect(updateDocument({ db: env.db, access: await testAccess(env.db, "flag"), input: { dialect: "liquid" as "jinja" }, actor: member.actor })).rejects.toThrow();
  });
});
