import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { RestoreButton } from "@/components/document/restore-button";
import { SourceText } from "@/components/document/source-text";
import { RelativeTime } from "@/components/relative-time";
import { getVersion } from "@/lib/server/documents/get-version";
import { loadOr404 } from "@/app/_lib/load-or-404";
import { pageDocument } from "@/app/_lib/guard";
import { can } from "@/lib/core/access/roles";
import { authorLine } from "@/lib/core/collab/draft-history";
import { parseNames } from "@/lib/server/drafts/list-draft-snapshots";

interface Props {
  params: Promise<{ slug: string; n: string }>;
}

function parseVersionNumber(raw: string): number | null {
  return /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params;
  return { title: `${slug} v${n}` };
}

export default async function VersionPage({ params }: Props) {
  await connection();
  const { slug, n } = await params;
  const number = parseVersionNumber(n);
  if (number === null) notFound();
  const { user, access } = await pageDocument(slug, "document.read", (to) => `/d/${to}/v/${number}`);
  const version = await loadOr404(() => getVersion({ access, number }));

  return (
    <div className="flex h-[calc(100vh-3rem)] flex-col">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-zinc-200 bg-white px-4 py-2.5">
        <h1 className="text-lg font-semibold tracking-tight">
          <Link href={`/d/${slug}`} className="hover:underline">
            {version.document.title}
          </Link>{" "}
          <span className="text-zinc-500">· version {version.number}</span>
        </h1>
        <span className="text-xs text-zinc-500">
          <RelativeTime date={version.createdAt} /> by {authorLine(version.authorName, parseNames(version.coAuthors))}
          {version.message ? ` · ${version.message}` : ""}
        </span>
      </div>
      <div
        role="note"
        className="flex flex-wrap items-center gap-3 border-b border-zinc-200 bg-zinc-100 px-4 py-2 text-sm text-zinc-700"
      >
        {version.isLatest
          ? "This is the current version, shown read-only."
          : "You are looking at an old version. It is read-only."}
        <Link href={`/d/${slug}`} className="font-medium underline">
          Open the current version
        </Link>
        {version.number > 1 && (
          <Link href={`/d/${slug}/diff?from=${version.number - 1}&to=${version.number}`} className="underline">
            Compare with v{version.number - 1}
          </Link>
        )}
        <span className="flex-1" />
        {!version.isLatest && can(access.role, "document.edit") && <RestoreButton slug={slug} version={version.number} myName={user.name} />}
      </div>
      {/* Plain text from the server: reading an old version needs no editor. */}
      <SourceText content={version.content} label={`Version ${version.number} source (read-only)`} testId="version-source" className="min-h-0 flex-1 bg-white" />
    </div>
  );
}
