import type { ReactNode } from "react";
import { FormatBadge } from "@/components/format-badge";
import { RelativeTime } from "@/components/relative-time";
import { TagChips } from "@/components/library/tag-links";
import { authorLine } from "@/lib/core/collab/draft-history";
import { formatBytes } from "@/lib/core/text/format";
import type { DocumentDetail } from "@/lib/server/documents/get-document";

export function DocumentHeader({
  doc,
  actions,
}: {
  doc: Pick<DocumentDetail, "title" | "slug" | "format" | "description" | "tags" | "head" | "versions">;
  /** Buttons at the end of the header's first line (Download as…). */
  actions?: ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-zinc-200 bg-white px-4 py-2.5">
      <h1 className="text-lg font-semibold tracking-tight">{doc.title}</h1>
      <FormatBadge format={doc.format} />
      <span className="text-xs text-zinc-500">
        v{doc.head.number} · {formatBytes(new TextEncoder().encode(doc.head.content).length)} · updated{" "}
        <RelativeTime date={doc.head.createdAt} /> by {authorLine(doc.head.authorName, doc.head.coAuthors)}
      </span>
      <TagChips tags={doc.tags} />
      {actions}
      {doc.description && <p className="basis-full text-sm text-zinc-600">{doc.description}</p>}
    </div>
  );
}
