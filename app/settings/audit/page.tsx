import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { pageWorkspace } from "@/app/_lib/guard";
import { AuditValue } from "@/components/workspace/audit-value";
import { RelativeTime } from "@/components/relative-time";
import { DataTable, EmptyState } from "@/components/data-table";
import { WorkspaceNav } from "@/components/workspace/workspace-nav";
import { AUDIT_ACTIONS, isAuditAction } from "@/lib/core/access/audit-actions";
import { auditFilterSchema } from "@/lib/contracts/audit";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";

export const metadata: Metadata = { title: "Audit trail" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const { workspace } = await pageWorkspace("audit.read", "/settings/audit");
  const raw = await searchParams;
  const filter = auditFilterSchema.parse({
    action: typeof raw.action === "string" && raw.action ? raw.action : undefined,
    actor: typeof raw.actor === "string" && raw.actor ? raw.actor : undefined,
    target: typeof raw.target === "string" && raw.target ? raw.target : undefined,
    before: typeof raw.before === "string" ? raw.before : undefined,
  });
  const { events, hasMore } = await listAuditEvents({ workspaceId: workspace.id, filter });
  const filtering = Boolean(filter.action || filter.actor || filter.target);
  const older = new URLSearchParams({
    ...(filter.action && { action: filter.action }),
    ...(filter.actor && { actor: filter.actor }),
    ...(filter.target && { target: filter.target }),
    before: events.at(-1)?.createdAt.toISOString() ?? "",
  });

  return (
    <div className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
      <WorkspaceNav name={workspace.name} role={workspace.role} current="audit" />
      <h1 className="text-xl font-semibold tracking-tight">Audit trail</h1>
      <form className="mt-4 flex flex-wrap gap-2 text-sm" aria-label="Filter the audit trail">
        <select name="action" defaultValue={filter.action ?? ""} aria-label="Action" className="rounded-md border border-zinc-300 bg-white px-2 py-1.5">
          <option value="">All actions</option>
          {Object.entries(AUDIT_ACTIONS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <input name="actor" defaultValue={filter.actor ?? ""} placeholder="Who" aria-label="Who" className="rounded-md border border-zinc-300 px-2 py-1.5" />
        <input name="target" defaultValue={filter.target ?? ""} placeholder="Document, person or key" aria-label="What" className="rounded-md border border-zinc-300 px-2 py-1.5" />
        <button type="submit" className="rounded-md bg-zinc-900 px-3 py-1.5 font-medium text-white">
          Filter
        </button>
        {filtering && (
          <Link href="/settings/audit" className="self-center text-zinc-600 underline">
            Clear
          </Link>
        )}
      </form>
      {events.length === 0 ? (
        <EmptyState>{filtering ? "No events match these filters." : "Nothing has happened in this workspace yet."}</EmptyState>
      ) : (
        <DataTable
          label="Audit events"
          testId="audit-events"
          minWidth="sm:min-w-[40rem]"
          dense
          columns={[{ label: "When" }, { label: "Who" }, { label: "What" }, { label: "On" }, { label: "Before → after" }]}
        >
            {events.map((event) => (
              <tr key={event.id} className="border-t border-zinc-100 align-top" data-action={event.action}>
                <td data-label="When" className="px-3 py-2 whitespace-nowrap text-zinc-600">
                  <RelativeTime date={event.createdAt} />
                </td>
                <td data-label="Who" className="px-3 py-2">{event.actorName}</td>
                <td data-label="What" className="px-3 py-2">{isAuditAction(event.action) ? AUDIT_ACTIONS[event.action] : event.action}</td>
                <td data-label="On" className="px-3 py-2 font-mono text-xs break-all">{event.target}</td>
                <td data-label="Before → after" className="px-3 py-2 text-xs text-zinc-600">
                  <AuditValue value={event.before} /> → <AuditValue value={event.after} />
                </td>
              </tr>
            ))}
        </DataTable>
      )}
      {hasMore && (
        <Link href={`/settings/audit?${older.toString()}`} className="mt-3 inline-block text-sm underline">
          Older events
        </Link>
      )}
    </div>
  );
}
