"use client";

import dynamic from "next/dynamic";
import { useMemo, useState } from "react";
import { useShortcut } from "@/components/hooks/use-shortcut";
import type { RenderResult } from "@/lib/core/template";
import { toBlocks, toPieces } from "@/lib/core/text/preview-blocks";
import type { Counts, CountsState } from "./use-counts";
import { MAX_PREVIEW_CHARS } from "./preview-limits";

type View = "plain" | "markdown";

// The Markdown renderer (markdown-it, ~50 KB gzip) loads when the person first picks Markdown,
// not with the page: the plain preview is what shows first.
const MarkdownPreview = dynamic(() => import("./markdown-preview").then((module) => module.MarkdownPreview), {
  ssr: false,
  loading: () => <p className="min-h-0 flex-1 p-3 text-sm text-zinc-500" aria-busy="true">Rendering the Markdown…</p>,
});

/** The rendered prompt: values highlighted (the variable on hover), missing ones marked and counted. */
interface Props {
  result: RenderResult;
  slug: string;
  /** Left out where counting is not wanted (shared links). */
  counts?: CountsState | null;
  /** For the link to a diff of the rendered output against the previous version; none on shared links. */
  headNumber?: number;
  values: Record<string, unknown>;
  hasVariables: boolean;
  /** The person copied or downloaded the result: the form then shows every field's problem. */
  onUse?: () => void;
}

export function PreviewPanel({ result, slug, counts, headNumber, values, hasVariables, onUse }: Props) {
  const [view, setView] = useState<View>("plain");
  const [copied, setCopied] = useState(false);
  const missing = [...new Set(result.missing.map((m) => m.name))];

  const copy = () => {
    onUse?.();
    void navigator.clipboard.writeText(result.text).then(() => {
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    });
  };

  // Ctrl/Cmd+Shift+C copies the rendered prompt from anywhere on the page.
  useShortcut("Mod+Shift+C", copy);

  const download = (extension: "md" | "txt") => {
    onUse?.();
    const url = URL.createObjectURL(new Blob([result.text], { type: extension === "md" ? "text/markdown" : "text/plain" }));
    const link = Object.assign(document.createElement("a"), { href: url, download: `${slug}.${extension}` });
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <section aria-label="Preview" className="flex min-h-0 flex-1 flex-col">
      <div className="flex flex-wrap items-center gap-2 border-b border-zinc-200 bg-zinc-50 px-3 py-1.5 text-xs">
        <h2 className="font-semibold tracking-wide text-zinc-500 uppercase">Preview</h2>
        <span data-testid="missing-count" className={missing.length ? "text-amber-700" : "text-zinc-500"}>
          {missing.length ? `${missing.length} missing: ${missing.join(", ")}` : hasVariables ? "All variables filled" : "No variables"}
        </span>
        <span className="flex-1" />
        <div role="group" aria-label="Preview view" className="flex overflow-hidden rounded border border-zinc-300">
          {(["plain", "markdown"] as const).map((option) => (
            <button key={option} type="button" aria-pressed={view === option} onClick={() => setView(option)} className="px-1.5 py-0.5 capitalize aria-pressed:bg-zinc-900 aria-pressed:text-white">
              {option === "plain" ? "Plain" : "Markdown"}
            </button>
          ))}
        </div>
        <button type="button" onClick={copy} title="Copy (Ctrl+Shift+C)" className="rounded border border-zinc-300 bg-white px-1.5 py-0.5">
          {copied ? "Copied" : "Copy"}
        </button>
        {headNumber !== undefined && headNumber > 1 && (
          <a
            href={`/d/${slug}/diff?from=${headNumber - 1}&to=${headNumber}&mode=rendered&values=${encodeURIComponent(JSON.stringify(values))}`}
            className="rounded border border-zinc-300 bg-white px-1.5 py-0.5"
            title="Compare this preview with the previous version's, with the same values"
          >
            Diff
          </a>
        )}
        <button type="button" onClick={() => download("md")} className="rounded border border-zinc-300 bg-white px-1.5 py-0.5">.md</button>
        <button type="button" onClick={() => download("txt")} className="rounded border border-zinc-300 bg-white px-1.5 py-0.5">.txt</button>
      </div>
      {view === "plain" ? <PlainPreview result={result} /> : <MarkdownPreview text={result.text} />}
      {counts !== undefined && <CountsBar counts={counts} />}
    </section>
  );
}

