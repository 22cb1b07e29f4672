import { z } from "zod";
import { endpoints, type Endpoint } from "@/lib/contracts/api-endpoints";
import { errorBodySchema } from "@/lib/contracts/api";

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: "input" | "output"): JsonSchema => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
};

const STATUS_TEXT: Record<number, string> = {
  400: "The request is not valid",
  401: "Missing, invalid or revoked API key",
  403: "The key's role (or the session's) does not allow this write",
  404: "No such document, version or label in the key's workspace",
  409: "The document moved on; `error.details.head` holds the newest version",
  413: "The body is too large",
  422: "Strict render refused: variables are missing or the template has errors",
};

function parameters(endpoint: Endpoint) {
  const list: JsonSchema[] = [];
  for (const [where, schema] of [["path", endpoint.params], ["query", endpoint.query]] as const) {
    if (!schema) continue;
    const json = toSchema(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      const { description, ...rest } = property as JsonSchema & { description?: string };
      list.push({ name, in: where, required: where === "path" || (json.required ?? []).includes(name), description, schema: rest });
    }
  }
  return list;
}

function operation(id: string, endpoint: Endpoint) {
  const responses: Record<string, unknown> = {
    [String(endpoint.status ?? 200)]: {
      description: "Success",
      content: { "application/json": { schema: toSchema(endpoint.response, "output") } },
    },
  };
  for (const status of [400, 401, ...endpoint.errors]) {
    responses[String(status)] = {
      description: STATUS_TEXT[status] ?? "Error",
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    };
  }
  return {
    operationId: id,
    summary: endpoint.summary,
    parameters: parameters(endpoint),
    ...(endpoint.body && {
      requestBody: { required: true, content: { "application/json": { schema: toSchema(endpoint.body, "input") } } },
    }),
    responses,
  };
}

/** OpenAPI 3.1, generated from the same zod schemas the handlers parse with. */
export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [id, endpoint] of Object.entries(endpoints) as [string, Endpoint][]) {
    paths[endpoint.path] ??= {};
    paths[endpoint.path]![endpoint.method.toLowerCase()] = operation(id, endpoint);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Dramatis API",
      version: "1",
      description: "Fetch and render prompt documents by version or label. Every call needs an API key, which acts in its own workspace with a viewer or editor role.",
    },
    servers: [{ url: "/" }],
    security: [{ apiKey: [] }],
    paths,
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "An API key: drm_…" } },
      schemas: { Error: toSchema(errorBodySchema, "output") },
    },
  };
}
