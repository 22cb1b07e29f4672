"use client";

import { useRouter } from "next/navigation";
import { useAction } from "@/components/hooks/use-action";
import { setLabelProtectionAction } from "@/app/d/[slug]/actions";

/** For owners: protect labels such as `production` so that only owners move them. */
export function LabelProtection({ slug, labels }: { slug: string; labels: { name: string; protected: boolean }[] }) {
  const router = useRouter();
  // Refreshed either way: a refused change puts the checkbox back where the server has it.
  const protect = useAction(setLabelProtectionAction, { onSuccess: () => router.refresh() });
  const { pending, error } = protect;
  return (
    <details className="border-b border-zinc-100 px-4 py-2 text-xs">
      <summary className="cursor-pointer text-zinc-500">Protected labels</summary>
      <ul className="mt-1.5 space-y-1">
        {labels.map((label) => (
          <li key={label.name} className="flex items-center gap-2">
            <span className="flex-1 font-mono">{label.name}</span>
            <label className="flex items-center gap-1">
              <input
                type="checkbox"
                checked={label.protected}
                disabled={pending}
                aria-label={`Protect ${label.name}`}
                onChange={(event) => void protect.run(slug, label.name, event.target.checked).then((result) => result.ok || router.refresh())}
              />
              protected
            </label>
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" className="mt-1 text-red-700">
          {error}
        </p>
      )}
    </details>
  );
}
