"use client";

import Link from "next/link";
import type { DraftMeta } from "@/lib/core/collab/draft-doc";
import { draftNoticeText, draftStatusText } from "@/lib/core/collab/draft-status";

interface Props {
  bound: boolean;
  meta: DraftMeta;
  content: string;
  myName: string;
  /** The form differs from the base version's (the text may not). */
  formChanged: boolean;
  slug: string;
}

const HISTORY = "Draft history";

export function DraftStatus({ bound, meta, content, myName, formChanged, slug }: Props) {
  const text = bound ? draftStatusText(meta, content, myName, formChanged) : "Loading the shared draft…";
  const notice = bound ? draftNoticeText(meta.notice, myName) : "";
  // Narrow editors cut the line short; the whole of it is on hover.
  return (
    <span className="flex min-w-0 items-center gap-2 text-xs">
      {notice && (
        <span role="status" data-testid="draft-notice" className="truncate rounded bg-amber-50 px-1.5 py-0.5 text-amber-900 ring-1 ring-amber-200 ring-inset" title={notice}>
          {notice.endsWith(HISTORY) ? (
            <>
              {notice.slice(0, -HISTORY.length)}
              <Link href={`/d/${slug}#draft-history`} className="underline">
                {HISTORY}
              </Link>
            </>
          ) : (
            notice
          )}
        </span>
      )}
      <span data-testid="draft-status" title={text} className="truncate text-zinc-500">
        {text}
      </span>
    </span>
  );
}
