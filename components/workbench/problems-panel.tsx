"use client";

import { useEffect, useRef, useState } from "react";
import type { Diagnostic } from "@/lib/core/lints";

/** A sentence per rule on what goes wrong if the problem stays, for people deciding whether to fix it. */
const WHY: Record<string, string> = {
  template: "The template will not render as written: the preview, share links and the API all show this text instead.",
  "xml-tags": "Models read XML-style tags as section boundaries; an unclosed or misnested tag blurs where one part ends and the next begins.",
  frontmatter: "Tools that load agent files read this YAML first; if it does not parse, the file may not load at all.",
  "agent-frontmatter": "Agent runners use these fields to list and choose the agent; a missing or wrong one may get it skipped or refused.",
  "cursor-rule": "Cursor decides from these fields when to send the rule; a wrong one leaves the rule unused without any message.",
  "agent-instructions": "Coding tools read this file as plain instructions.",
  mojibake: "The model reads these garbled characters as they are, not the punctuation that was meant.",
  "unused-variable": "The form still asks for a value the text no longer uses.",
};

const SEVERITY: Record<Diagnostic["severity"], { label: string; className: string }> = {
  error: { label: "Error", className: "text-red-700" },
  warning: { label: "Warning", className: "text-amber-700" },
  info: { label: "Note", className: "text-sky-700" },
};

/** "N problems" in the toolbar: opens the list of every problem; Escape closes it. Null: not checked yet. */
export function ProblemsButton({ count, open, onToggle }: { count: number | null; open: boolean; onToggle: () => void }) {
  return (
    <button
      type="button"
      data-testid="problem-count"
      aria-expanded={open}
      aria-controls="problems-list"
      disabled={(count === null || count === 0) && !open}
      onClick={onToggle}
      title="List the problems (F8 in the editor goes to the next one)"
      className="rounded px-1.5 py-0.5 hover:bg-zinc-100 disabled:hover:bg-transparent"
    >
      {count === null ? "Checking…" : count === 0 ? "No problems" : `${count} problem${count === 1 ? "" : "s"}`}
    </button>
  );
}

/** Every problem with its line and why it matters; choosing one puts the cursor on it. */
export function ProblemsList({ diagnostics, onReveal, onClose }: { diagnostics: Diagnostic[]; onReveal: (line: number, column: number) => void; onClose: () => void }) {
  const list = useRef<HTMLElement>(null);
  const [expanded, setExpanded] = useState<number | null>(null);
  useEffect(() => {
    list.current?.querySelector<HTMLButtonElement>("button")?.focus();
  }, []);
  return (
    <section
      ref={list}
      id="problems-list"
      aria-label="Problems"
      onKeyDown={(event) => {
        if (event.key === "Escape") onClose();
      }}
      className="max-h-56 shrink-0 overflow-y-auto border-b border-zinc-200 bg-white text-xs"
    >
      {diagnostics.length === 0 ? (
        <p className="px-3 py-2 text-zinc-600">No problems left.</p>
      ) : (
        <ul>
          {diagnostics.map((problem, index) => {
            const severity = SEVERITY[problem.severity];
            const { line, column } = problem.range.start;
            return (
              <li key={`${line}:${column}:${problem.rule}:${index}`} className="border-b border-zinc-100 last:border-0">
                <button
                  type="button"
                  onClick={() => onReveal(line, column)}
                  onFocus={() => setExpanded(index)}
                  onMouseEnter={() => setExpanded(index)}
                  className="flex w-full gap-2 px-3 py-1.5 text-left hover:bg-zinc-50 focus-visible:bg-zinc-50"
                >
                  <span className={`w-14 shrink-0 font-medium ${severity.className}`}>{severity.label}</span>
                  <span className="min-w-0 flex-1">
                    <span className="text-zinc-800">{problem.message}</span>
                    {expanded === index && (problem.why ?? WHY[problem.rule]) && (
                      <span className="mt-0.5 block text-zinc-600">Why it matters: {problem.why ?? WHY[problem.rule]}</span>
                    )}
                  </span>
                  <span className="shrink-0 text-zinc-500 tabular-nums">Line {line}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
