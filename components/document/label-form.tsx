"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useAction } from "@/components/hooks/use-action";
import { setLabelAction } from "@/app/d/[slug]/actions";

/** Points a label (new or existing) at a version. */
export function LabelForm({ slug, versions, labels }: { slug: string; versions: number[]; labels: string[] }) {
  const router = useRouter();
  const [name, setName] = useState("production");
  const [version, setVersion] = useState(versions[0] ?? 1);
  const setLabel = useAction(setLabelAction, { onSuccess: () => router.refresh() });
  const { pending } = setLabel;
  const error = setLabel.fieldErrors.name ?? setLabel.error;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    void setLabel.run({ slug, name: name.trim(), version });
  }

  return (
    <form onSubmit={submit} className="space-y-1.5 border-b border-zinc-100 px-4 py-3 text-sm" aria-label="Set a label">
      {/* Wraps rather than squeezing the name: the label input keeps room for its whole name. */}
      <div className="flex flex-wrap gap-1.5">
        <input
          list="label-names"
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-label="Label name"
          className="min-w-32 flex-1 rounded-md border border-zinc-300 px-2 py-1 text-sm"
        />
        <datalist id="label-names">
          {[...new Set(["production", "staging", ...labels])].map((label) => (
            <option key={label} value={label} />
          ))}
        </datalist>
        <select
          value={version}
          onChange={(event) => setVersion(Number(event.target.value))}
          aria-label="Label version"
          className="rounded-md border border-zinc-300 bg-white px-1.5 py-1 text-sm"
        >
          {versions.map((number) => (
            <option key={number} value={number}>
              v{number}
            </option>
          ))}
        </select>
        <button type="submit" disabled={pending} className="rounded-md border border-zinc-300 px-2 py-1 font-medium hover:bg-zinc-50 disabled:opacity-50">
          Set
        </button>
      </div>
      {error && (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}
