import { z } from "zod";
import { AUDIT_ACTIONS, type AuditAction } from "@/lib/core/access/audit-actions";

/** The audit trail's filters, from the page's query string: anything unusable is dropped, not refused. */
export const auditFilterSchema = z.object({
  action: z.enum(Object.keys(AUDIT_ACTIONS) as [AuditAction, ...AuditAction[]]).optional().catch(undefined),
  actor: z.string().trim().max(120).optional().catch(undefined),
  target: z.string().trim().max(120).optional().catch(undefined),
  before: z.coerce.date().optional().catch(undefined),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
