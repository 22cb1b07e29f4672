import type { z } from "zod";
import { renderResponseSchema } from "@/lib/contracts/api";
import { syncListResponseSchema, syncPushResponseSchema, syncReadResponseSchema, type syncPushFileSchema } from "@/lib/contracts/sync";
import { CliError } from "./cli-error";
import type { Connection } from "./config";

export type SyncList = z.infer<typeof syncListResponseSchema>;
export type RemoteDocument = SyncList["documents"][number];
export type PushFile = z.input<typeof syncPushFileSchema>;
export type PushOutcome = z.infer<typeof syncPushResponseSchema>["results"][number];
export type RenderResult = z.infer<typeof renderResponseSchema>;

/** The HTTP API, and only it: every call the command makes goes through here. */
export class DramatisClient {
  constructor(private readonly connection: Connection) {}

  get url(): string {
    return this.connection.url;
  }

  async list(query: { folder?: string; label?: string }): Promise<SyncList> {
    const params = new URLSearchParams();
    if (query.folder) params.set("folder", query.folder);
    if (query.label) params.set("label", query.label);
    const suffix = params.size > 0 ? `?${params}` : "";
    return syncListResponseSchema.parse(await this.call("GET", `/api/v1/sync/documents${suffix}`));
  }

  /** Many versions' text; repeats the call for whatever the server left for later. */
  async read(refs: readonly { id: string; version: number }[]): Promise<Map<string, string>> {
    const texts = new Map<string, string>();
    let pending = [...refs];
    while (pending.length > 0) {
      const batch = pending.slice(0, 500);
      const answer = syncReadResponseSchema.parse(await this.call("POST", "/api/v1/sync/versions", { versions: batch }));
      for (const version of answer.versions) texts.set(versionKey(version.id, version.version), version.content);
      if (answer.missing.length > 0) {
        const first = answer.missing[0]!;
        throw new CliError(`Version ${first.version} of document ${first.id} is not in this workspace any more; run \`dramatis pull\`.`);
      }
      pending = [...answer.remaining, ...pending.slice(batch.length)];
    }
    return texts;
  }

  async push(body: { folder: string; message?: string; files: PushFile[] }): Promise<PushOutcome[]> {
    return syncPushResponseSchema.parse(await this.call("POST", "/api/v1/sync/push", body)).results;
  }

  async render(slug: string, body: { version?: number; label?: string; values?: unknown; strict?: boolean }): Promise<RenderResult> {
    return renderResponseSchema.parse(await this.call("POST", `/api/v1/documents/${encodeURIComponent(slug)}/render`, body));
  }

  /** A cheap authenticated call, to check a login before saving it. */
  async check(): Promise<void> {
    await this.call("GET", "/api/v1/documents?limit=1");
  }

  private async call(method: string, path: string, body?: unknown): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(`${this.connection.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${this.connection.key}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new CliError(`Cannot reach ${this.connection.url} (${cause?.code ?? cause?.message ?? (error as Error).message}).`);
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      throw new CliError(`${this.connection.url} answered ${response.status} with something other than JSON: is it a Dramatis server?`);
    }
    if (response.ok) return json;
    const message = (json as { error?: { message?: string } } | null)?.error?.message ?? response.statusText;
    if (response.status === 401) throw new CliError(`The server refused the API key (401: ${message}). Run \`dramatis login\` with a valid key.`);
    if (response.status === 403) throw new CliError(`Not allowed (403): ${message}`);
    throw new CliError(`${method} ${path.split("?")[0]} failed (${response.status}): ${message}`);
  }
}

export function versionKey(id: string, version: number): string {
  return `${id}@${version}`;
}
