import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { currentUser } from "@/app/_lib/session";
import { SharedView } from "@/components/share/shared-view";
import { RemoteImagesProvider } from "@/components/workbench/remote-images";
import { describeShareTarget } from "@/lib/contracts/share-links";
import { roleIn } from "@/lib/server/access/authorize";
import { can } from "@/lib/core/access/roles";
import { isAppError } from "@/lib/server/errors";
import { openShareLink } from "@/lib/server/share-links/open-share-link";
import { renderShared } from "@/lib/server/share-links/render-shared";
import { workspaceAllowsRemoteImages } from "@/lib/server/workspaces/remote-images-allowed";

export const metadata: Metadata = { title: "Shared prompt", robots: { index: false } };

/**
 * A share link, for anyone holding it: the linked version rendered with the prefilled values,
 * a form to change them, and the source when the link allows it. Nothing else of the
 * workspace is reachable from here: no other document, no member, no API.
 */
export default async function SharedPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const link = await openShareLink({ token }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "gone") return error.message;
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  if (typeof link === "string") {
    return (
      <div className="mx-auto w-full max-w-md flex-1 px-4 py-16 text-center">
        <h1 className="text-xl font-semibold">This link no longer works</h1>
        <p role="alert" className="mt-2 text-sm text-zinc-600">
          {link} Ask whoever sent it for a new one.
        </p>
      </div>
    );
  }
  const rendered = await renderShared({ link, values: link.values }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "render_limit") return error.message;
    throw error;
  });
  if (typeof rendered === "string") {
    return (
      <main className="mx-auto w-full max-w-md flex-1 px-4 py-16 text-center">
        <h1 className="text-xl font-semibold">This prompt is too large to show</h1>
        <p role="alert" className="mt-2 text-sm text-zinc-600" data-testid="render-limit">
          {rendered} Ask whoever sent the link to check the document&apos;s includes.
        </p>
      </main>
    );
  }
  const { result, schema } = rendered;
  const remoteImages = await workspaceAllowsRemoteImages({ workspaceId: link.document.workspaceId });
  const user = link.access === "edit" ? await currentUser() : null;
  const role = user ? await roleIn({ actor: user, workspaceId: link.document.workspaceId }) : null;
  return (
    <div className="flex flex-col md:h-[calc(100vh-3rem)]">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-zinc-200 bg-white px-4 py-2.5">
        <h1 className="text-lg font-semibold tracking-tight">{link.document.title}</h1>
        <span className="text-xs text-zinc-500">
          {describeShareTarget(link.target)} · v{link.version.number} · shared read-only
        </span>
        {link.access === "edit" && (
          <span className="ml-auto text-sm">
            {can(role, "document.edit") ? (
              <Link href={`/d/${link.document.slug}`} className="rounded-md bg-zinc-900 px-3 py-1 font-medium text-white">
                Open in the editor
              </Link>
            ) : (
              <Link href={`/sign-in?next=${encodeURIComponent(`/s/${token}`)}`} className="underline">
                Members can sign in to edit
              </Link>
            )}
          </span>
        )}
      </div>
      <RemoteImagesProvider allow={remoteImages}>
        <SharedView
          token={token}
          schema={schema}
          initialValues={link.values}
          initialResult={result}
          source={link.access === "preview" ? null : link.version.content}
        />
      </RemoteImagesProvider>
    </div>
  );
}
