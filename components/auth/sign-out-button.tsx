"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { authRequest } from "./auth-request";

export function SignOutButton() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await authRequest("sign-out");
          router.push("/sign-in");
          router.refresh();
        })
      }
      className="rounded px-2 py-1 hover:bg-zinc-100 disabled:opacity-50"
    >
      Sign out
    </button>
  );
}
