import Link from "next/link";
import { RelativeTime } from "@/components/relative-time";
import type { DraftSnapshotSummary } from "@/lib/server/drafts/list-draft-snapshots";

const list = new Intl.ListFormat("en", { type: "conjunction" });

/**
 * The live draft's kept copies, newest first: each opens to compare it with a version or the
 * current draft, and (for editors) to bring it back.
 */
export function DraftHistoryList({ slug, snapshots }: { slug: string; snapshots: DraftSnapshotSummary[] }) {
  return (
    <section id="draft-history" aria-label="Draft history" className="border-t border-zinc-200">
      <h2 className="px-4 py-2.5 text-xs font-semibold tracking-wide text-zinc-500 uppercase">Draft history</h2>
      {snapshots.length === 0 ? (
        <p className="px-4 pb-3 text-xs text-zinc-500">
          Copies of the live draft appear here every few minutes while it changes, and before a restore replaces it.
        </p>
      ) : (
        <ol data-testid="draft-history">
          {snapshots.map((snapshot) => (
            <li key={snapshot.id} className="border-b border-zinc-100">
              <Link href={`/d/${slug}/drafts/${snapshot.id}`} className="block px-4 py-2 text-sm hover:bg-zinc-50">
                <span className="block truncate text-xs font-medium text-zinc-800">{snapshot.title}</span>
                <span className="block text-xs text-zinc-500">
                  <RelativeTime date={snapshot.createdAt} />
                  {snapshot.editors.length > 0 && ` · changes by ${list.format(snapshot.editors)}`}
                </span>
              </Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
