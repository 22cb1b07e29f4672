import { Fragment, type ReactNode } from "react";
import { SourceText } from "./source-text";
import { diffRows, foldUnchanged, pairRows, wordChanges, type DiffRow, type Segment } from "@/lib/core/versions/line-diff";

interface Props {
  before: string;
  after: string;
  /** Side by side (old left, new right) or one column with removed lines before added ones. */
  sideBySide: boolean;
  label: string;
}

const BACKGROUND: Record<DiffRow["kind"], string> = { same: "", removed: "bg-red-50", added: "bg-green-50" };
const MARK: Record<DiffRow["kind"], string> = { same: " ", removed: "−", added: "+" };
const SPOKEN: Record<DiffRow["kind"], string> = { same: "", removed: "Removed: ", added: "Added: " };

/**
 * Two texts compared line by line, as plain HTML from the server: no editor to download, every
 * line in the page (search finds it, a screen reader reads it), long unchanged stretches folded
 * behind a control that works without JavaScript. Within an edited line, the words that changed
 * are marked as well.
 */
export function TextDiff({ before, after, sideBySide, label }: Props) {
  const rows = diffRows(before, after);
  const words = wordsByRow(rows);
  const blocks = foldUnchanged(rows);
  const renderRows = (part: DiffRow[]) =>
    sideBySide ? (
      pairRows(part).map(({ left, right }, index) => (
        <div key={index} className="grid grid-cols-2 divide-x divide-zinc-200">
          <Half row={left} number={left?.old ?? null} words={left ? words.get(left)?.old : undefined} />
          <Half row={right} number={right?.new ?? null} words={right ? words.get(right)?.new : undefined} />
        </div>
      ))
    ) : (
      part.map((row, index) => (
        <div key={index} className={`flex ${BACKGROUND[row.kind]}`}>
          <LineNumber value={row.old} />
          <LineNumber value={row.new} />
          <LineText row={row} words={row.kind === "removed" ? words.get(row)?.old : words.get(row)?.new} />
        </div>
      ))
    );
  return (
    <div role="region" aria-label={label} tabIndex={0} data-testid="diff" className="diff-text min-h-0 flex-1 overflow-auto bg-white">
      {rows.length === 0 && <p className="p-4 font-sans text-sm text-zinc-600">Both texts are empty.</p>}
      {blocks.map((block, index) =>
        block.folded ? (
          <details key={index} className="diff-fold">
            <summary className="cursor-pointer bg-zinc-100 px-3 font-sans text-xs leading-[22px] text-zinc-700 hover:bg-zinc-200">
              {block.rows.length} unchanged lines ({describeRange(block.rows)})
            </summary>
            {/* The same lines on both sides: one plain column, numbered as in the new text. */}
            <SourceText content={block.rows.map((row) => `${row.text}\n`).join("")} firstLine={block.rows[0]!.new ?? 1} />
          </details>
        ) : (
          <Fragment key={index}>{renderRows(block.rows)}</Fragment>
        ),
      )}
    </div>
  );
}

function describeRange(rows: DiffRow[]): string {
  const first = rows[0]!;
  const last = rows.at(-1)!;
  return first.old === first.new && last.old === last.new ? `lines ${first.old}–${last.old}` : `old lines ${first.old}–${last.old}, new ${first.new}–${last.new}`;
}

/** For each removed line directly replaced by an added one, the words that changed on each side. */
function wordsByRow(rows: DiffRow[]): Map<DiffRow, { old?: Segment[]; new?: Segment[] }> {
  const result = new Map<DiffRow, { old?: Segment[]; new?: Segment[] }>();
  for (const { left, right } of pairRows(rows)) {
    if (!left || !right || left.kind !== "removed" || right.kind !== "added") continue;
    const change = wordChanges(left.text, right.text);
    if (!change) continue;
    result.set(left, { old: change.old });
    result.set(right, { new: change.new });
  }
  return result;
}

function Half({ row, number, words }: { row: DiffRow | null; number: number | null; words?: Segment[] }) {
  if (!row) return <div className="bg-zinc-50" aria-hidden="true" />;
  return (
    <div className={`flex min-w-0 ${BACKGROUND[row.kind]}`}>
      <LineNumber value={number} />
      <LineText row={row} words={words} />
    </div>
  );
}

function LineNumber({ value }: { value: number | null }) {
  return <span className="w-12 shrink-0 pr-2 text-right text-zinc-600 select-none">{value ?? ""}</span>;
}

function LineText({ row, words }: { row: DiffRow; words?: Segment[] }) {
  const text: ReactNode = words
    ? words.map((segment, index) => (segment.changed ? <mark key={index} className={row.kind === "removed" ? "bg-red-200 text-inherit" : "bg-green-200 text-inherit"}>{segment.text}</mark> : segment.text))
    : row.text;
  const body = (
    <>
      {SPOKEN[row.kind] && <span className="sr-only">{SPOKEN[row.kind]}</span>}
      {text}
      {row.noNewline && row.kind !== "same" && <span className="ml-2 font-sans text-xs text-zinc-600">(no line break at the end)</span>}
    </>
  );
  return (
    <>
      <span aria-hidden="true" className="w-4 shrink-0 text-zinc-600 select-none">
        {MARK[row.kind]}
      </span>
      {row.kind === "removed" ? <del className="diff-line">{body}</del> : row.kind === "added" ? <ins className="diff-line">{body}</ins> : <span className="diff-line">{body}</span>}
    </>
  );
}
