"use client";

import { useState } from "react";

/**
 * A secret link or key that is shown once (only its hash is stored), with a copy button. Used
 * for share links, invite links and API keys.
 */
export function ShownOnce({ value, label, note, testId }: { value: string; label: string; note: string; testId?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="mt-3 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm">
      <p className="text-emerald-900">{note}</p>
      <div className="mt-2 flex gap-2">
        <input
          readOnly
          value={value}
          aria-label={label}
          data-testid={testId}
          onFocus={(event) => event.target.select()}
          className="min-w-0 flex-1 rounded border border-emerald-300 bg-white px-2 py-1 font-mono text-xs"
        />
        <button
          type="button"
          onClick={() => void navigator.clipboard.writeText(value).then(() => setCopied(true))}
          className="rounded border border-emerald-300 bg-white px-2 text-xs font-medium"
        >
          {copied ? "Copied" : "Copy"}
        </button>
      </div>
    </div>
  );
}
