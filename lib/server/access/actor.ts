import type { ApiKeyRole } from "@/lib/core/access/roles";

/** Whoever a request acts for: a signed-in person or an application's API key. */
export type Actor =
  | { type: "user"; id: string; name: string; email: string }
  | { type: "api_key"; id: string; name: string; workspaceId: string; role: ApiKeyRole };

/** How the audit trail names who did something. `system` is the CLI and first-run seeding. */
export interface AuditActor {
  type: "user" | "api_key" | "system";
  id: string | null;
  name: string;
}

export const SYSTEM_ACTOR: AuditActor = { type: "system", id: null, name: "Dramatis" };

export function auditActor(actor: Actor): AuditActor {
  return { type: actor.type, id: actor.id, name: actor.type === "api_key" ? `API key “${actor.name}”` : actor.name };
}

/**
 * The name a version, label move or restore is recorded under: always the authenticated
 * caller's, never one a request body names ("CI render bot (API key)" for a key).
 */
export function authorName(actor: Actor): string {
  return actor.type === "api_key" ? `${actor.name} (API key)` : actor.name;
}
