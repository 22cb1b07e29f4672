import type { ReactNode } from "react";

export type Column = { label: string; align?: "left" | "right"; hidden?: boolean };

/**
 * A settings table: a focusable region that scrolls sideways inside itself rather than
 * widening the page, and below `sm` stacks each row into a card (`stack-table` in
 * globals.css, which labels each cell from its `data-label`). `children` are the rows.
 * A column with `hidden` keeps its cell for screen readers only (an actions column).
 * `minWidth` is a Tailwind class written out by the caller (`sm:min-w-[36rem]`), so the
 * class scanner sees it.
 */
export function DataTable({ label, columns, minWidth, dense = false, testId, children }: { label: string; columns: Column[]; minWidth: string; dense?: boolean; testId: string; children: ReactNode }) {
  const pad = dense ? "px-3 py-2" : "px-4 py-2";
  return (
    <div role="region" aria-label={label} tabIndex={0} className="mt-6 overflow-x-auto rounded-lg border border-zinc-200 bg-white">
      <table className={`stack-table w-full text-sm ${minWidth}`}>
        <thead className="bg-zinc-50 text-left text-xs text-zinc-500">
          <tr>
            {columns.map((column) => (
              <th key={column.label} className={`${pad} font-medium ${column.align === "right" ? "text-right" : ""}`}>
                {column.hidden ? <span className="sr-only">{column.label}</span> : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody data-testid={testId}>{children}</tbody>
      </table>
    </div>
  );
}

/** What a list says when it has nothing to show, in the dashed box every empty list uses. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="mt-6 rounded-lg border border-dashed border-zinc-300 bg-white p-8 text-center text-sm text-zinc-600">{children}</p>;
}
