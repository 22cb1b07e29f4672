import Link from "next/link";
import type { DocumentDetail } from "@/lib/server/documents/get-document";
import type { Capabilities } from "@/lib/core/access/capabilities";
import { LabelForm } from "./label-form";
import { LabelProtection } from "./label-protection";
import type { DraftSnapshotSummary } from "@/lib/server/drafts/list-draft-snapshots";
import { DraftHistoryList } from "./draft-history-list";
import { VersionList } from "./version-list";

/** The right-hand panel of a document: versions with their labels, and setting a label. */
export function HistoryPanel({ doc, current, can, snapshots }: { doc: DocumentDetail; current?: number; can: Capabilities; snapshots?: DraftSnapshotSummary[] }) {
  return (
    <div>
      <div className="flex items-center justify-between border-b border-zinc-100 px-4 py-2.5">
        <h2 className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">Versions</h2>
        {can.edit && (
          <Link href={`/d/${doc.slug}/settings`} className="text-xs text-zinc-500 underline">
            Settings
          </Link>
        )}
      </div>
      {can.moveLabels && (
        <LabelForm slug={doc.slug} versions={doc.versions.map((v) => v.number)} labels={doc.labels.map((l) => l.name)} />
      )}
      {can.protectLabels && doc.labels.length > 0 && <LabelProtection slug={doc.slug} labels={doc.labels} />}
      <VersionList slug={doc.slug} versions={doc.versions} labels={doc.labels} current={current} />
      {snapshots && <DraftHistoryList slug={doc.slug} snapshots={snapshots} />}
    </div>
  );
}
