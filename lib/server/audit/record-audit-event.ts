import type { AuditAction } from "@/lib/core/access/audit-actions";
import type { AuditActor } from "../access/actor";
import type { Tx } from "../db/client";

export interface AuditEventInput {
  workspaceId: string;
  actor: AuditActor;
  action: AuditAction;
  /** What the event is about, as it was named at the time (a slug, an email, a key name). */
  target: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends to the audit trail inside the caller's transaction, so an event is recorded exactly
 * when the change it describes commits.
 */
export async function recordAuditEvent(tx: Tx, event: AuditEventInput): Promise<void> {
  await tx.auditEvent.create({ data: auditRow(event) });
}

/** Several events in one statement (a batch import's), in the caller's transaction. */
export async function recordAuditEvents(tx: Tx, events: AuditEventInput[]): Promise<void> {
  if (events.length > 0) await tx.auditEvent.createMany({ data: events.map(auditRow) });
}

function auditRow(event: AuditEventInput) {
  return {
    workspaceId: event.workspaceId,
    actorType: event.actor.type,
    actorId: event.actor.id,
    actorName: event.actor.name,
    action: event.action,
    target: event.target,
    before: event.before === undefined ? null : JSON.stringify(event.before),
    after: event.after === undefined ? null : JSON.stringify(event.after),
  };
}
