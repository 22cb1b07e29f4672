import Link from "next/link";
import { RelativeTime } from "@/components/relative-time";
import type { VersionSummary } from "@/lib/server/documents/get-document";

/** Newest first; the current version is marked, older ones open read-only. */
export function VersionList({ slug, versions, current }: { slug: string; versions: VersionSummary[]; current?: number }) {
  return (
    <div>
      <h2 className="border-b border-zinc-100 px-4 py-2.5 text-xs font-semibold tracking-wide text-zinc-500 uppercase">
        Versions
      </h2>
      <ol data-testid="version-list">
        {versions.map((version) => (
          <li key={version.number}>
            <Link
              href={version.number === current ? `/d/${slug}` : `/d/${slug}/v/${version.number}`}
              aria-current={version.number === current ? "page" : undefined}
              className="block border-b border-zinc-100 px-4 py-2 text-sm hover:bg-zinc-50 aria-[current=page]:bg-zinc-100"
            >
              <span className="flex items-baseline justify-between gap-2">
                <span className="font-medium">v{version.number}</span>
                <span className="text-xs text-zinc-500">
                  <RelativeTime date={version.createdAt} />
                </span>
              </span>
              <span className="block truncate text-xs text-zinc-600">{version.message || "No message"}</span>
              <span className="block text-xs text-zinc-500">{version.authorName}</span>
            </Link>
          </li>
        ))}
      </ol>
    </div>
  );
}
