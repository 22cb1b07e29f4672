"use client";

import { useAction } from "@/components/hooks/use-action";
import { revokeApiKeyAction } from "@/app/settings/api-keys/actions";

export function RevokeKeyButton({ id, name }: { id: string; name: string }) {
  const revoke = useAction(revokeApiKeyAction);
  return (
    <>
    <button
      type="button"
      disabled={revoke.pending}
      onClick={() => {
        if (!window.confirm(`Revoke “${name}”? Applications using it stop working at once.`)) return;
        void revoke.run(id);
      }}
      className="text-xs font-medium text-red-700 hover:underline disabled:opacity-50"
    >
      Revoke
    </button>
    {revoke.error && (
      <span role="alert" className="ml-2 text-xs text-red-700">
        {revoke.error}
      </span>
    )}
    </>
  );
}
