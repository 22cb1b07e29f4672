import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ApiKeyCreator } from "@/components/settings/api-key-creator";
import { RevokeKeyButton } from "@/components/settings/revoke-key-button";
import { RelativeTime } from "@/components/relative-time";
import { DataTable, EmptyState } from "@/components/data-table";
import { isRole, roleName } from "@/lib/core/access/roles";
import { listApiKeys } from "@/lib/server/api-keys/list-api-keys";
import { pageWorkspace } from "@/app/_lib/guard";
import { WorkspaceNav } from "@/components/workspace/workspace-nav";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  await connection();
  const { workspace } = await pageWorkspace("workspace.api_keys", "/settings/api-keys");
  const keys = await listApiKeys({ workspaceId: workspace.id });
  return (
    <div className="mx-auto w-full max-w-3xl flex-1 px-4 py-8">
      <WorkspaceNav name={workspace.name} role={workspace.role} current="api-keys" />
      <h1 className="text-xl font-semibold tracking-tight">API keys</h1>
      <p className="mt-1 text-sm text-zinc-600">
        A key acts only in this workspace: viewer keys read and render, editor keys also save versions and move
        unprotected labels. 
        Applications use a key to fetch and render prompts over the <Link href="/api-docs" className="underline">HTTP API</Link>.
        A key is shown once, when it is created; only its hash is stored.
      </p>
      <ApiKeyCreator />
      {keys.length === 0 ? (
        <EmptyState>No keys yet. Create one for each application, so you can revoke them one by one.</EmptyState>
      ) : (
        <DataTable
          label="API keys"
          testId="api-key-list"
          minWidth="sm:min-w-[36rem]"
          columns={[{ label: "Name" }, { label: "Key" }, { label: "Role" }, { label: "Created" }, { label: "Last used" }, { label: "Actions", hidden: true }]}
        >
            {keys.map((key) => (
              <tr key={key.id} className="border-t border-zinc-100">
                <td className="px-4 py-2 font-medium">{key.name}</td>
                <td data-label="Key" className="px-4 py-2 font-mono text-xs text-zinc-600">{key.prefix}…</td>
                <td data-label="Role" className="px-4 py-2 text-zinc-600">{isRole(key.role) ? roleName(key.role) : key.role}</td>
                <td data-label="Created" className="px-4 py-2 text-zinc-600"><RelativeTime date={key.createdAt} /></td>
                <td data-label="Last used" className="px-4 py-2 text-zinc-600">{key.lastUsedAt ? <RelativeTime date={key.lastUsedAt} /> : "Never"}</td>
                <td className="px-4 py-2 sm:text-right">
                  {key.revokedAt ? <span className="text-xs text-zinc-500">Revoked</span> : <RevokeKeyButton id={key.id} name={key.name} />}
                </td>
              </tr>
            ))}
        </DataTable>
      )}
    </div>
  );
}
