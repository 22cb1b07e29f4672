"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useAction } from "@/components/hooks/use-action";
import { createShareLinkAction } from "@/app/d/[slug]/actions";
import { ShownOnce } from "@/components/shown-once";
import { SHARE_ACCESS, SHARE_ACCESS_LABELS, type ShareAccess, type ShareTarget } from "@/lib/contracts/share-links";

const EXPIRY = [
  { label: "Never", hours: null },
  { label: "1 day", hours: 24 },
  { label: "7 days", hours: 24 * 7 },
  { label: "30 days", hours: 24 * 30 },
] as const;

/** Creates a link; its URL is shown once, with a copy button, since only its hash is stored. */
export function ShareLinkForm({ slug, labels, versions, values }: { slug: string; labels: string[]; versions: number[]; values: Record<string, unknown> }) {
  const router = useRouter();
  const [target, setTarget] = useState("head");
  const [access, setAccess] = useState<ShareAccess>("preview");
  const [expiry, setExpiry] = useState(0);
  const [withValues, setWithValues] = useState(Object.keys(values).length > 0);
  const [created, setCreated] = useState<string | null>(null);
  const create = useAction(createShareLinkAction, {
    onSuccess: (link) => {
      setCreated(`${window.location.origin}${link.path}`);
      router.refresh();
    },
  });
  const { pending, error } = create;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void create.run({
      slug,
      target: parseTarget(target),
      access,
      values: withValues ? values : {},
      expiresInHours: EXPIRY[expiry]?.hours ?? null,
    });
  };

  return (
    <form onSubmit={submit} className="space-y-2" aria-label="Create a share link">
      <label className="flex items-center gap-2">
        <span className="w-20 text-zinc-500">Shows</span>
        <select value={target} onChange={(e) => setTarget(e.target.value)} aria-label="What the link shows" className="flex-1 rounded border border-zinc-300 px-1.5 py-1">
          <option value="head">The newest version, always</option>
          {labels.map((label) => (
            <option key={label} value={`label:${label}`}>
              Whatever “{label}” points at
            </option>
          ))}
          {versions.map((number) => (
            <option key={number} value={`version:${number}`}>
              Version {number}, fixed
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2">
        <span className="w-20 text-zinc-500">Allows</span>
        <select value={access} onChange={(e) => setAccess(e.target.value as ShareAccess)} aria-label="What the link allows" className="flex-1 rounded border border-zinc-300 px-1.5 py-1">
          {SHARE_ACCESS.map((value) => (
            <option key={value} value={value}>
              {SHARE_ACCESS_LABELS[value]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2">
        <span className="w-20 text-zinc-500">Expires</span>
        <select value={expiry} onChange={(e) => setExpiry(Number(e.target.value))} aria-label="Link expiry" className="flex-1 rounded border border-zinc-300 px-1.5 py-1">
          {EXPIRY.map((choice, index) => (
            <option key={choice.label} value={index}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2 text-zinc-600">
        <input type="checkbox" checked={withValues} onChange={(e) => setWithValues(e.target.checked)} />
        Prefill the variable values filled in now ({Object.keys(values).length})
      </label>
      <button type="submit" disabled={pending} className="rounded-md bg-zinc-900 px-3 py-1 font-medium text-white hover:bg-zinc-700 disabled:opacity-50">
        {pending ? "Creating…" : "Create link"}
      </button>
      {error && (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      )}
      {created && <ShownOnce value={created} label="New share link" note="Copy the link now: it is shown only once." />}
    </form>
  );
}

function parseTarget(value: string): ShareTarget {
  if (value.startsWith("label:")) return { kind: "label", label: value.slice("label:".length) };
  if (value.startsWith("version:")) return { kind: "version", version: Number(value.slice("version:".length)) };
  return { kind: "head" };
}