// Past this many highlights the preview shows plain text: tens of thousands of marks would
// make every keystroke rebuild a huge DOM (a 2 MB document has ~37,000).
const MAX_HIGHLIGHTS = 2000;
// Lines per block. Blocks off screen skip layout (content-visibility), and a keystroke only
// changes the block it lands in, so a long preview costs little more than a short one.
const LINES_PER_BLOCK = 60;


function PlainPreview({ result }: { result: RenderResult }) {
  const blocks = useMemo(() => toBlocks(toPieces(result, MAX_HIGHLIGHTS, MAX_PREVIEW_CHARS), LINES_PER_BLOCK), [result]);
  return (
    <>
      {(result.segments.length > MAX_HIGHLIGHTS || result.text.length > MAX_PREVIEW_CHARS) && (
        <p className="border-b border-zinc-100 px-3 py-1 text-[11px] text-zinc-500">
          Large preview: {result.text.length > MAX_PREVIEW_CHARS ? `showing the first ${MAX_PREVIEW_CHARS.toLocaleString("en")} characters; ` : ""}
          {result.segments.length > MAX_HIGHLIGHTS ? "highlighting is off. " : ""}Copy and download carry the whole text.
        </p>
      )}
      <pre data-testid="preview" data-rendered-length={result.text.length} tabIndex={0} role="region" aria-label="Rendered prompt" className="min-h-0 flex-1 overflow-auto p-3 font-mono text-xs whitespace-pre-wrap text-zinc-800">
        {blocks.map((block, index) => (
          <div key={index} className="[contain-intrinsic-size:auto_600px] [content-visibility:auto]">
            {block.map((piece, at) =>
              piece.variable === undefined ? (
                piece.text
              ) : (
                <mark
                  key={at}
                  title={piece.missing ? `${piece.variable} (missing)` : piece.variable}
                  data-variable={piece.variable}
                  className={piece.missing ? "rounded bg-amber-100 text-amber-900 ring-1 ring-amber-300" : "rounded bg-emerald-50 text-emerald-900"}
                >
                  {piece.text}
                </mark>
              ),
            )}
          </div>
        ))}
      </pre>
    </>
  );
}

const number = new Intl.NumberFormat("en");

function CountsBar({ counts }: { counts: CountsState | null }) {
  const describe = (c: Counts) =>
    `${number.format(c.characters)} chars · ${number.format(c.words)} words · ${number.format(c.lines)} lines · ${c.exact ? "" : "≈"}${number.format(c.tokens)} tokens`;
  return (
    <div data-testid="counts" className="flex items-end gap-2 border-t border-zinc-200 bg-zinc-50 px-3 py-1 text-[11px] text-zinc-500" title="Tokens: o200k_base. ≈ marks an estimate from the saved version's exact count.">
      {counts ? (
        <>
          <div className="min-w-0 flex-1">
            <div>Source: {describe(counts.source)}</div>
            <div>Rendered: {describe(counts.rendered)}</div>
          </div>
          {counts.countExactly && (!counts.source.exact || !counts.rendered.exact) && (
            <button type="button" onClick={counts.countExactly} className="shrink-0 rounded border border-zinc-300 bg-white px-1.5 py-0.5 text-zinc-600">
              Count exactly
            </button>
          )}
        </>
      ) : (
        "Counting…"
      )}
    </div>
  );
}
