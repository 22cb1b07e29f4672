"use client";

import { useTransition } from "react";
import { revokeApiKeyAction } from "@/app/settings/api-keys/actions";

export function RevokeKeyButton({ id, name }: { id: string; name: string }) {
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        if (!window.confirm(`Revoke “${name}”? Applications using it stop working at once.`)) return;
        startTransition(async () => {
          await revokeApiKeyAction(id);
        });
      }}
      className="text-xs font-medium text-red-700 hover:underline disabled:opacity-50"
    >
      Revoke
    </button>
  );
}
