"use client";

import { useState, useTransition } from "react";
import { setRemoteImagesAction } from "@/app/settings/workspace/actions";

/** The owner's switch for remote images in previews; says what happened or why it did not. */
export function RemoteImagesToggle({ initial }: { initial: boolean }) {
  const [allow, setAllow] = useState(initial);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  // The box follows the click at once and goes back if the server refuses.
  const change = (next: boolean) => {
    setAllow(next);
    setMessage(null);
    startTransition(async () => {
      const outcome = await setRemoteImagesAction(next);
      if (outcome.ok) setMessage(next ? "Previews now load remote images." : "Previews no longer load remote images.");
      else {
        setAllow(!next);
        setMessage(outcome.message);
      }
    });
  };

  return (
    <div className="mt-3">
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={allow} disabled={pending} onChange={(event) => change(event.target.checked)} />
        Load remote images in Markdown previews
      </label>
      {message && (
        <p role="status" className="mt-2 text-sm text-zinc-600">
          {message}
        </p>
      )}
    </div>
  );
}
