"use client";

import { useRouter } from "next/navigation";
import { useAction } from "@/components/hooks/use-action";
import { revokeShareLinkAction } from "@/app/d/[slug]/actions";
import { RelativeTime } from "@/components/relative-time";
import { describeShareTarget, SHARE_ACCESS_LABELS } from "@/lib/contracts/share-links";
import type { ShareLinkSummary } from "@/lib/server/share-links/list-share-links";

function statusOf(link: ShareLinkSummary): "active" | "revoked" | "expired" {
  if (link.revokedAt) return "revoked";
  if (link.expiresAt && new Date(link.expiresAt) <= new Date()) return "expired";
  return "active";
}

/** Every link of the document with who made it and when it was last opened; active ones can be revoked. */
export function ShareLinkList({ slug, links }: { slug: string; links: ShareLinkSummary[] }) {
  const router = useRouter();
  const revoke = useAction(revokeShareLinkAction, { onSuccess: () => router.refresh() });
  const { pending, error } = revoke;
  if (links.length === 0) return <p className="mt-4 text-xs text-zinc-500">No links yet.</p>;
  return (
    <div className="mt-4 border-t border-zinc-100 pt-3">
      <h3 className="mb-2 text-xs font-semibold tracking-wide text-zinc-500 uppercase">Links</h3>
      <ul className="space-y-2" data-testid="share-links">
        {links.map((link) => {
          const status = statusOf(link);
          return (
            <li key={link.id} className="flex items-start gap-2 text-xs">
              <div className="flex-1">
                <div className="font-medium">
                  {describeShareTarget(link.target)} · {SHARE_ACCESS_LABELS[link.access]}
                  {link.hasValues ? " · prefilled" : ""}
                </div>
                <div className="text-zinc-500">
                  by {link.creatorName} <RelativeTime date={link.createdAt} /> · last opened{" "}
                  {link.lastUsedAt ? <RelativeTime date={link.lastUsedAt} /> : "never"}
                  {link.expiresAt && status === "active" && (
                    <>
                      {" "}
                      · expires <RelativeTime date={link.expiresAt} />
                    </>
                  )}
                </div>
              </div>
              {status === "active" ? (
                <button
                  type="button"
                  disabled={pending}
                  onClick={() => void revoke.run(slug, link.id)}
                  className="rounded border border-zinc-300 px-2 py-0.5 hover:bg-zinc-50"
                >
                  Revoke
                </button>
              ) : (
                <span className="rounded bg-zinc-100 px-1.5 py-0.5 text-zinc-600">{status}</span>
              )}
            </li>
          );
        })}
      </ul>
      {error && (
        <p role="alert" className="mt-2 text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
