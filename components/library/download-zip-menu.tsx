import { DOWNLOAD_TARGET_LABELS, DOWNLOAD_TARGETS } from "@/lib/core/agent-files";

const PLURAL = { "claude-agent": "Claude Code agents", "cursor-rule": "Cursor rules", markdown: "Markdown files" } as const;

/**
 * "Download as zip": the folder being browsed with its subfolders (the whole library at the top
 * level), or its documents carrying the chosen tags, as one tool's files.
 */
export function DownloadZipMenu({ folder, tags }: { folder: string; tags: readonly string[] }) {
  const query = (target: string) => [["as", target], ...(folder ? [["folder", folder]] : []), ...tags.map((tag) => ["tag", tag])];
  const href = (target: string) => `/download?${new URLSearchParams(query(target)).toString()}`;
  const what = folder ? `“${folder}” and its subfolders` : "The whole library";
  return (
    <details className="relative text-sm" data-testid="download-zip">
      <summary className="cursor-pointer list-none rounded-md border border-zinc-300 px-3 py-1.5 font-medium hover:bg-zinc-50">
        {folder ? "Download folder as zip" : "Download as zip"}
      </summary>
      <div className="absolute right-0 z-20 mt-1 w-72 rounded-md border border-zinc-200 bg-white p-2 shadow-lg">
        <p className="px-2 pb-1 text-xs text-zinc-600">
          {what}
          {tags.length > 0 ? `, documents tagged ${tags.join(" and ")}` : ""}, newest versions
        </p>
        <ul>
          {DOWNLOAD_TARGETS.map((target) => (
            <li key={target}>
              <a href={href(target)} download className="block rounded px-2 py-1.5 hover:bg-zinc-50 focus-visible:bg-zinc-50">
                <span className="block font-medium text-zinc-900">{PLURAL[target]}</span>
                <span className="block font-mono text-xs text-zinc-700">{DOWNLOAD_TARGET_LABELS[target].folder || "./"}…</span>
              </a>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
