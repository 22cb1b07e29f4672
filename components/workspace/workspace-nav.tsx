import Link from "next/link";
import { can, type Role } from "@/lib/core/access/roles";

const TABS = [
  { id: "members", href: "/settings/members", label: "Members", permission: "workspace.read" },
  { id: "audit", href: "/settings/audit", label: "Audit trail", permission: "audit.read" },
  { id: "api-keys", href: "/settings/api-keys", label: "API keys", permission: "workspace.api_keys" },
  { id: "settings", href: "/settings/workspace", label: "Settings", permission: "workspace.settings" },
] as const;

const YOU_ARE: Record<Role, string> = { owner: "an owner", editor: "an editor", viewer: "a viewer" };

/** The workspace pages a member's role opens, as tabs. */
export function WorkspaceNav({ name, role, current }: { name: string; role: Role; current: (typeof TABS)[number]["id"] }) {
  return (
    <div className="mb-6">
      <p className="text-sm text-zinc-500">
        {name} · you are {YOU_ARE[role]}
      </p>
      <nav className="mt-2 flex gap-4 border-b border-zinc-200 text-sm">
        {TABS.filter((tab) => can(role, tab.permission)).map((tab) => (
          <Link
            key={tab.id}
            href={tab.href}
            aria-current={tab.id === current ? "page" : undefined}
            className="-mb-px border-b-2 border-transparent pb-2 text-zinc-600 hover:text-zinc-900 aria-[current=page]:border-zinc-900 aria-[current=page]:text-zinc-900"
          >
            {tab.label}
          </Link>
        ))}
      </nav>
    </div>
  );
}
