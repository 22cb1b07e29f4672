import { DOWNLOAD_TARGET_LABELS, type DownloadTarget } from "@/lib/core/agent-files";

export interface DownloadOption {
  target: DownloadTarget;
  fileName: string;
  /** What the conversion drops or adds, in a sentence; null when the file is the document as it is. */
  note: string | null;
}

/**
 * "Download as…": the newest version as each coding tool's file, named as the tool expects,
 * each with what its conversion changes. A disclosure of plain links: no script needed.
 */
export function DownloadAsMenu({ slug, version, options }: { slug: string; version: number; options: DownloadOption[] }) {
  return (
    <details className="relative ml-auto text-sm" data-testid="download-as">
      <summary className="cursor-pointer list-none rounded-md border border-zinc-300 px-2.5 py-1 font-medium hover:bg-zinc-50">Download as…</summary>
      <div className="absolute right-0 z-20 mt-1 w-80 rounded-md border border-zinc-200 bg-white p-2 shadow-lg">
        <p className="px-2 pb-1 text-xs text-zinc-600">v{version}, the newest saved version</p>
        <ul>
          {options.map((option) => (
            <li key={option.target}>
              <a
                href={`/d/${slug}/download?as=${option.target}`}
                download={option.fileName}
                className="block rounded px-2 py-1.5 hover:bg-zinc-50 focus-visible:bg-zinc-50"
              >
                <span className="block font-medium text-zinc-900">{DOWNLOAD_TARGET_LABELS[option.target].label}</span>
                <span className="block font-mono text-xs text-zinc-700">
                  {DOWNLOAD_TARGET_LABELS[option.target].folder}
                  {option.fileName}
                </span>
                {option.note && <span className="mt-0.5 block text-xs text-zinc-600">{option.note}</span>}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
