import type { Metadata } from "next";
import { connection } from "next/server";
import { pageWorkspace } from "@/app/_lib/guard";
import { RemoteImagesToggle } from "@/components/workspace/remote-images-toggle";
import { WorkspaceNav } from "@/components/workspace/workspace-nav";
import { workspaceAllowsRemoteImages } from "@/lib/server/workspaces/remote-images-allowed";

export const metadata: Metadata = { title: "Workspace settings" };

export default async function WorkspaceSettingsPage() {
  await connection();
  const { workspace } = await pageWorkspace("workspace.settings", "/settings/workspace");
  const allow = await workspaceAllowsRemoteImages({ workspaceId: workspace.id });
  return (
    <main className="mx-auto w-full max-w-3xl flex-1 px-4 py-8">
      <WorkspaceNav name={workspace.name} role={workspace.role} current="settings" />
      <h1 className="text-xl font-semibold tracking-tight">Settings</h1>
      <section className="mt-6 rounded-lg border border-zinc-200 bg-white p-4">
        <h2 className="text-base font-semibold">Remote images in previews</h2>
        <p className="mt-1 text-sm text-zinc-600">
          A Markdown preview that loads an image from another site tells that site who is reading the document, and
          when. Off, such images show as a link naming the site, and the browser is told to refuse them. On, previews of
          this workspace&apos;s documents and share links load images from any https address.
        </p>
        <RemoteImagesToggle initial={allow} />
      </section>
    </main>
  );
}
