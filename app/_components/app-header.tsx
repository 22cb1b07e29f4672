import Link from "next/link";
import { currentUser, selectedWorkspace } from "@/app/_lib/session";
import { can, roleName } from "@/lib/core/access/roles";
import { authorizeDocument } from "@/lib/server/access/authorize";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ThemeSelect } from "@/components/theme/theme-select";
import { WorkspaceSwitcher } from "@/components/workspace/workspace-switcher";
import { CommandPalette } from "@/components/palette/command-palette";
import { HeaderMenu } from "./header-menu";

/**
 * The top bar: for signed-in people, their workspace (switchable) and role there, navigation and
 * sign-out; for anyone else, only the name. On a document's pages (`documentSlug`) it shows the
 * document's workspace and the person's role in it, which may not be the library's workspace.
 */
export async function AppHeader({ documentSlug }: { documentSlug?: string } = {}) {
  const user = await currentUser();
  const { workspaces, workspace: selected } = user ? await selectedWorkspace(user.id) : { workspaces: [], workspace: null };
  // Someone who may not read the document sees the header as anywhere else (the page says 404).
  const access = user && documentSlug ? await authorizeDocument({ actor: user, slug: documentSlug, permission: "document.read" }).catch(() => null) : null;
  const current = (access && workspaces.find((workspace) => workspace.id === access.workspaceId)) || selected;
  return (
    <header className="relative flex h-12 shrink-0 items-center gap-6 border-b border-zinc-200 bg-white px-4">
      <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
        <span aria-hidden className="grid size-6 place-items-center rounded bg-zinc-900 text-xs text-white">
          D
        </span>
        Dramatis
      </Link>
      <HeaderMenu>
        {user && (
          <>
            {current && (
              <span className="flex items-center gap-2">
                <WorkspaceSwitcher workspaces={workspaces.map(({ id, name }) => ({ id, name }))} currentId={current.id} libraryName={selected && selected.id !== current.id ? selected.name : null} />
                <span data-testid="header-role" title={`Your role in ${current.name}`} className="rounded bg-zinc-100 px-1.5 py-0.5 text-xs font-medium text-zinc-700">
                  {roleName(current.role)}
                </span>
              </span>
            )}
            <nav aria-label="Main" className="flex flex-col gap-3 text-sm text-zinc-600 lg:flex-row lg:gap-4">
              <Link href="/" className="hover:text-zinc-900">
                Library
              </Link>
              <Link href="/settings/members" className="hover:text-zinc-900">
                Workspace
              </Link>
              <Link href="/api-docs" className="hover:text-zinc-900">
                API
              </Link>
            </nav>
          </>
        )}
        <span className="flex flex-col items-start gap-3 text-sm text-zinc-600 lg:ml-auto lg:flex-row lg:items-center">
          <ThemeSelect />
          {user && (
            <>
              <span data-testid="signed-in-as" title={user.email}>
                {user.name}
              </span>
              <SignOutButton />
            </>
          )}
        </span>
      </HeaderMenu>
      {/* Outside the menu, which is hidden on phones until opened: Ctrl/Cmd+K works on every page. */}
      {user && selected && (
        <CommandPalette canCreate={can(selected.role, "document.create")} canManageWorkspace={can(selected.role, "workspace.settings")} />
      )}
    </header>
  );
}
