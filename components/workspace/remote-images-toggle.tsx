"use client";

import { useState } from "react";
import { useAction } from "@/components/hooks/use-action";
import { setRemoteImagesAction } from "@/app/settings/workspace/actions";

/** The owner's switch for remote images in previews; says what happened or why it did not. */
export function RemoteImagesToggle({ initial }: { initial: boolean }) {
  const [allow, setAllow] = useState(initial);
  const [done, setDone] = useState<string | null>(null);
  const save = useAction(setRemoteImagesAction, {
    onSuccess: (_, next) => setDone(next ? "Previews now load remote images." : "Previews no longer load remote images."),
  });
  const { pending } = save;
  const message = save.error ?? done;

  // The box follows the click at once and goes back if the server refuses.
  const change = (next: boolean) => {
    setAllow(next);
    setDone(null);
    void save.run(next).then((outcome) => outcome.ok || setAllow(!next));
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
