import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateDocument } from "../documents/update-document";
import { createApiTestWorkspace } from "../testing/api-test-workspace";
import { testAccess } from "../testing/test-db";
import { handleApiRequest } from "./v1/router";

let workspace: Awaited<ReturnType<typeof createApiTestWorkspace>>;
let env: typeof workspace.env;
let key: string;
let member: typeof workspace.member;

beforeAll(async () => {
  workspace = await createApiTestWorkspace("jinja tests");
  ({ env, key, member } = workspace);
  const add = workspace.addDocument;
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
