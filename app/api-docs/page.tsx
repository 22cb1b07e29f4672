import type { Metadata } from "next";
import Link from "next/link";
import { endpoints, type Endpoint } from "@/lib/contracts/api-endpoints";
import { buildOpenApiDocument } from "@/lib/server/http/openapi";
import { siteOrigin } from "@/app/_lib/origin";

export const metadata: Metadata = { title: "HTTP API" };

type Operation = {
  summary: string;
  parameters: { name: string; in: string; required: boolean; description?: string }[];
  requestBody?: { content: { "application/json": { schema: unknown } } };
  responses: Record<string, { description: string }>;
};

const METHOD_COLORS: Record<string, string> = {
  GET: "bg-sky-100 text-sky-800",
  POST: "bg-emerald-100 text-emerald-800",
  PUT: "bg-amber-100 text-amber-800",
};

/** A readable page over the generated OpenAPI document, so both always agree. */
export default async function ApiDocsPage() {
  const doc = buildOpenApiDocument();
  // The example calls this very server, as the reader reaches it (or DRAMATIS_URL).
  const origin = await siteOrigin();
  return (
    <div className="mx-auto w-full max-w-4xl flex-1 px-4 py-8">
      <h1 className="text-xl font-semibold tracking-tight">HTTP API v1</h1>
      <p className="mt-2 text-sm text-zinc-600">
        Every call needs an API key, which a workspace owner creates under{" "}
        <Link href="/settings/api-keys" className="underline">Workspace → API keys</Link>, sent as{" "}
        <code className="rounded bg-zinc-100 px-1">Authorization: Bearer drm_…</code>. A key reaches only its workspace&apos;s
        documents (others answer 404); viewer keys read and render, editor keys may also write (otherwise 403). Errors are JSON:{" "}
        <code className="rounded bg-zinc-100 px-1">{"{ error: { code, message, details } }"}</code>. The machine-readable
        description is at <a href="/api/v1/openapi.json" className="underline">/api/v1/openapi.json</a> (OpenAPI 3.1).
      </p>
      <pre data-testid="api-example" tabIndex={0} role="region" aria-label="Example request" className="mt-4 overflow-x-auto rounded-lg bg-zinc-900 p-4 text-xs text-zinc-100">
        {`curl -X POST ${origin}/api/v1/documents/release-notes-writer/render \\
  -H "Authorization: Bearer $DRAMATIS_KEY" -H "Content-Type: application/json" \\
  -d '{"label": "production", "values": {"Product": "Dramatis", "Request": "Summarise PR 12"}}'`}
      </pre>
      <div className="mt-8 space-y-6">
        {(Object.values(endpoints) as Endpoint[]).map((endpoint) => {
          const operation = (doc.paths[endpoint.path] as Record<string, Operation>)[endpoint.method.toLowerCase()]!;
          return (
            <section key={`${endpoint.method} ${endpoint.path}`} className="rounded-lg border border-zinc-200 bg-white p-4">
              <h2 className="flex flex-wrap items-center gap-2 font-mono text-sm">
                <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${METHOD_COLORS[endpoint.method]}`}>{endpoint.method}</span>
                {endpoint.path}
              </h2>
              <p className="mt-1 text-sm text-zinc-700">{operation.summary}</p>
              {operation.parameters.length > 0 && (
                <ul className="mt-2 space-y-0.5 text-sm">
                  {operation.parameters.map((param) => (
                    <li key={`${param.in}-${param.name}`}>
                      <code className="rounded bg-zinc-100 px-1">{param.name}</code>{" "}
                      <span className="text-xs text-zinc-500">
                        {param.in}
                        {param.required ? ", required" : ""}
                      </span>
                      {param.description && <span className="text-zinc-600"> — {param.description}</span>}
                    </li>
                  ))}
                </ul>
              )}
              {operation.requestBody && (
                <details className="mt-2 text-sm">
                  <summary className="cursor-pointer text-zinc-600">Request body</summary>
                  <pre tabIndex={0} role="region" aria-label="Request body schema" className="mt-1 overflow-x-auto rounded bg-zinc-50 p-2 text-xs">
                    {JSON.stringify(operation.requestBody.content["application/json"].schema, null, 2)}
                  </pre>
                </details>
              )}
              <p className="mt-2 text-xs text-zinc-500">
                Responses:{" "}
                {Object.entries(operation.responses)
                  .map(([status, response]) => `${status} ${response.description}`)
                  .join(" · ")}
              </p>
            </section>
          );
        })}
      </div>
    </div>
  );
}
