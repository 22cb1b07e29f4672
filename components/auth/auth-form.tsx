"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { fieldSentences } from "@/lib/core/messages/human-messages";
import { createWorkspaceAction } from "@/app/workspaces/actions";
import { setupSchema, signInSchema, signUpSchema } from "@/lib/contracts/workspaces";
import { authRequest } from "./auth-request";

type Mode = "setup" | "sign-in" | "sign-up";

const SCHEMAS = { setup: setupSchema, "sign-in": signInSchema, "sign-up": signUpSchema } as const;

const FIELDS: Record<Mode, { name: string; label: string; type: string; autoComplete: string }[]> = {
  setup: [
    { name: "name", label: "Your name", type: "text", autoComplete: "name" },
    { name: "email", label: "Email", type: "email", autoComplete: "email" },
    { name: "password", label: "Password (at least 10 characters)", type: "password", autoComplete: "new-password" },
    { name: "workspaceName", label: "Workspace name", type: "text", autoComplete: "organization" },
  ],
  "sign-up": [
    { name: "name", label: "Your name", type: "text", autoComplete: "name" },
    { name: "email", label: "Email", type: "email", autoComplete: "email" },
    { name: "password", label: "Password (at least 10 characters)", type: "password", autoComplete: "new-password" },
  ],
  "sign-in": [
    { name: "email", label: "Email", type: "email", autoComplete: "email" },
    { name: "password", label: "Password", type: "password", autoComplete: "current-password" },
  ],
};

// Shown when sign-up answered but signing in with the same details did not work: the address
// may already have an account (its owner gets an email when SMTP is set). Worded so that it
// does not say which.
const SIGN_UP_NOT_SIGNED_IN =
  "Could not sign you in with these details. If this email already has an account, sign in with its password instead (check your email).";

/** Setup, sign-up and sign-in: checked with the shared schemas, then sent to better-auth. */
export function AuthForm({ mode, next }: { mode: Mode; next?: string }) {
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // Only paths on this site: a `next` pointing elsewhere would make sign-in an open redirect.
  const destination = next?.startsWith("/") && !next.startsWith("//") ? next : null;

  // onSubmit rather than a form action: React resets a form after its action runs, which
  // would empty every field when one of them needs fixing.
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = SCHEMAS[mode].safeParse(Object.fromEntries(new FormData(event.currentTarget)));
    if (!parsed.success) {
      setFieldErrors(fieldSentences(parsed.error.issues));
      return;
    }
    setFieldErrors({});
    startTransition(async () => {
      const data = parsed.data as { name?: string; email: string; password: string; workspaceName?: string };
      if (mode !== "sign-in") {
        // Sign-up answers the same whether or not the email already has an account (it never
        // signs in by itself), so the new account is signed into with what was just typed.
        const failure = await authRequest("sign-up/email", data);
        if (failure) return setError(failure);
      }
      const failure = await authRequest("sign-in/email", { email: data.email, password: data.password });
      if (failure) return setError(mode === "sign-in" ? failure : SIGN_UP_NOT_SIGNED_IN);
      if (mode === "setup") {
        const created = await createWorkspaceAction(data.workspaceName ?? "");
        if (!created.ok) return setError(created.message);
      }
      router.push(destination ?? (mode === "sign-up" ? "/workspaces/new" : "/"));
      router.refresh();
    });
  };

  return (
    <form onSubmit={submit} className="mt-6 space-y-4" aria-label={mode === "sign-in" ? "Sign in" : "Create account"} noValidate>
      {FIELDS[mode].map((field) => (
        <label key={field.name} className="block">
          <span className="text-sm font-medium">{field.label}</span>
          <input
            name={field.name}
            type={field.type}
            autoComplete={field.autoComplete}
            aria-invalid={Boolean(fieldErrors[field.name])}
            className="mt-1 block w-full rounded-md border border-zinc-300 px-3 py-2 text-sm aria-invalid:border-red-500"
          />
          {fieldErrors[field.name] && <span className="mt-1 block text-xs text-red-700">{fieldErrors[field.name]?.[0]}</span>}
        </label>
      ))}
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending} className="w-full rounded-md bg-zinc-900 px-3 py-2 text-sm font-medium text-white hover:bg-zinc-700 disabled:opacity-50">
        {pending ? "Please wait…" : mode === "sign-in" ? "Sign in" : mode === "setup" ? "Create the owner account" : "Create account"}
      </button>
      {mode === "sign-in" && (
        <p className="text-center text-sm text-zinc-600">
          No account yet?{" "}
          <Link href={destination ? `/sign-up?next=${encodeURIComponent(destination)}` : "/sign-up"} className="underline">
            Create one
          </Link>
        </p>
      )}
      {mode === "sign-up" && (
        <p className="text-center text-sm text-zinc-600">
          Have an account?{" "}
          <Link href={destination ? `/sign-in?next=${encodeURIComponent(destination)}` : "/sign-in"} className="underline">
            Sign in
          </Link>
        </p>
      )}
    </form>
  );
}
