"use client";

import { useRouter } from "next/navigation";

/**
 * What the diff page compares and how: version pickers, source or rendered, side by side or
 * inline, all kept in the URL. The diff itself comes from the server (text-diff.tsx).
 */
interface Props {
  slug: string;
  versions: number[];
  from: number;
  to: number;
  view: "split" | "inline";
  /** Source text, or both versions rendered with the same values. */
  mode: "source" | "rendered";
  values?: string;
}

export function DiffControls({ slug, versions, from, to, view, mode, values }: Props) {
  const router = useRouter();
  const go = (next: { from?: number; to?: number; view?: string; mode?: string }) => {
    const params = new URLSearchParams({
      from: String(next.from ?? from),
      to: String(next.to ?? to),
      view: next.view ?? view,
      mode: next.mode ?? mode,
    });
    if (values) params.set("values", values);
    router.push(`/d/${slug}/diff?${params}`);
  };
  const picker = (label: string, value: number, onPick: (n: number) => void) => (
    <label className="flex items-center gap-1.5">
      {label}
      <select value={value} onChange={(e) => onPick(Number(e.target.value))} className="rounded-md border border-zinc-300 bg-white px-1.5 py-0.5">
        {versions.map((n) => (
          <option key={n} value={n}>
            v{n}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="flex flex-wrap items-center gap-4 border-b border-zinc-200 bg-white px-4 py-2 text-sm">
        {picker("From", from, (n) => go({ from: n }))}
        {picker("to", to, (n) => go({ to: n }))}
        <div role="group" aria-label="What to compare" className="flex overflow-hidden rounded-md border border-zinc-300">
          {(["source", "rendered"] as const).map((option) => (
            <button key={option} type="button" aria-pressed={mode === option} onClick={() => go({ mode: option })} className="px-2.5 py-0.5 aria-pressed:bg-zinc-900 aria-pressed:text-white">
              {option === "source" ? "Source" : "Rendered"}
            </button>
          ))}
        </div>
        {mode === "rendered" && (
          <span className="text-xs text-zinc-500">{values ? "with the values from the link" : "with no values: missing variables stay as written"}</span>
        )}
        <span className="flex-1" />
        <div role="group" aria-label="Diff layout" className="flex overflow-hidden rounded-md border border-zinc-300">
          {(["split", "inline"] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={view === option}
              onClick={() => go({ view: option })}
              className="px-2.5 py-0.5 capitalize aria-pressed:bg-zinc-900 aria-pressed:text-white"
            >
              {option === "split" ? "Side by side" : "Inline"}
            </button>
          ))}
        </div>
    </div>
  );
}
