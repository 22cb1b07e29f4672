import Link from "next/link";
import { RelativeTime } from "@/components/relative-time";
import { authorLine } from "@/lib/core/collab/draft-history";
import type { VersionSummary } from "@/lib/server/documents/get-document";

interface Props {
  slug: string;
  versions: VersionSummary[];
  labels: { name: string; versionNumber: number; protected?: boolean }[];
  current?: number;
}

/** Newest first; the current version is marked, older ones open read-only; labels sit on theirs. */
export function VersionList({ slug, versions, labels, current }: Props) {
  const labelsOf = (number: number) => labels.filter((label) => label.versionNumber === number);
  return (
    <ol data-testid="version-list">
      {versions.map((version) => (
        <li key={version.number} className="group relative border-b border-zinc-100">
          <Link
            href={version.number === current ? `/d/${slug}` : `/d/${slug}/v/${version.number}`}
            aria-current={version.number === current ? "page" : undefined}
            className="block px-4 py-2 text-sm hover:bg-zinc-50 aria-[current=page]:bg-zinc-100"
          >
            <span className="flex items-baseline justify-between gap-2">
              <span className="font-medium">v{version.number}</span>
              <span className="text-xs text-zinc-500">
                <RelativeTime date={version.createdAt} />
              </span>
            </span>
            <span className="block truncate text-xs text-zinc-600">{version.message || "No message"}</span>
            <span className="block text-xs text-zinc-500" data-testid="version-authors">
              {authorLine(version.authorName, version.coAuthors)}
            </span>
          </Link>
          <span className="flex flex-wrap gap-1 px-4 pb-2 empty:hidden">
            {labelsOf(version.number).map((label) => (
              <span
                key={label.name}
                title={label.protected ? "Protected: only owners move it" : undefined}
                className="rounded bg-emerald-50 px-1.5 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-emerald-200 ring-inset"
              >
                {label.protected && <span aria-label="protected">🔒 </span>}
                {label.name}
              </span>
            ))}
          </span>
          {version.number > 1 && (
            <Link
              href={`/d/${slug}/diff?from=${version.number - 1}&to=${version.number}`}
              className="absolute top-2 right-16 hidden text-xs text-zinc-500 underline group-hover:inline focus:inline"
              aria-label={`Compare v${version.number} with v${version.number - 1}`}
            >
              diff
            </Link>
          )}
        </li>
      ))}
    </ol>
  );
}
