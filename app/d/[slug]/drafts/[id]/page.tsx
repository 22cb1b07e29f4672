import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { DraftSnapshotView } from "@/components/document/draft-snapshot-view";
import { RelativeTime } from "@/components/relative-time";
import { TextDiff } from "@/components/document/text-diff";
import { pageDocument } from "@/app/_lib/guard";
import { loadOr404 } from "@/app/_lib/load-or-404";
import { can } from "@/lib/core/access/roles";
import { sameForm } from "@/lib/core/collab/draft-form";
import { readLiveDraft } from "@/lib/server/collab/read-live-draft";
import { getDocument } from "@/lib/server/documents/get-document";
import { getVersion } from "@/lib/server/documents/get-version";
import { parseVariableSchema } from "@/lib/server/documents/variable-schema-column";
import { getDraftSnapshot } from "@/lib/server/drafts/list-draft-snapshots";

interface Props {
  params: Promise<{ slug: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const metadata: Metadata = { title: "Draft history" };

const list = new Intl.ListFormat("en", { type: "conjunction" });

/** One kept draft: compared with the current draft or any version, and (for editors) brought back. */
export default async function DraftSnapshotPage({ params, searchParams }: Props) {
  await connection();
  const { slug, id } = await params;
  const { access } = await pageDocument(slug, "document.read", (to) => `/d/${to}/drafts/${id}`);
  const snapshot = await loadOr404(() => getDraftSnapshot({ access, id: id.slice(0, 64) }));
  const doc = await getDocument({ access });
  const raw = (await searchParams).with;
  const wanted = typeof raw === "string" && /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : null;
  const other = wanted !== null && doc.versions.some((v) => v.number === wanted) ? await getVersion({ access, number: wanted }) : null;
  const draft = other ? null : await readLiveDraft({ documentId: access.documentId });
  const against = other
    ? { key: String(other.number), label: `v${other.number}`, content: other.content, variables: parseVariableSchema(other.variables) }
    : { key: "draft", label: "the current draft", content: draft?.content ?? doc.head.content, variables: draft?.variables ?? doc.head.variables };
  const formNote = sameForm(snapshot.variables, against.variables) ? "Form settings: the same" : "Form settings: different (restoring brings back the kept ones)";

  return (
    <div className="flex h-[calc(100vh-3rem)] flex-col">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-zinc-200 bg-white px-4 py-2.5">
        <h1 className="text-lg font-semibold tracking-tight">
          <Link href={`/d/${slug}`} className="hover:underline">
            {doc.title}
          </Link>{" "}
          <span className="text-zinc-500">· {snapshot.title}</span>
        </h1>
        <span className="text-xs text-zinc-500">
          kept <RelativeTime date={snapshot.createdAt} />
          {snapshot.editors.length > 0 && ` · holds changes by ${list.format(snapshot.editors)}`}
          {snapshot.baseNumber !== null && ` · based on v${snapshot.baseNumber}`}
        </span>
      </div>
      <DraftSnapshotView
        slug={slug}
        id={snapshot.id}
        versions={doc.versions.map((v) => v.number)}
        against={against.key}
        formNote={formNote}
        canRestore={can(access.role, "document.edit")}
      >
        <TextDiff before={against.content} after={snapshot.content} sideBySide label={`Changes from ${against.label} to the kept draft`} />
      </DraftSnapshotView>
    </div>
  );
}
