"use client";

import { useRouter } from "next/navigation";
import { useAction } from "@/components/hooks/use-action";
import { acceptInviteAction } from "@/app/workspaces/actions";

export function JoinButton({ token, name }: { token: string; name: string }) {
  const router = useRouter();
  const join = useAction(acceptInviteAction, {
    onSuccess: () => {
      router.push("/");
      router.refresh();
    },
  });
  const { pending, error } = join;
  return (
    <div className="mt-6">
      <button
        type="button"
        disabled={pending}
        onClick={() => void join.run(token)}
        className="rounded-md bg-zinc-900 px-3 py-2 text-sm font-medium text-white disabled:opacity-50"
      >
        {pending ? "Joining…" : `Join as ${name}`}
      </button>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
