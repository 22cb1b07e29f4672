import { z } from "zod";
import type { AuditFilter } from "@/lib/contracts/audit";
import { getDb, type Db } from "../db/client";
import { readJsonColumn } from "../db/json-column";
import { containsText } from "../db/text-filter";

export const AUDIT_PAGE_SIZE = 100;

/** A workspace's events, newest first, filtered by action, actor name, target, and a cursor date. */
export async function listAuditEvents({
  db = getDb(),
  workspaceId,
  filter = {},
}: {
  db?: Db;
  workspaceId: string;
  filter?: AuditFilter;
}) {
  const rows = await db.auditEvent.findMany({
    where: {
      workspaceId,
      ...(filter.action && { action: filter.action }),
      ...(filter.actor && { actorName: containsText(db, filter.actor) }),
      ...(filter.target && { target: containsText(db, filter.target) }),
      ...(filter.before && { createdAt: { lt: filter.before } }),
    },
    orderBy: { createdAt: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
  });
  return {
    events: rows.slice(0, AUDIT_PAGE_SIZE).map((row) => ({
      id: row.id,
      actorType: row.actorType,
      actorName: row.actorName,
      action: row.action,
      target: row.target,
      before: parseJson(row.before),
      after: parseJson(row.after),
      createdAt: row.createdAt,
    })),
    hasMore: rows.length > AUDIT_PAGE_SIZE,
  };
}

/** A snapshot that is not JSON is shown as the text it holds. */
function parseJson(text: string | null): unknown {
  return readJsonColumn(text, { schema: z.unknown(), fallback: text, column: "AuditEvent.before/after" });
}
