import { snippetParts } from "@/lib/core/search/parse-search-query";

/** A search result's text around its best match, matched words marked (search-documents.ts). */
export function SearchSnippet({ marked, line }: { marked: string; line: number | null }) {
  return (
    <p className="mt-1 line-clamp-2 text-xs text-zinc-600" data-testid="search-snippet">
      {line !== null && <span className="mr-1 font-mono text-zinc-500">line {line}:</span>}
      {snippetParts(marked).map((part, index) =>
        part.match ? (
          <mark key={index} className="rounded-sm bg-amber-100 px-0.5 text-zinc-900">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}
