import { FORMAT_LABELS, type DocumentFormat } from "@/lib/core/documents/format-labels";

const COLORS: Record<DocumentFormat, string> = {
  agent: "bg-violet-50 text-violet-700 ring-violet-200",
  xml: "bg-amber-50 text-amber-800 ring-amber-200",
  markdown: "bg-sky-50 text-sky-700 ring-sky-200",
  plain: "bg-zinc-100 text-zinc-700 ring-zinc-200",
};

export function FormatBadge({ format }: { format: DocumentFormat }) {
  return (
    <span className={`inline-flex rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${COLORS[format]}`}>
      {FORMAT_LABELS[format]}
    </span>
  );
}
