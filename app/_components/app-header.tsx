import Link from "next/link";
import { currentUser, selectedWorkspace } from "@/app/_lib/session";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { WorkspaceSwitcher } from "@/components/workspace/workspace-switcher";

/** The top bar: for signed-in people, their workspace (switchable), navigation and sign-out; for anyone else, only the name. */
export async function AppHeader() {
  const user = await currentUser();
  const { workspaces, workspace: current } = user ? await selectedWorkspace(user.id) : { workspaces: [], workspace: null };
  return (
    <header className="flex h-12 shrink-0 items-center gap-6 border-b border-zinc-200 bg-white px-4">
      <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
        <span aria-hidden className="grid size-6 place-items-center rounded bg-zinc-900 text-xs text-white">
          D
        </span>
        Dramatis
      </Link>
      {user && (
        <>
          {current && <WorkspaceSwitcher workspaces={workspaces} currentId={current.id} />}
          <nav className="flex gap-4 text-sm text-zinc-600">
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
          <span className="ml-auto flex items-center gap-3 text-sm text-zinc-600">
            <span data-testid="signed-in-as" title={user.email}>
              {user.name}
            </span>
            <SignOutButton />
          </span>
        </>
      )}
    </header>
  );
}
