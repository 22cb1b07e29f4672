import Link from "next/link";

/** What the library's address holds besides tags; kept when a tag is turned on or off. */
export interface LibraryView {
  query: string;
  archived: boolean;
  tags: string[];
  /** The folder browsed ("" or absent: the whole library's top level). */
  folder?: string;
}

/** The library's address for a view: `?folder=agents/backend&q=…&archived=1&tag=a&tag=b`. */
export function libraryHref({ query, archived, tags, folder }: LibraryView): string {
  const params = new URLSearchParams();
  if (folder) params.set("folder", folder);
  if (query.trim()) params.set("q", query.trim());
  if (archived) params.set("archived", "1");
  for (const tag of tags) params.append("tag", tag);
  // "/" may stand in a query string as it is: /?folder=agents/backend reads as it is shared.
  const search = params.toString().replaceAll("%2F", "/");
  return search ? `/?${search}` : "/";
}

// Tag counts are the workspace's: a tag link filters the whole library, from the top.
const withTag = (view: LibraryView, tag: string, on: boolean) => ({ ...view, folder: "", tags: on ? [...view.tags.filter((t) => t !== tag), tag] : view.tags.filter((t) => t !== tag) });

/** Every tag with its count, each a link that turns it on or off in the filter (several at once). */
export function TagFilterBar({ counts, view }: { counts: { tag: string; count: number }[]; view: LibraryView }) {
  if (counts.length === 0 && view.tags.length === 0) return null;
  // A tag asked for in the address that no listed document carries still shows, to be turned off.
  const shown = [...counts, ...view.tags.filter((tag) => !counts.some((c) => c.tag === tag)).map((tag) => ({ tag, count: 0 }))];
  return (
    <nav aria-label="Filter by tag" className="mb-3 flex flex-wrap items-center gap-1.5 text-xs">
      <span className="mr-1 text-zinc-600">Tags</span>
      {shown.map(({ tag, count }) => {
        const selected = view.tags.includes(tag);
        return (
          <Link
            key={tag}
            href={libraryHref(withTag(view, tag, !selected))}
            aria-current={selected ? "true" : undefined}
            data-testid="tag-filter"
            className={`rounded-full border px-2 py-0.5 ${selected ? "border-zinc-900 bg-zinc-900 text-white" : "border-zinc-300 bg-white text-zinc-700 hover:bg-zinc-50"}`}
          >
            {tag} <span className="tabular-nums">{count}</span>
            <span className="sr-only">{selected ? " (filtering; select to remove)" : count === 1 ? " document" : " documents"}</span>
          </Link>
        );
      })}
      {view.tags.length > 0 && (
        <Link href={libraryHref({ ...view, tags: [] })} className="ml-1 text-zinc-600 underline">
          Clear tags
        </Link>
      )}
    </nav>
  );
}

/** A document's tags as chips; each filters the library by it. */
export function TagChips({ tags, view }: { tags: string[]; view?: LibraryView }) {
  if (tags.length === 0) return null;
  const base = view ?? { query: "", archived: false, tags: [] };
  return (
    <span className="mt-1 flex flex-wrap gap-1" data-testid="tag-chips">
      {tags.map((tag) => (
        <Link
          key={tag}
          href={libraryHref(withTag(base, tag, true))}
          title={`Show documents tagged “${tag}”`}
          className="rounded bg-zinc-100 px-1.5 py-0.5 text-xs text-zinc-700 hover:bg-zinc-200"
        >
          {tag}
        </Link>
      ))}
    </span>
  );
}
