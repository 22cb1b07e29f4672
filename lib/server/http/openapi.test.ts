import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { endpoints } from "@/lib/contracts/api-endpoints";
import { buildOpenApiDocument } from "./openapi";

describe("the OpenAPI document", () => {
  const doc = buildOpenApiDocument();

  it("is valid OpenAPI 3.1", async () => {
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("describes every endpoint the handlers serve, with their parameters and bodies", () => {
    for (const endpoint of Object.values(endpoints)) {
      expect(doc.paths[endpoint.path]?.[endpoint.method.toLowerCase()], `${endpoint.method} ${endpoint.path}`).toBeDefined();
    }
    const render = doc.paths["/api/v1/documents/{slug}/render"]?.post as { requestBody: { content: Record<string, { schema: { properties: object } }> } };
    expect(Object.keys(render.requestBody.content["application/json"]!.schema.properties)).toEqual(
      expect.arrayContaining(["version", "label", "values", "strict"]),
    );
    const getVersion = doc.paths["/api/v1/documents/{slug}/versions/{ref}"]?.get as { parameters: { name: string; in: string }[] };
    expect(getVersion.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(["path:slug", "path:ref"]);
  });
});
